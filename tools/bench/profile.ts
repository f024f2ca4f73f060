/**
 * `npx tsx tools/bench/profile.ts [--rounds N] [--interval µs]`: where a cold first answer's
 * time goes (docs/performance.md, round three). Builds what `npm run bench` builds, then per
 * round starts the bare skill, the minimal storage skill and dist/lambda/index.js once without
 * and once with `--cpu-prof`, in rotating order, on local dynalite; each profile's samples
 * between the start of `require()` and the first answer are put into phases by their stack
 * (mapped to the TypeScript and package sources through the build's source maps). Prints, per
 * start, the median CPU time without the profiler and the median profiled time of each phase.
 */
import './env';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { SourceMap, type SourceMapPayload } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dynalite from 'dynalite';
import { readConfig } from '../../lambda/config';
import { createHttpTable } from '../../lambda/persistence/httpTable';
import { buildLambda, LAMBDA_DIR, LAMBDA_MAPS_DIR } from '../lambdaBundle';
import { buildReferences, startOnce, type Contender } from './coldStart';
import { median } from './stats';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly parent?: number;
  readonly children?: number[];
}
interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const root = resolve(__dirname, '../..');
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, interval: { type: 'string', default: '100' } } });
const ROUNDS = Number.parseInt(values.rounds, 10);
const INTERVAL_US = Number.parseInt(values.interval, 10);

const maps = new Map<string, { map: SourceMap; dir: string } | undefined>();

/** The source map of a bundle file: beside it (references) or in dist/lambda-sourcemaps (the Lambda folder). */
function mapOf(file: string): { map: SourceMap; dir: string } | undefined {
  if (!maps.has(file)) {
    const lambdaDir = join(root, LAMBDA_DIR);
    const candidates = [`${file}.map`, file.startsWith(lambdaDir) ? join(root, LAMBDA_MAPS_DIR, `${relative(lambdaDir, file)}.map`) : ''];
    const found = candidates.find((path) => path && existsSync(path));
    maps.set(file, found ? { map: new SourceMap(JSON.parse(readFileSync(found, 'utf8')) as SourceMapPayload), dir: dirname(found) } : undefined);
  }
  return maps.get(file);
}

