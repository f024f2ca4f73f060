import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IntentNames } from '../lambda/constants';
import { newCaller, talkTo } from './support/skill';
import { startExercise } from './support/start';
import { storedItem } from './support/table';

/**
 * A write can land in DynamoDB while its answer is lost on the way back (a reset, a
 * timeout). The client then sends it again, or the next turn writes over it. Neither may
 * count anything twice (docs/architecture.md, "Persistence"). A proxy in front of the real
 * server (dynalite) passes every request on and hangs up on the chosen UpdateItem answers.
 */
const dynalite = process.env.AWS_ENDPOINT_URL_DYNAMODB ?? '';
let proxy: Server;
let updates = 0;
/** Which UpdateItem answers (counted from 1) are lost after the write has landed. */
let loseAnswer: (n: number) => boolean = () => false;

beforeAll(async () => {
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const lose = String(req.headers['x-amz-target']).endsWith('.UpdateItem') && loseAnswer(++updates);
      const upstream = request(dynalite, { method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => body.push(chunk));
        answer.on('end', () => {
          if (lose) {
            req.socket.resetAndDestroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(Buffer.concat(body));
        });
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  // Read by lambda/index.ts on its first request, which is in this file.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynalite;
  await new Promise((resolve) => proxy.close(resolve));
});

beforeEach(() => {
  updates = 0;
});

/** One finished exercise and one tip, each a write of its own; what is stored at the end. */
async function exerciseThenTip(): Promise<{ sessions: unknown; tips: number }> {
  const alexa = talkTo(newCaller());
  await startExercise(alexa, 'breathingSpace', 'standard');
  await alexa.intent(IntentNames.Tip);
  await alexa.intent(IntentNames.Stop);
  const item = await storedItem(alexa.caller.userId);
  const tipsHeard = (item?.tipsHeard ?? {}) as Record<string, unknown[]>;
  return { sessions: (item?.progress as { sessions?: unknown } | undefined)?.sessions, tips: Object.values(tipsHeard).flat().length };
}

test('the client sends a write again after losing its answer: it lands once more on its own result, and counts once', async () => {
  // Every first attempt lands and its answer is lost; the retry (same write id) answers.
  loseAnswer = (n) => n % 2 === 1;
  expect(await exerciseThenTip()).toEqual({ sessions: 1, tips: 1 });
  expect(updates).toBeGreaterThanOrEqual(4); // both writes met the fault
});

test('a turn whose write seemed to fail (both answers lost) is written over by the next turn without counting twice', async () => {
  // Both attempts of the exercise's write land and lose their answers; the tip's write answers.
  loseAnswer = (n) => n <= 2;
  expect(await exerciseThenTip()).toEqual({ sessions: 1, tips: 1 });
  expect(updates).toBe(3);
});

test('without lost answers the same conversation stores the same counts (the check above can tell)', async () => {
  loseAnswer = () => false;
  expect(await exerciseThenTip()).toEqual({ sessions: 1, tips: 1 });
  expect(updates).toBe(2);
});
