import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build, type OutputFile, type Plugin } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundleOptions';

/** The folder the ASK CLI zips as the Lambda code (ask-resources.json `code.default.src`). */
export const LAMBDA_DIR = 'dist/lambda';
/** Source maps of that folder's files: kept beside it, never shipped (docs/performance.md). */
export const LAMBDA_MAPS_DIR = 'dist/lambda-sourcemaps';

/**
 * Packages the skill `require`s only inside functions, on first use: each goes to its own
 * file in the folder, so a cold start compiles it only when a request needs it (the storage
 * client, on the first request that reads or writes).
 */
const LOADED_ON_FIRST_USE = ['aws4', '@aws-sdk/util-dynamodb'] as const;

/** `@aws-sdk/util-dynamodb` is written to `lib/aws-sdk-util-dynamodb.js`. */
const fileOf = (name: string) => `lib/${name.replace(/^@/, '').replace(/\//g, '-')}.js`;

export interface LambdaBundle {
  /** Files written to LAMBDA_DIR, relative to it, with their sizes in bytes. */
  readonly files: ReadonlyMap<string, number>;
}

/**
 * Leaves `require('./locales/<lng>/<ns>.json')` in the code and copies the file beside it:
 * `JSON.parse` of the one language asked for is far cheaper at start than compiling every
 * language's sentences as JavaScript (docs/performance.md).
 */
function sentencesAsJsonFiles(lambdaRoot: string, out: string, written: Map<string, number>): Plugin {
  return {
    name: 'sentences-as-json-files',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/locales\/.+\.json$/ }, (args) => {
        const name = relative(lambdaRoot, join(args.resolveDir, args.path));
        const json = JSON.stringify(JSON.parse(readFileSync(join(lambdaRoot, name), 'utf8')));
        mkdirSync(dirname(join(out, name)), { recursive: true });
        writeFileSync(join(out, name), json);
        written.set(name, json.length);
        return { path: `./${name}`, external: true };
      });
    },
  };
}

/** Points `require('<package>')` of LOADED_ON_FIRST_USE at the package's own file. */
const packagesInOwnFiles: Plugin = {
  name: 'packages-in-own-files',
  setup(esbuild) {
    const names = new RegExp(`^(${LOADED_ON_FIRST_USE.map((n) => n.replace(/[/]/g, '\\/')).join('|')})$`);
    esbuild.onResolve({ filter: names }, (args) => ({ path: `./${fileOf(args.path)}`, external: true }));
  },
};

/**
 * CommonJS packages that many of our files import. esbuild converts a CommonJS package's
 * exports once per importing file (`__toESM`: a getter per export, for each file); through
 * one module that re-exports them by name they are converted once. For ask-sdk-core's dozen
 * importers that is about 1 ms and 200 KB of garbage less at cold start (docs/performance.md).
 */
const IMPORTED_ONCE = ['ask-sdk-core'] as const;

function importedOnce(root: string): Plugin {
  const load = createRequire(join(root, 'package.json'));
  return {
    name: 'commonjs-imported-once',
    setup(esbuild) {
      const names = new RegExp(`^(${IMPORTED_ONCE.join('|')})$`);
      // The re-exporting module's own import resolves as usual (namespace 'file').
      esbuild.onResolve({ filter: names }, (args) => (args.namespace === 'imported-once' ? undefined : { path: args.path, namespace: 'imported-once' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'imported-once' }, (args) => {
        const exported = Object.getOwnPropertyNames(load(args.path)).filter((name) => name !== '__esModule' && name !== 'default');
        return { contents: `export { ${exported.join(', ')} } from ${JSON.stringify(args.path)};`, resolveDir: root, loader: 'js' };
      });
    },
  };
}

function write(out: string, maps: string, files: readonly OutputFile[], written: Map<string, number>): void {
  for (const file of files) {
    const name = relative(out, file.path);
    const target = name.endsWith('.map') ? join(maps, name) : file.path;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    if (!name.endsWith('.map')) written.set(name, file.contents.byteLength);
  }
}

/**
 * Builds `dist/lambda/index.js` (exports `handler`) and every file it loads, all inside that
 * folder and nothing from node_modules at run time, from scratch so no stale file is zipped;
 * the maps go to LAMBDA_MAPS_DIR.
 */
export async function buildLambda(root: string): Promise<LambdaBundle> {
  const out = join(root, LAMBDA_DIR);
  const maps = join(root, LAMBDA_MAPS_DIR);
  rmSync(out, { recursive: true, force: true });
  rmSync(maps, { recursive: true, force: true });
  const files = new Map<string, number>();
  const main = await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: root,
    entryPoints: { index: 'lambda/index.ts' },
    outdir: out,
    write: false,
    plugins: [sentencesAsJsonFiles(join(root, 'lambda'), out, files), packagesInOwnFiles, importedOnce(root)],
  });
  write(out, maps, main.outputFiles, files);
  for (const name of LOADED_ON_FIRST_USE) {
    const own = await build({
      ...BUNDLE_OPTIONS,
      absWorkingDir: root,
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, sourcefile: `${name}.js` },
      outfile: join(out, fileOf(name)),
      write: false,
    });
    write(out, maps, own.outputFiles, files);
  }
  return { files };
}
