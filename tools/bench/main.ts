/**
 * `npm run bench` (tsx tools/bench/main.ts): cold module init of the Lambda bundle against
 * minimal skills, warm per-request latency with and without DynamoDB (dynalite), and the
 * DynamoDB reads and writes of one scripted conversation. Options: --rounds, --conversations.
 */
import './env';
import type { Server } from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LambdaHandler } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import dynalite from 'dynalite';
import { readConfig } from '../../lambda/config';
import { createAwsLiteTable } from '../../lambda/persistence/awsLiteTable';
import { DynamoPersistenceAdapter } from '../../lambda/persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from '../../lambda/skill';
import type { SkillHandler } from '../alexa/Conversation';
import { envelope } from '../alexa/requests';
import { CountingAdapter, MemoryAdapter } from '../../test/support/adapters';
import { buildAll, measureColdInit, VARIANTS } from './coldInit';
import { converse, SCRIPT, timed } from './script';
import { median, ms, percentile, table } from './stats';

const ROOT = resolve(__dirname, '../..');
const TARGET_COLD_RATIO = 5;
const TARGET_WARM_P99_MS = 5;
const WARM_UP_CONVERSATIONS = 20;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '25' },
    conversations: { type: 'string', default: '200' },
  },
});
const ROUNDS = Math.max(1, Number.parseInt(options.rounds, 10) || 25);
const CONVERSATIONS = Math.max(1, Number.parseInt(options.conversations, 10) || 200);

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

interface Verdict {
  readonly text: string;
  readonly met: boolean;
}

function coldSection(cold: Awaited<ReturnType<typeof measureColdInit>>, sizes: ReadonlyMap<string, number>): Verdict {
  const base = cold.requireMs.get('b') ?? [];
  const baseMedian = median(base);
  const rows = VARIANTS.map((variant) => {
    const samples = cold.requireMs.get(variant.id) ?? [];
    const paired = samples.map((value, i) => value / (base[i] ?? Number.NaN));
    return [
      `(${variant.id}) ${variant.name}`,
      ((sizes.get(variant.id) ?? 0) / 1024).toFixed(0),
      ms(median(samples)),
      ms(percentile(samples, 90)),
      (median(samples) / baseMedian).toFixed(2),
      median(paired).toFixed(2),
    ];
  });
  console.log(`\n1. Cold module init: require(bundle) in a fresh node, ${ROUNDS} paired rounds (rotating order), ms`);
  console.log(table(['variant', 'KB', 'median', 'p90', 'x (b) medians', 'x (b) paired'], rows));
  console.log(`\nOur bundle after require, in the same fresh process (LaunchRequest, new person, local dynalite), ms`);
  console.log(
    table(
      ['request', 'median', 'p90'],
      [
        ['first request (starts aws-lite, GetItem, UpdateItem)', ms(median(cold.firstRequestMs)), ms(percentile(cold.firstRequestMs, 90))],
        ['second request (same, another new person)', ms(median(cold.secondRequestMs)), ms(percentile(cold.secondRequestMs, 90))],
      ],
    ),
  );
  const ratio = median(cold.requireMs.get('a') ?? []) / baseMedian;
  return { text: `cold init of (a) within ${TARGET_COLD_RATIO}x of (b): ${ratio.toFixed(2)}x`, met: ratio <= TARGET_COLD_RATIO };
}

async function warmSection(bundleFile: string): Promise<Verdict> {
  const load = createRequire(__filename);
  const bundle = load(bundleFile) as { handler?: unknown };
  if (typeof bundle.handler !== 'function') throw new Error(`${bundleFile} exports no handler`);
  const dynamo = bundle.handler as SkillHandler;
  const memory = asSkillHandler(createLambdaHandler({ config: readConfig(), persistence: new MemoryAdapter() }));

  const measure = async (handler: SkillHandler): Promise<number[]> => {
    const samples: number[] = [];
    const discarded: number[] = [];
    for (let i = 0; i < WARM_UP_CONVERSATIONS; i++) await converse(timed(handler, discarded));
    for (let i = 0; i < CONVERSATIONS; i++) await converse(timed(handler, samples));
    return samples;
  };
  const inMemory = await measure(memory);
  const withDynalite = await measure(dynamo);

  const turn = (samples: readonly number[], index: number) => samples.filter((_, i) => i % SCRIPT.length === index);
  console.log(
    `\n2. Warm per-request latency: ${CONVERSATIONS} scripted conversations (${SCRIPT.length} requests each, new person each, after ${WARM_UP_CONVERSATIONS} warm-up), ms`,
  );
  console.log(
    table(
      ['path', 'requests', 'median', 'p90', 'p99', 'max'],
      (
        [
          ['(a) bundle + aws-lite + local dynalite', withDynalite],
          ['(b) excluding the network: skill.ts + in-memory adapter', inMemory],
        ] as const
      ).map(([label, s]) => [label, String(s.length), ms(median(s)), ms(percentile(s, 90)), ms(percentile(s, 99)), ms(Math.max(...s))]),
    ),
  );
  console.log('\nPer turn, median (p99), ms');
  console.log(
    table(
      ['session', 'turn', '(a) with dynalite', '(b) in memory'],
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
  return { text: `warm p99 excluding the network under ${TARGET_WARM_P99_MS} ms: ${ms(p99)} ms`, met: p99 < TARGET_WARM_P99_MS };
}

async function persistenceSection(): Promise<Verdict> {
  const config = readConfig();
  const inner = new DynamoPersistenceAdapter({ table: () => createAwsLiteTable(config), createTable: config.createTable });
  const counting = new CountingAdapter(inner);
  const handler = asSkillHandler(createLambdaHandler({ config, persistence: counting }));

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
    after: async (step) => {
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

  console.log('\n3. DynamoDB calls in one scripted conversation (DynamoPersistenceAdapter over aws-lite, dynalite)');
  console.log(
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
  const writers = turns.filter((t) => t.writes > 0).map((t) => `${t.label} (session ${t.session})`);
  console.log(`\nreads per session: ${sessions.map((s, i) => `session ${s}: ${readsPerSession[i]}`).join(', ')}`);
  console.log(`writes: ${writes} for ${changes} state changes; turns that wrote: ${writers.join(', ') || 'none'}`);
  console.log(`deletes: ${counting.deletes}`);
  const met = readsPerSession.every((r) => r <= 1) && turns.every((t) => t.writes <= (t.changed ? 1 : 0));
  return {
    text: `at most one read per session and one write per state change: reads per session ${readsPerSession.join('/')}, ${writes} writes for ${changes} state changes`,
    met,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = join(ROOT, '.data', 'bench', `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = await startDynalite();
  try {
    console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
    // The table exists before the first child starts, so no request below pays for creating it.
    await (await createAwsLiteTable(readConfig())).createTable();

    const { bundles, child } = await buildAll(ROOT, dir);
    const cold = await measureColdInit(ROOT, dir, child, bundles, ROUNDS);
    const sizes = new Map(bundles.map((b) => [b.variant.id, b.bytes]));
    const verdicts = [coldSection(cold, sizes)];

    const ours = bundles.find((b) => b.variant.id === 'a');
    if (!ours) throw new Error('our bundle was not built');
    verdicts.push(await warmSection(ours.file));
    verdicts.push(await persistenceSection());

    console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
    console.log(`Targets: ${verdicts.map((v) => `${v.text} - ${v.met ? 'met' : 'NOT met'}`).join('; ')}`);
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
