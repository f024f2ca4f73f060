import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundleOptions';

/** The folder the ASK CLI zips as the Lambda code (ask-resources.json `code.default.src`). */
export const LAMBDA_DIR = 'dist/lambda';
/** Source maps of that folder's files: kept beside it, never shipped (docs/performance.md). */
export const LAMBDA_MAPS_DIR = 'dist/lambda-sourcemaps';

export interface LambdaBundle {
  /** Files written to LAMBDA_DIR, relative to it, with their sizes in bytes. */
  readonly files: ReadonlyMap<string, number>;
}

/**
 * Builds `dist/lambda/index.js` (exports `handler`) and every file it loads, from scratch so
 * no stale file is zipped; the maps go to LAMBDA_MAPS_DIR.
 */
export async function buildLambda(root: string): Promise<LambdaBundle> {
  const out = join(root, LAMBDA_DIR);
  const maps = join(root, LAMBDA_MAPS_DIR);
  rmSync(out, { recursive: true, force: true });
  rmSync(maps, { recursive: true, force: true });
  const result = await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: root,
    entryPoints: { index: 'lambda/index.ts' },
    outdir: out,
    write: false,
  });
  const files = new Map<string, number>();
  for (const file of result.outputFiles) {
    const name = relative(out, file.path);
    const target = name.endsWith('.map') ? join(maps, name) : file.path;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    if (!name.endsWith('.map')) files.set(name, file.contents.byteLength);
  }
  return { files };
}