/** The source file a frame's code came from: `node:http`, `node_modules/aws4/aws4.js`, `lambda/i18n.ts`, or '' for native code. */
function sourceOf(frame: CallFrame): string {
  const { url } = frame;
  if (!url || url.startsWith('node:')) return url;
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const mapped = mapOf(file);
  const entry = mapped?.map.findEntry(frame.lineNumber, frame.columnNumber);
  if (mapped && entry && 'originalSource' in entry) {
    // Sources are named relative to the map's own folder.
    const original = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(mapped.dir, entry.originalSource);
    return relative(root, original).replace(/^.*node_modules\//, 'node_modules/');
  }
  return `${basename(file)} (unmapped)`;
}

const NETWORK = /^node:(_http_|https?$|net$|stream$|events$|dns$|timers$|internal\/(net|http|streams|stream_base_commons|dns|timers|url|perf\/observe))/;

/** What a source file belongs to. */
function ownerOf(source: string): string | undefined {
  if (!source || source.startsWith('node:')) return undefined;
  const rules: [RegExp, string][] = [
    [/node_modules\/ask-sdk/, 'ask-sdk-core dispatch and response builder'],
    [/node_modules\/i18next|^lambda\/i18n\.ts/, 'i18next (and lambda/i18n.ts)'],
    [/node_modules\/valibot/, 'valibot'],
    [/^lambda\/engine\//, 'SSML rendering (lambda/engine)'],
    [/^lambda\/speech\//, 'speech builders (lambda/speech)'],
    [/^lambda\/(exercises|content)\//, 'exercise and content tables'],
    [/^lambda\/(persistence\/|storage|state\/)/, 'storage adapter and record (our code)'],
    [/^lambda\/(flow|handlers|interceptors)\//, 'flow, handlers, interceptors'],
    [/^lambda\/(log|metrics|envelope|turn|skill|index|config|clock|deadline)\.ts/, 'skill, log, metrics, envelope check'],
    [/^tools\/|^child\.js/, 'reference skill / child timer'],
    [/\(unmapped\)$/, 'bundle top level (unmapped)'],
  ];
  for (const [pattern, owner] of rules) if (pattern.test(source)) return owner;
  return source.startsWith('lambda/') ? `lambda/${source.split('/')[1] ?? ''}` : source.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
}

/** The phase a sample's stack (leaf first) stands for. */
function phaseOf(stack: readonly CallFrame[], sources: readonly string[]): string | undefined {
  const leaf = stack[0]?.functionName ?? '';
  if (leaf === '(idle)') return undefined;
  if (leaf === '(garbage collector)') return 'GC (main thread)';
  if (leaf === '(program)') return '(program): V8 outside JS (compiling, ICs, natives)';
  // The outermost built-in being loaded (the stack is leaf first): the module the code asked for.
  let builtin = -1;
  stack.forEach((frame, i) => {
    if (frame.functionName === 'compileForInternalLoader') builtin = i;
  });
  if (builtin >= 0) return `loading Node built-ins (${stack[builtin - 1]?.url ?? '?'} first)`;
  if (sources.some((s) => s.includes('node_modules/aws4'))) return 'aws4 signing (HMAC included)';
  if (sources.some((s) => s.includes('util-dynamodb'))) return 'marshalling (@aws-sdk/util-dynamodb)';
  if (sources.some((s) => s === 'lambda/sha256.ts')) return 'user key SHA-256';
  if (stack.some((frame) => frame.functionName.endsWith('._extensions..json'))) return 'sentence JSON files: read and JSON.parse';
  const firstNode = sources.findIndex((s) => s.startsWith('node:'));
  const firstApp = sources.findIndex((s) => ownerOf(s) !== undefined);
  if (firstNode >= 0 && (firstApp < 0 || firstNode < firstApp)) {
    const source = sources[firstNode] ?? '';
    if (NETWORK.test(source)) return process.env.PROFILE_DETAIL ? `network: ${source}` : 'socket, HTTP client and parser, streams, timers';
    if (source.startsWith('node:internal/modules')) return 'require(): read, wrap and compile files';
    if (source.startsWith('node:internal/crypto')) return 'node:crypto calls (outside aws4)';
    if (source.startsWith('node:internal/process/task_queues') && firstApp < 0) return 'event loop: promise and tick queues';
  }
  if (firstApp >= 0) return ownerOf(sources[firstApp] ?? '');
  return `node internals: ${sources.find((s) => s) ?? stack[0]?.functionName ?? '?'}`;
}

/** Profiled ms per phase between require() and the first answer, split into module init and the request. */
function phases(profile: CpuProfile, marks: { required: number; answered: number }, initMs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const cache = new Map<number, string | undefined>();
  const phaseOfNode = (id: number) => {
    if (!cache.has(id)) {
      const stack: CallFrame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const node = byId.get(at);
        if (node) stack.push(node.callFrame);
      }
      cache.set(id, phaseOf(stack, stack.map(sourceOf)));
    }
    return cache.get(id);
  };
  const totals = new Map<string, number>();
  const requireEnd = marks.required + initMs * 1000;
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    // A sample's time is the gap to the next one.
    const span = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (time < marks.required || time > marks.answered) return;
    const phase = phaseOfNode(id);
    if (!phase) return;
    const key = `${time < requireEnd ? 'init' : 'request'}\t${phase}`;
    totals.set(key, (totals.get(key) ?? 0) + span);
  });
  return totals;
}

async function startDynalite(): Promise<Server> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return server;
}

async function main(): Promise<void> {
  await buildLambda(root);
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));
  const { bare, storage, child } = await buildReferences(root, dir);
  const server = await startDynalite();
  await createHttpTable(readConfig()).createTable();
  const contenders: Contender[] = [
    { id: 'bare', name: 'bare ask-sdk-core skill', bundle: bare },
    { id: 'storage', name: 'minimal skill + our storage client', bundle: storage },
    { id: 'skill', name: 'dist/lambda/index.js', bundle: join(root, LAMBDA_DIR, 'index.js') },
  ];
  const plain = new Map(contenders.map((c) => [c.id, { init: [] as number[], answer: [] as number[] }]));
  const profiled = new Map(contenders.map((c) => [c.id, { answer: [] as number[], phases: [] as Map<string, number>[] }]));
  for (let round = -1; round < ROUNDS; round++) {
    const shift = ((round % contenders.length) + contenders.length) % contenders.length;
    for (const contender of [...contenders.slice(shift), ...contenders.slice(0, shift)]) {
      const result = await startOnce(root, dir, child, contender);
      const profDir = join(dir, `prof-${contender.id}-${round}`);
      const withProfiler = await startOnce(root, dir, child, { ...contender, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-interval=${INTERVAL_US}`] });
      const file = readdirSync(profDir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error(`no profile in ${profDir}`);
      const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as CpuProfile;
      rmSync(profDir, { recursive: true, force: true });
      if (round < 0) continue;
      plain.get(contender.id)?.init.push(result.initCpuMs);
      plain.get(contender.id)?.answer.push(result.firstAnswerCpuMs);
      profiled.get(contender.id)?.answer.push(withProfiler.firstAnswerCpuMs);
      profiled.get(contender.id)?.phases.push(phases(profile, withProfiler.marksUs, withProfiler.initMs));
    }
    process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
  }
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });

  const f = (value: number) => value.toFixed(1);
  console.log(`\n${ROUNDS} rounds after one discarded, sampling every ${INTERVAL_US} µs; CPU ms of the process, medians`);
  for (const contender of contenders) {
    const own = plain.get(contender.id);
    const prof = profiled.get(contender.id);
    if (!own || !prof) continue;
    console.log(`\n## ${contender.name}: init ${f(median(own.init))}, first answer ${f(median(own.answer))} (with the profiler ${f(median(prof.answer))})`);
    const keys = [...new Set(prof.phases.flatMap((map) => [...map.keys()]))];
    const rows = keys
      .map((key) => {
        const each = prof.phases.map((map) => map.get(key) ?? 0);
        return { key, median: median(each), mean: each.reduce((a, b) => a + b, 0) / each.length };
      })
      .sort((a, b) => (a.key.split('\t')[0] === b.key.split('\t')[0] ? b.mean - a.mean : a.key < b.key ? -1 : 1));
    // The profiler's samples are wall time of the main thread (other work on the machine
    // included) and the profiler slows what it watches, module init (code events) most: each
    // phase's share of its window's profiled time is applied to that window's CPU time
    // measured without the profiler (init; first answer minus init).
    const windowSum = (window: string) => rows.filter((row) => row.key.startsWith(`${window}\t`)).reduce((total, row) => total + row.mean, 0);
    const sums = { init: windowSum('init'), request: windowSum('request') };
    const cpu = { init: median(own.init), request: median(own.answer) - median(own.init) };
    console.log('| window | phase | profiled ms, median | share of the window | about CPU ms |');
    for (const row of rows) {
      const window = row.key.startsWith('init') ? 'init' : 'request';
      const share = row.mean / sums[window];
      if (row.mean >= 0.05) console.log(`| ${row.key.replace('\t', ' | ')} | ${f(row.median)} | ${(100 * share).toFixed(1)} % | ${f(cpu[window] * share)} |`);
    }
    console.log(`| all | profiled main thread, mean: init ${f(sums.init)}, request ${f(sums.request)} | | | ${f(cpu.init)} + ${f(cpu.request)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

