/**
 * Run by plain `node` (bundled, no loaders) in a fresh process with the environment the parent
 * gives it (for "as deployed", the template's NODE_OPTIONS): times `require(bundle)`, then each
 * request of a file of envelopes in order; with `--warm N`, N more requests as scripted
 * conversations. Prints one `BENCH {json}` line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Reply } from '../alexa/Conversation';
import { converse, SCRIPT } from './script';
import type { Heard } from './verify';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ChildResult {
  readonly initMs: number;
  readonly answerMs: number[];
  /** CPU time of this process (user + system, all threads) for the init and for init plus the first answer. */
  readonly initCpuMs: number;
  readonly firstAnswerCpuMs: number;
  readonly answers: Heard[];
  /** Peak resident set size (KB): at start, after the requests of the file, after the warm ones. */
  readonly maxRssKb: { readonly start: number; readonly answered: number; readonly warm?: number };
  /** The replies of the last warm conversation, for the parent to check. */
  readonly lastConversation?: Heard[];
  readonly warmRequests?: number;
  /** After the warm requests: V8's young generation (both semi-spaces) and the heap in use, MB. */
  readonly heapMb?: { readonly youngGeneration: number; readonly used: number };
  /** Monotonic clock (µs, the clock of V8's CPU profiles) at the start of `require()` and at the first answer: the window tools/bench/profile.ts reads. */
  readonly marksUs: { readonly required: number; readonly answered: number };
}

/** Read at the end only: loading node:v8 before the skill would add to the start measured. */
function heapMb(): { youngGeneration: number; used: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const v8 = require('node:v8') as typeof import('node:v8');
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return { youngGeneration: mb(young?.space_size ?? Number.NaN), used: mb(v8.getHeapStatistics().used_heap_size) };
}

function ssml(speech: unknown): string | undefined {
  return speech && typeof speech === 'object' && 'ssml' in speech && typeof speech.ssml === 'string' ? speech.ssml : undefined;
}

function heard(response: ResponseEnvelope): Heard {
  return {
    speech: ssml(response.response.outputSpeech) ?? '',
    reprompt: ssml(response.response.reprompt?.outputSpeech),
    ended: response.response.shouldEndSession !== false,
  };
}

const maxRssKb = () => process.resourceUsage().maxRSS;
/** Milliseconds from process.hrtime, not performance.now(): the global `performance` loads perf_hooks, which the skill would then find loaded. */
const now = () => Number(process.hrtime.bigint()) / 1e6;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { warm: { type: 'string', default: '0' } } });
  const [bundlePath, requestsPath] = positionals;
  if (!bundlePath || !requestsPath) throw new Error('usage: child.js <bundle> <requests.json> [--warm N]');
  const requests = JSON.parse(readFileSync(requestsPath, 'utf8')) as RequestEnvelope[];
  const start = maxRssKb();
  const load = createRequire(__filename);

  const cpu0 = process.cpuUsage();
  const t0 = now();
  const requiredUs = t0 * 1000;
  const loaded = load(bundlePath) as { handler?: Handler };
  const initMs = now() - t0;
  const initCpuMs = cpuMs(cpu0);
  const handler = loaded.handler;
  if (typeof handler !== 'function') throw new Error(`${bundlePath} exports no handler`);

  const answerMs: number[] = [];
  const answers: Heard[] = [];
  for (const request of requests) {
    const t1 = now();
    const response = await handler(request);
    answerMs.push(now() - t1);
    answers.push(heard(response));
  }
  const firstAnswerCpuMs = cpuMs(cpu0);
  const answeredUs = now() * 1000;
  const answered = maxRssKb();

  const warm = Number.parseInt(values.warm, 10);
  let last: Reply[] = [];
  let warmRequests = 0;
  for (; warmRequests < warm; warmRequests += SCRIPT.length) last = await converse(handler);
  const result: ChildResult = {
    initMs,
    answerMs,
    initCpuMs,
    firstAnswerCpuMs,
    answers,
    marksUs: { required: requiredUs, answered: answeredUs },
    maxRssKb: { start, answered, ...(warm > 0 ? { warm: maxRssKb() } : {}) },
    ...(warm > 0 ? { warmRequests, heapMb: heapMb(), lastConversation: last.map(({ speech, reprompt, ended }) => ({ speech, reprompt, ended })) } : {}),
  };
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
