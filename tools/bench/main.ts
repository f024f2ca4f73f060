/**
 * `npm run bench` (tsx tools/bench/main.ts): builds the Lambda folder as `npm run build` does
 * and starts it as the stack runs it (the template's NODE_OPTIONS), beside a bare ask-sdk-core
 * skill and a minimal one with our storage client: module init, first answer and memory in
 * fresh processes; then warm per-request latency and DynamoDB calls per conversation. Prints
 * the figures and writes them into docs/performance.md. Options: --rounds, --conversations,
 * --memory-runs, --no-write, --cold-only (the cold start table alone, not written).
 */
import './env';
import type { Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import dynalite from 'dynalite';
import { readConfig } from '../../lambda/config';
import { createHttpTable } from '../../lambda/persistence/httpTable';
import { createLambdaHandler } from '../../lambda/skill';
import { createPersistence } from '../../lambda/storage';
import type { SkillHandler } from '../alexa/Conversation';
import { envelope } from '../alexa/requests';
import { buildLambda, LAMBDA_DIR } from '../lambdaBundle';
import { CountingAdapter, MemoryAdapter } from '../../test/support/adapters';
import type { ChildResult } from './child';
import { buildReferences, measureColdStarts, startOnce, type ColdSamples, type Contender } from './coldStart';
import { readDeployment, TEMPLATE } from './deployment';
import { converse, SCRIPT, timed } from './script';
import { median, ms, percentile, table } from './stats';
import { verify } from './verify';

const ROOT = resolve(__dirname, '../..');
const RESULTS_FILE = 'docs/performance.md';
const GOAL_INIT_RATIO = 3;
const GOAL_ANSWER_RATIO = 5;
const GOAL_WARM_P99_MS = 5;
const WARM_UP_CONVERSATIONS = 20;
const WARM_REQUESTS_FOR_MEMORY = 1000;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '40' },
    conversations: { type: 'string', default: '200' },
    'memory-runs': { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
  },
});
const count = (value: string, fallback: number) => Math.max(1, Number.parseInt(value, 10) || fallback);
const ROUNDS = count(options.rounds, 40);
const CONVERSATIONS = count(options.conversations, 200);
const MEMORY_RUNS = count(options['memory-runs'], 3);

/** Everything printed, also written to RESULTS_FILE. */
const report: string[] = [];
function say(text: string): void {
  console.log(text);
  report.push(text);
}

interface Verdict {
  readonly text: string;
  readonly met: boolean;
}

function asSkillHandler(lambda: LambdaHandler): SkillHandler {
  return (event) =>
    new Promise<ResponseEnvelope>((resolvePromise, reject) => {
      void lambda(event, undefined, (error, result) => (error ? reject(error) : resolvePromise(result as ResponseEnvelope)));
    });
}

