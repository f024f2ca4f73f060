/**
 * Run by `node` (bundled, no loaders) in a fresh process: times `require(bundle)`, then, when
 * given a file of request envelopes, each handler call in order. Prints one `BENCH {json}` line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Handler = (event: unknown) => Promise<unknown>;

export interface ChildResult {
  requireMs: number;
  requestMs: number[];
  speech: string[];
}

function ssmlOf(response: unknown): string {
  const speech = (response as { response?: { outputSpeech?: { ssml?: unknown } } } | undefined)?.response?.outputSpeech;
  return typeof speech?.ssml === 'string' ? speech.ssml : '';
}

async function main(): Promise<void> {
  const [bundlePath, requestsPath] = process.argv.slice(2);
  if (!bundlePath) throw new Error('usage: child.js <bundle> [requests.json]');
  const requests = requestsPath ? (JSON.parse(readFileSync(requestsPath, 'utf8')) as unknown[]) : [];
  const load = createRequire(__filename);

  const start = performance.now();
  const loaded = load(bundlePath) as { handler?: Handler };
  const requireMs = performance.now() - start;

  const result: ChildResult = { requireMs, requestMs: [], speech: [] };
  for (const request of requests) {
    if (!loaded.handler) throw new Error(`${bundlePath} exports no handler`);
    const t0 = performance.now();
    const response = await loaded.handler(request);
    result.requestMs.push(performance.now() - t0);
    result.speech.push(ssmlOf(response));
  }
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
