import { createHash } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { readConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { createDocumentClient } from '../lambda/persistence/dynamoClient';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { Conversation } from '../tools/alexa/Conversation';
import { envelope } from '../tools/alexa/requests';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, skillWith, talkTo } from './support/skill';

/** The persistence adapter and the skill against a real DynamoDB API (dynalite) via AWS SDK v3. */
const config = readConfig();
const client = createDocumentClient(config);
const adapter = new DynamoPersistenceAdapter({ client, tableName: config.tableName, createTable: true });

const hashOf = (userId: string) => createHash('sha256').update(userId).digest('hex');
const storedItem = async (userId: string) =>
  (await client.send(new GetCommand({ TableName: config.tableName, Key: { id: hashOf(userId) } }))).Item;
const requestFor = (userId: string): RequestEnvelope => envelope(newCaller('en-US', userId), { type: 'LaunchRequest' });

/** Counts what the skill asks of storage, passing everything on to the real adapter. */
function counting(inner: PersistenceAdapter) {
  const counts = { reads: 0, writes: 0 };
  const wrapped: PersistenceAdapter = {
    getAttributes: (e) => (counts.reads++, inner.getAttributes(e)),
    saveAttributes: (e, a) => (counts.writes++, inner.saveAttributes(e, a)),
  };
  return { counts, wrapped };
}

describe('DynamoPersistenceAdapter on dynalite', () => {
  test('round trip under the SHA-256 of the user id, never the raw id', async () => {
    const userId = 'amzn1.ask.account.round-trip';
    await adapter.saveAttributes(requestFor(userId), { welcomed: true, place: null });
    expect(await adapter.getAttributes(requestFor(userId))).toEqual({ welcomed: true, place: null });
    const item = await storedItem(userId);
    expect(item?.id).toBe(hashOf(userId));
    expect(JSON.stringify(item)).not.toContain(userId);
  });

  test('a missing item reads as empty', async () => {
    expect(await adapter.getAttributes(requestFor('amzn1.ask.account.nobody'))).toEqual({});
  });

  test('delete removes the item', async () => {
    const userId = 'amzn1.ask.account.delete-me';
    await adapter.saveAttributes(requestFor(userId), { welcomed: true });
    await adapter.deleteAttributes(requestFor(userId));
    expect(await storedItem(userId)).toBeUndefined();
  });
});

describe('the skill with real storage', () => {
  test('reads once per session and writes only when something changed', async () => {
    const { counts, wrapped } = counting(adapter);
    const alexa = new Conversation(skillWith(wrapped), newCaller());
    await alexa.launch(); // read, write (welcomed + place)
    await alexa.intent(IntentNames.Help); // nothing
    await alexa.intent(IntentNames.Yes); // write (next place)
    await alexa.intent(IntentNames.Fallback); // nothing
    await alexa.intent(IntentNames.Pause); // nothing: the place was saved when it started
    expect(counts).toEqual({ reads: 1, writes: 2 });
  });

  test('a corrupt item costs only its broken fields, and the turn still answers', async () => {
    const caller = newCaller();
    await client.send(
      new PutCommand({
        TableName: config.tableName,
        Item: { id: hashOf(caller.userId), schemaVersion: 'x', welcomed: true, place: { segment: 'banana' } },
      }),
    );
    const reply = await talkTo(caller).launch();
    expect(reply.speech).not.toContain(spoken('en-US', 'welcome.firstTime'));
    expect(reply.speech).toContain(segmentSsml('en-US', 'standard', 0));
  });

  test('a place older than 7 days is offered, with a fresh start suggested', async () => {
    const alexa = talkTo(newCaller());
    await alexa.launch();
    await alexa.intent(IntentNames.Pause);
    const item = await storedItem(alexa.caller.userId);
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await client.send(new PutCommand({ TableName: config.tableName, Item: { ...item, place: { ...item?.place, savedAt: old } } }));
    const offer = await alexa.launch();
    expect(offer.speech).toContain(
      spoken('en-US', 'launch.offerStale', { part: spoken('en-US', 'pmr:block.intro.name'), variant: spoken('en-US', 'pmr:variant.standard') }),
    );
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(segmentSsml('en-US', 'standard', 0));
  });
});

describe('DynamoDB unreachable', () => {
  let blackhole: Server;
  let port: number;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and never answers: the client's own timeouts must end the wait.
    blackhole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    port = (blackhole.address() as AddressInfo).port;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => blackhole.close(() => resolve()));
  });

  test.each([
    ['refusing connections', () => 'http://127.0.0.1:9'],
    ['never answering', () => `http://127.0.0.1:${port}`],
  ])('%s: the exercise still plays and the person is told once the place was not saved', async (_label, endpoint) => {
    const down = createDocumentClient({ ...config, dynamoEndpoint: endpoint() });
    const alexa = new Conversation(skillWith(new DynamoPersistenceAdapter({ client: down, tableName: config.tableName })), newCaller());
    const first = await alexa.launch();
    expect(first.speech).toContain(segmentSsml('en-US', 'standard', 0));
    expect(first.speech).toContain(spoken('en-US', 'storage.notSaved'));
    const second = await alexa.intent(IntentNames.Yes);
    expect(second.speech).toContain(segmentSsml('en-US', 'standard', 1));
    expect(second.speech).not.toContain(spoken('en-US', 'storage.notSaved'));
  });
});