/** Attributes as stored, minus the bookkeeping every write changes (version, TTL), keys sorted. */
function content(attributes: Record<string, unknown>): string {
  const { version: _version, expiresAt: _expiresAt, ...rest } = attributes;
  return JSON.stringify(rest, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

async function startDynalite(): Promise<Server> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return server;
}

async function stopDynalite(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

function coldSection(contenders: readonly Contender[], cold: ColdSamples): Verdict[] {
  const ratios = (samples: ReadonlyMap<string, number[]>, id: string) => {
    const base = samples.get('bare') ?? [];
    const own = samples.get(id) ?? [];
    return {
      own,
      ofMedians: median(own) / median(base),
      paired: median(own.map((value, i) => value / (base[i] ?? Number.NaN))),
    };
  };
  const rows = contenders.map((c) => {
    const init = ratios(cold.initMs, c.id);
    const answer = ratios(cold.answerMs, c.id);
    return [
      c.name,
      ms(median(init.own)),
      ms(percentile(init.own, 90)),
      `${init.ofMedians.toFixed(2)}x (${init.paired.toFixed(2)}x)`,
      ms(median(answer.own)),
      ms(percentile(answer.own, 90)),
      `${answer.ofMedians.toFixed(2)}x (${answer.paired.toFixed(2)}x)`,
      ms(median(cold.requestMs.get(c.id) ?? [])),
    ];
  });
  say(`\n### Cold start: ${ROUNDS} paired rounds, each a fresh \`node\` per row in rotating order, ms`);
  say(
    'Module init: `require()` of the bundle. First answer: from the start of `require()` to the response to a LaunchRequest of a new person (for our skill and the storage one, a read and a write on local dynalite). Ratios to the bare skill: of the medians (median of the per-round ratios).\n',
  );
  say(table(['start', 'init median', 'init p90', 'init x bare', 'first answer median', 'answer p90', 'answer x bare', 'request alone median'], rows));
  const cpuRows = contenders.map((c) => {
    const init = ratios(cold.initCpuMs, c.id);
    const answer = ratios(cold.answerCpuMs, c.id);
    return [c.name, ms(median(init.own)), `${init.ofMedians.toFixed(2)}x`, ms(median(answer.own)), `${answer.ofMedians.toFixed(2)}x`];
  });
  say('\nThe same starts in CPU time of the process (user + system, all threads), medians, ms: less disturbed by other work on a shared machine.\n');
  say(table(['start', 'init CPU', 'init CPU x bare', 'first answer CPU', 'answer CPU x bare'], cpuRows));
  const deployed = contenders[contenders.length - 1];
  if (!deployed) return [];
  const init = ratios(cold.initMs, deployed.id).ofMedians;
  const answer = ratios(cold.answerMs, deployed.id).ofMedians;
  return [
    { text: `module init as deployed within ${GOAL_INIT_RATIO}x of bare: ${init.toFixed(2)}x`, met: init <= GOAL_INIT_RATIO },
    { text: `first answer as deployed within ${GOAL_ANSWER_RATIO}x of bare: ${answer.toFixed(2)}x`, met: answer <= GOAL_ANSWER_RATIO },
  ];
}

async function memorySection(dir: string, child: string, bare: Contender, deployed: Contender): Promise<void> {
  const runs: ChildResult[] = [];
  const bareRuns: ChildResult[] = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    runs.push(await startOnce(ROOT, dir, child, deployed, WARM_REQUESTS_FOR_MEMORY));
    bareRuns.push(await startOnce(ROOT, dir, child, bare));
  }
  const mb = (kb: number) => (kb / 1024).toFixed(1);
  const heap = (results: typeof runs, part: 'youngGeneration' | 'used') =>
    results[0]?.heapMb === undefined ? '-' : median(results.map((r) => r.heapMb?.[part] ?? Number.NaN)).toFixed(1);
  const row = (name: string, results: typeof runs) => [
    name,
    mb(median(results.map((r) => r.maxRssKb.start))),
    mb(median(results.map((r) => r.maxRssKb.answered))),
    results[0]?.maxRssKb.warm === undefined ? '-' : mb(median(results.map((r) => r.maxRssKb.warm ?? Number.NaN))),
    heap(results, 'youngGeneration'),
    heap(results, 'used'),
  ];
  say(`\n### Memory: peak RSS of the whole process (node and the child timer included), MB, median of ${MEMORY_RUNS} fresh processes\n`);
  say(
    table(
      ['start', 'before require', 'after the first answer', `after ${runs[0]?.warmRequests ?? 0} more warm requests`, 'of it V8 young generation', 'heap in use'],
      [row(deployed.name, runs), row(bare.name, bareRuns)],
    ),
  );
  say(
    '\nV8 young generation: the size V8 has grown its two semi-spaces to by then (it grows them under steady allocation, up to `--max-semi-space-size` each, 16 MB by default); heap in use: live objects and garbage not yet collected at that moment.',
  );
}

async function warmSection(bundleFile: string): Promise<Verdict> {
  const load = createRequire(__filename);
  const bundle = load(bundleFile) as { handler?: unknown };
  if (typeof bundle.handler !== 'function') throw new Error(`${bundleFile} exports no handler`);
  const dynamo = bundle.handler as SkillHandler;
  const memory = asSkillHandler(createLambdaHandler({ config: readConfig(), persistence: new MemoryAdapter() }));

  const inMemoryCpu: number[] = [];
  const measure = async (handler: SkillHandler, cpu?: number[]): Promise<number[]> => {
    const samples: number[] = [];
    const discarded: number[] = [];
    for (let i = 0; i < WARM_UP_CONVERSATIONS; i++) await converse(timed(handler, discarded), { after: verify });
    for (let i = 0; i < CONVERSATIONS; i++) await converse(timed(handler, samples, cpu), { after: verify });
    return samples;
  };
  const inMemory = await measure(memory, inMemoryCpu);
  const withDynalite = await measure(dynamo);

  const turn = (samples: readonly number[], index: number) => samples.filter((_, i) => i % SCRIPT.length === index);
  say(
    `\n### Warm per-request latency: ${CONVERSATIONS} scripted conversations (${SCRIPT.length} requests each, a new person each, after ${WARM_UP_CONVERSATIONS} warm-up), ms\n`,
  );
  say(
    table(
      ['path', 'requests', 'median', 'p90', 'p99', 'max'],
      (
        [
          [`${LAMBDA_DIR}/index.js, local dynalite`, withDynalite],
          ['without network: lambda/skill.ts, in-memory adapter', inMemory],
          ['the same, CPU time of the process', inMemoryCpu],
        ] as const
      ).map(([label, s]) => [label, String(s.length), ms(median(s)), ms(percentile(s, 90)), ms(percentile(s, 99)), ms(Math.max(...s))]),
    ),
  );
  say('\nPer turn, median (p99), ms\n');
  say(
    table(
      ['session', 'turn', 'with dynalite', 'in memory'],
      SCRIPT.map((step, i) => [
        String(step.session),
        step.label,
        `${ms(median(turn(withDynalite, i)))} (${ms(percentile(turn(withDynalite, i), 99))})`,
        `${ms(median(turn(inMemory, i)))} (${ms(percentile(turn(inMemory, i), 99))})`,
      ]),
      2,
    ),
  );
  const p99 = percentile(inMemory, 99);
  const cpuP99 = percentile(inMemoryCpu, 99);
  return {
    text: `warm p99 without network under ${GOAL_WARM_P99_MS} ms: ${ms(p99)} ms (CPU time p99 ${ms(cpuP99)} ms)`,
    met: p99 < GOAL_WARM_P99_MS,
  };
}

async function persistenceSection(): Promise<Verdict> {
  const inner = createPersistence(readConfig());
  const counting = new CountingAdapter(inner);
  const handler = asSkillHandler(createLambdaHandler({ config: readConfig(), persistence: counting }));

  interface TurnCount {
    label: string;
    session: number;
    reads: number;
    writes: number;
    changed: boolean;
  }
  const turns: TurnCount[] = [];
  // Before and after each turn the stored item is read past the counter (and the timing).
  let before = { reads: 0, writes: 0, stored: '' };
  let stored = async () => '';
  await converse(handler, {
    before: async (_step, caller) => {
      const key = envelope(caller, { type: 'LaunchRequest' });
      stored = async () => content(await inner.getAttributes(key));
      before = { reads: counting.reads, writes: counting.writes, stored: await stored() };
    },
    after: async (step, reply) => {
      verify(step, reply);
      const after = await stored();
      turns.push({
        label: step.label,
        session: step.session,
        reads: counting.reads - before.reads,
        writes: counting.writes - before.writes,
        changed: after !== before.stored,
      });
    },
  });

  say('\n### DynamoDB calls in one scripted conversation (the skill\'s storage, dynalite)\n');
  say(
    table(
      ['session', 'turn', 'reads', 'writes', 'stored record changed'],
      turns.map((t) => [String(t.session), t.label, String(t.reads), String(t.writes), t.changed ? 'yes' : 'no']),
      2,
    ),
  );
  const sessions = [...new Set(turns.map((t) => t.session))];
  const readsPerSession = sessions.map((s) => turns.filter((t) => t.session === s).reduce((sum, t) => sum + t.reads, 0));
  const writes = turns.reduce((sum, t) => sum + t.writes, 0);
  const changes = turns.filter((t) => t.changed).length;
  say(`\nReads per session: ${readsPerSession.join(', ')}; ${writes} writes for ${changes} state changes; ${counting.deletes} deletes.`);
  const met = readsPerSession.every((r) => r <= 1) && turns.every((t) => t.writes <= (t.changed ? 1 : 0));
  return { text: `one read per session, one write per state change: reads ${readsPerSession.join('/')}, ${writes} writes for ${changes} changes`, met };
}

/** Replaces the generated part of RESULTS_FILE (between its markers), keeping the notes around it. */
function writeResults(): void {
  const file = join(ROOT, RESULTS_FILE);
  const [startMark, endMark] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `# Performance\n\n${startMark}\n${endMark}\n`;
  }
  const start = text.indexOf(startMark);
  const end = text.indexOf(endMark);
  if (start < 0 || end < start) throw new Error(`${RESULTS_FILE} has no ${startMark} ... ${endMark} block`);
  const block = `${startMark}\n<!-- written by npm run bench; edits here are overwritten -->\n${report.join('\n')}\n${endMark}`;
  writeFileSync(file, text.slice(0, start) + block + text.slice(end + endMark.length));
  console.log(`\nwritten to ${RESULTS_FILE}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = join(ROOT, '.data', 'bench', `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = await startDynalite();
  try {
    // The table exists before the first child starts, so no request below pays for creating it.
    await createHttpTable(readConfig()).createTable();
    const deployment = readDeployment(ROOT);
    const { files } = await buildLambda(ROOT);
    const { bare, storage, child } = await buildReferences(ROOT, dir);
    const index = join(ROOT, LAMBDA_DIR, 'index.js');

    say(`## Bench run ${new Date().toISOString().slice(0, 16)}Z\n`);
    say(`- node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]?.toFixed(1)} at start`);
    say(`- ${TEMPLATE}: NODE_OPTIONS ${deployment.nodeOptions ? `\`${deployment.nodeOptions}\`` : 'not set'}, MemorySize ${deployment.memorySize ?? '-'} MB`);
    const folders = new Map<string, { count: number; bytes: number }>();
    for (const [name, bytes] of files) {
      const folder = name.includes('/') ? `${name.split('/')[0]}/` : name;
      const sum = folders.get(folder) ?? { count: 0, bytes: 0 };
      folders.set(folder, { count: sum.count + 1, bytes: sum.bytes + bytes });
    }
    const listing = [...folders].map(([name, { count, bytes }]) => `${name}${count > 1 ? ` (${count} files)` : ''} ${(bytes / 1024).toFixed(0)} KB`);
    say(`- ${LAMBDA_DIR}/ (the zip): ${listing.join(', ')}`);

    const contenders: Contender[] = [
      { id: 'bare', name: 'bare ask-sdk-core skill', bundle: bare },
      { id: 'storage', name: 'minimal skill + our storage client', bundle: storage },
      { id: 'plain', name: `${LAMBDA_DIR}/index.js, no NODE_OPTIONS`, bundle: index },
      { id: 'deployed', name: `${LAMBDA_DIR}/index.js as deployed`, bundle: index, ...(deployment.nodeOptions ? { nodeOptions: deployment.nodeOptions } : {}) },
    ];
    const cold = await measureColdStarts(ROOT, dir, child, contenders, ROUNDS);
    const verdicts = coldSection(contenders, cold);
    if (options['cold-only']) return;
    const [bareContender] = contenders;
    const deployed = contenders[contenders.length - 1];
    if (bareContender && deployed) await memorySection(dir, child, bareContender, deployed);
    verdicts.push(await warmSection(index));
    verdicts.push(await persistenceSection());

    say(`\nGoals: ${verdicts.map((v) => `${v.text}: ${v.met ? 'met' : 'NOT met'}`).join('; ')}.`);
    say(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
    if (!options['no-write']) writeResults();
  } finally {
    await stopDynalite(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  // Nothing should be left running; should a socket linger, it does not hold the run open.
  () => setTimeout(() => process.exit(), 1000).unref(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
