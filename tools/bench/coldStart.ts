import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { envelope, newSessionId } from '../alexa/requests';
import { BUNDLE_OPTIONS } from '../bundleOptions';
import type { ChildResult } from './child';
import { newCaller, SCRIPT } from './script';
import { speechProblems, verify, type Heard } from './verify';

const run = promisify(execFile);

/** One way of starting a skill in a fresh process. */
export interface Contender {
  readonly id: string;
  readonly name: string;
  readonly bundle: string;
  /** NODE_OPTIONS for its process; none when undefined. */
  readonly nodeOptions?: string;
  /** Flags before the script on node's command line (`--cpu-prof`, which NODE_OPTIONS refuses). */
  readonly nodeArgs?: readonly string[];
}

/** Bundles the reference skills exactly as the Lambda code is bundled, and the child timer. */
export async function buildReferences(root: string, dir: string): Promise<{ bare: string; storage: string; child: string }> {
  const bundle = async (entry: string, name: string) => {
    const outfile = join(dir, name);
    await build({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: [entry], outfile });
    return outfile;
  };
  const [bare, storage] = await Promise.all([
    bundle('tools/bench/variants/minimal.ts', 'bare.js'),
    bundle('tools/bench/variants/minimalStorage.ts', 'storage.js'),
  ]);
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
  return { bare, storage, child };
}

/**
 * This process's environment (dynalite endpoint, table, log level) as the stack sets it: the
 * contender's NODE_OPTIONS only, and no table creation (this process made the table).
 */
function childEnv(nodeOptions: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.SKILL_CREATE_TABLE;
  delete env.POWERTOOLS_METRICS_DISABLED; // deployed functions emit their metrics
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions;
  return env;
}

/** Starts the contender in a fresh `node` and sends it one LaunchRequest of a new person (and `warm` more). */
export async function startOnce(root: string, dir: string, child: string, contender: Contender, warm = 0): Promise<ChildResult> {
  const requests = join(dir, `requests-${contender.id}.json`);
  const caller = newCaller();
  writeFileSync(requests, JSON.stringify([envelope(caller, { type: 'LaunchRequest' }, { sessionId: newSessionId(), isNew: true, attributes: {} })]));
  const { stdout } = await run(process.execPath, [...(contender.nodeArgs ?? []), child, contender.bundle, requests, '--warm', String(warm)], {
    cwd: root,
    env: childEnv(contender.nodeOptions),
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`no result from the child for ${contender.name}:\n${stdout}`);
  const result = JSON.parse(line.slice('BENCH '.length)) as ChildResult;
  const check = (what: string, reply: Heard) => {
    const problems = speechProblems(reply.speech);
    if (problems.length > 0) throw new Error(`${contender.name}, ${what}: ${problems.join(', ')}`);
  };
  result.answers.forEach((reply) => check('first answer', reply));
  result.lastConversation?.forEach((reply, i) => {
    const step = SCRIPT[i];
    if (step) verify(step, reply);
  });
  return result;
}

export interface ColdSamples {
  /** Per contender id, one value per round; index i of each is round i. */
  readonly initMs: ReadonlyMap<string, number[]>;
  /** From the start of `require()` to the first answer: what the person waits for beyond Lambda's own start. */
  readonly answerMs: ReadonlyMap<string, number[]>;
  /** The first request alone. */
  readonly requestMs: ReadonlyMap<string, number[]>;
  /** CPU time of the process for the init and for init plus first answer: less disturbed by other work on the machine. */
  readonly initCpuMs: ReadonlyMap<string, number[]>;
  readonly answerCpuMs: ReadonlyMap<string, number[]>;
}

/**
 * `rounds` paired rounds after one discarded warm-up round (file cache, dynalite's JIT): each
 * round starts every contender once in a fresh `node`, in an order rotated by one each round,
 * so load on the shared machine falls on all of them alike.
 */
export async function measureColdStarts(root: string, dir: string, child: string, contenders: readonly Contender[], rounds: number): Promise<ColdSamples> {
  const samples = () => new Map<string, number[]>(contenders.map((c) => [c.id, []]));
  const [initMs, answerMs, requestMs, initCpuMs, answerCpuMs] = [samples(), samples(), samples(), samples(), samples()];
  for (let round = -1; round < rounds; round++) {
    const shift = ((round % contenders.length) + contenders.length) % contenders.length;
    for (const contender of [...contenders.slice(shift), ...contenders.slice(0, shift)]) {
      const result = await startOnce(root, dir, child, contender);
      if (round < 0) continue;
      initMs.get(contender.id)?.push(result.initMs);
      const request = result.answerMs[0] ?? Number.NaN;
      answerMs.get(contender.id)?.push(result.initMs + request);
      requestMs.get(contender.id)?.push(request);
      initCpuMs.get(contender.id)?.push(result.initCpuMs);
      answerCpuMs.get(contender.id)?.push(result.firstAnswerCpuMs);
    }
  }
  return { initMs, answerMs, requestMs, initCpuMs, answerCpuMs };
}
