import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../bundleOptions';
import { envelope, newSessionId } from '../alexa/requests';
import type { ChildResult } from './child';
import { newCaller, speechProblems } from './script';

const run = promisify(execFile);


export interface Variant {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'a', name: 'our bundle (lambda/index.ts)', entry: 'lambda/index.ts' },
  { id: 'b', name: 'minimal ask-sdk-core skill', entry: 'tools/bench/variants/minimal.ts' },
  { id: 'c', name: '(b) + AWS SDK v3 DocumentClient at init', entry: 'tools/bench/variants/minimalSdkV3.ts' },
  { id: 'd', name: '(b) + aws-lite + dynamodb plugin', entry: 'tools/bench/variants/minimalAwsLite.ts' },
];

export interface Built {
  readonly variant: Variant;
  readonly file: string;
  readonly bytes: number;
}

/** Bundles every variant with BUNDLE_OPTIONS, as the Lambda is bundled, plus the child timer. */
export async function buildAll(root: string, dir: string): Promise<{ bundles: Built[]; child: string }> {
  const bundles = await Promise.all(
    VARIANTS.map(async (variant) => {
      const file = join(dir, `${variant.id}.js`);
      const result = await build({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: [variant.entry], outfile: file });
      const bytes = Object.values(result.metafile?.outputs ?? {}).find((o) => o.entryPoint)?.bytes ?? 0;
      return { variant, file, bytes };
    }),
  );
  const child = join(dir, 'child.js');
  await build({
    absWorkingDir: root,
    entryPoints: ['tools/bench/child.ts'],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return { bundles, child };
}

/** The child's environment: this one's (dynalite endpoint, table, log level) without loaders. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  delete env.NODE_OPTIONS;
  return env;
}

async function runChild(root: string, child: string, bundle: string, requests?: string): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, [child, bundle, ...(requests ? [requests] : [])], {
    cwd: root,
    env: childEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`no result from the child for ${bundle}:\n${stdout}`);
  return JSON.parse(line.slice('BENCH '.length)) as ChildResult;
}

export interface ColdResults {
  /** require() time in ms per variant id, one per round; index i of each is round i. */
  readonly requireMs: ReadonlyMap<string, number[]>;
  /** Our bundle: the first handler call in a fresh process, and the same request again. */
  readonly firstRequestMs: number[];
  readonly secondRequestMs: number[];
}

/**
 * `rounds` paired rounds (after one discarded warm-up round): each round starts every variant
 * once in a fresh `node`, in an order rotated by one each round. The child for our bundle then
 * sends two first-time LaunchRequests (two new people) against dynalite.
 */
export async function measureColdInit(root: string, dir: string, child: string, bundles: readonly Built[], rounds: number): Promise<ColdResults> {
  const requireMs = new Map<string, number[]>(bundles.map((b) => [b.variant.id, []]));
  const firstRequestMs: number[] = [];
  const secondRequestMs: number[] = [];
  const requestsFile = join(dir, 'requests.json');

  for (let round = -1; round < rounds; round++) {
    const shift = ((round % bundles.length) + bundles.length) % bundles.length;
    const order = [...bundles.slice(shift), ...bundles.slice(0, shift)];
    for (const bundle of order) {
      const ours = bundle.variant.id === 'a';
      if (ours) {
        const launches = [newCaller(), newCaller()].map((caller) =>
          envelope(caller, { type: 'LaunchRequest' }, { sessionId: newSessionId(), isNew: true, attributes: {} }),
        );
        writeFileSync(requestsFile, JSON.stringify(launches));
      }
      const result = await runChild(root, child, bundle.file, ours ? requestsFile : undefined);
      for (const ssml of result.speech) {
        const problems = speechProblems(ssml);
        if (problems.length > 0) throw new Error(`cold start of ${bundle.variant.name}: ${problems.join(', ')}`);
      }
      if (round < 0) continue;
      requireMs.get(bundle.variant.id)?.push(result.requireMs);
      if (ours) {
        firstRequestMs.push(result.requestMs[0] ?? Number.NaN);
        secondRequestMs.push(result.requestMs[1] ?? Number.NaN);
      }
    }
  }
  return { requireMs, firstRequestMs, secondRequestMs };
}
