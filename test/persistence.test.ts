import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { RequestEnvelope } from 'ask-sdk-model';
import { readConfig, type SkillConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { createAwsLiteTable } from '../lambda/persistence/awsLiteTable';
import { DynamoPersistenceAdapter, TTL_ATTRIBUTE, TTL_SECONDS } from '../lambda/persistence/DynamoPersistenceAdapter';
import { StaleWriteError, type DynamoTable } from '../lambda/persistence/DynamoTable';
import { createSdkV3Table } from '../lambda/persistence/sdkV3Table';
import { Conversation } from '../tools/alexa/Conversation';
import { CountingAdapter } from './support/adapters';
import { envelope } from '../tools/alexa/requests';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, skillWith, talkTo } from './support/skill';
import { hashOf, plantItem, storedItem } from './support/table';

/** Persistence against a real DynamoDB API (dynalite on 127.0.0.1) through both real clients. */
const config = readConfig();
const CLIENTS: [string, (c: SkillConfig) => DynamoTable | Promise<DynamoTable>][] = [
  ['aws-lite', (c) => createAwsLiteTable(c)],
  ['AWS SDK v3', (c) => createSdkV3Table(c)],
];
const requestFor = (userId: string): RequestEnvelope => envelope(newCaller('en-US', userId), { type: 'LaunchRequest' });

describe.each(CLIENTS)('DynamoPersistenceAdapter through %s', (label, createTable) => {
  const adapter = new DynamoPersistenceAdapter({ table: () => createTable(config), createTable: true });
  const user = (name: string) => `amzn1.ask.account.${label.replace(/\W/g, '')}-${name}-${Date.now()}`;

  test('round trip under the SHA-256 of the user id, never the raw id, with a TTL a year ahead', async () => {
    const userId = user('round-trip');
    await adapter.saveAttributes(requestFor(userId), { welcomed: true, place: null, version: 0 });
    expect(await adapter.getAttributes(requestFor(userId))).toMatchObject({ welcomed: true, place: null, version: 1 });
    const item = await storedItem(userId);
    expect(item?.id).toBe(hashOf(userId));
    expect(JSON.stringify(item)).not.toContain(userId);
    const ttl = Number(item?.[TTL_ATTRIBUTE]);
    expect(Math.abs(ttl - (Date.now() / 1000 + TTL_SECONDS))).toBeLessThan(60);
  });

  test('a missing item reads as empty', async () => {
    expect(await adapter.getAttributes(requestFor(user('nobody')))).toEqual({});
  });

  test('a write keeps attributes it does not know (nothing stored is overwritten with less)', async () => {
    const userId = user('keeps');
    await plantItem(userId, { version: 3, futureField: 'kept', welcomed: true });
    await adapter.saveAttributes(requestFor(userId), { welcomed: true, place: null, version: 3 });
    expect(await storedItem(userId)).toMatchObject({ futureField: 'kept', version: 4 });
  });

  test('a write on a stale version is refused', async () => {
    const userId = user('stale');
    await adapter.saveAttributes(requestFor(userId), { welcomed: true, version: 0 });
    await expect(adapter.saveAttributes(requestFor(userId), { welcomed: false, version: 0 })).rejects.toBeInstanceOf(StaleWriteError);
    expect(await storedItem(userId)).toMatchObject({ welcomed: true, version: 1 });
  });

  test('delete removes the item', async () => {
    const userId = user('delete');
    await adapter.saveAttributes(requestFor(userId), { welcomed: true, version: 0 });
    await adapter.deleteAttributes(requestFor(userId));
    expect(await storedItem(userId)).toBeUndefined();
  });
});

describe('the skill with real storage', () => {
  const adapter = new DynamoPersistenceAdapter({ table: () => createAwsLiteTable(config), createTable: true });

  test('reads once per session and writes only when something changed', async () => {
    const counted = new CountingAdapter(adapter);
    const alexa = new Conversation(skillWith(counted), newCaller());
    await alexa.launch(); // read, write (welcomed + place)
    await alexa.intent(IntentNames.Help); // nothing
    await alexa.intent(IntentNames.Yes); // write (next place)
    await alexa.intent(IntentNames.Fallback); // nothing
    await alexa.intent(IntentNames.Pause); // nothing: the place was saved when it started
    expect({ reads: counted.reads, writes: counted.writes }).toEqual({ reads: 1, writes: 2 });
  });

  test('a corrupt item costs only its broken fields, and the turn still answers', async () => {
    const caller = newCaller();
    await plantItem(caller.userId, { schemaVersion: 'x', version: 'seven', welcomed: true, place: { segment: 'banana' }, tipsHeard: 'no' });
    const reply = await talkTo(caller).launch();
    expect(reply.speech).not.toContain(spoken('en-US', 'welcome.firstTime'));
    expect(reply.speech).toContain(segmentSsml('en-US', 'standard', 0));
  });

  test('an old-schema item is read for what it has and keeps what it had', async () => {
    const caller = newCaller();
    await plantItem(caller.userId, { welcomed: true, lastExercise: 'pmr' });
    const reply = await talkTo(caller).launch();
    expect(reply.speech).not.toContain(spoken('en-US', 'welcome.firstTime'));
    expect(await storedItem(caller.userId)).toMatchObject({ lastExercise: 'pmr', welcomed: true, version: 1 });
  });

  test('a place older than 7 days is offered, with a fresh start suggested', async () => {
    const alexa = talkTo(newCaller());
    await alexa.launch();
    await alexa.intent(IntentNames.Pause);
    const item = await storedItem(alexa.caller.userId);
    const old = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await plantItem(alexa.caller.userId, { ...item, place: { ...(item?.place as object), savedAt: old } });
    const offer = await alexa.launch();
    expect(offer.speech).toContain(
      spoken('en-US', 'launch.offerStale', { part: spoken('en-US', 'pmr:block.intro.name'), variant: spoken('en-US', 'pmr:variant.standard') }),
    );
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(segmentSsml('en-US', 'standard', 0));
  });

  test('two devices of one person in one window: no lost update', async () => {
    const caller = newCaller();
    const kitchen = talkTo({ ...caller, deviceId: 'amzn1.ask.device.kitchen' });
    const bedroom = talkTo({ ...caller, deviceId: 'amzn1.ask.device.bedroom' });
    await kitchen.intent(IntentNames.Tip); // kitchen's session has read version 1
    await bedroom.launch(); // bedroom writes: welcomed + place (version 2)
    await kitchen.intent(IntentNames.Yes); // another tip: stale write, merged, retried
    const item = await storedItem(caller.userId);
    expect(item).toMatchObject({ welcomed: true, version: 3 });
    expect(item?.place).toMatchObject({ exercise: 'pmr', segment: 0 });
    expect(Object.values(item?.tipsHeard as Record<string, number[]>).flat()).toHaveLength(2);
  });
});

describe.each(CLIENTS)('DynamoDB failing, through %s', (_label, createTable) => {
  let blackhole: Server;
  let throttling: HttpServer;
  const sockets: Socket[] = [];
  const endpoints: Record<string, string> = { refusing: 'http://127.0.0.1:9' };
  beforeAll(async () => {
    // Accepts connections and never answers: the client's timeouts must end the wait.
    blackhole = createServer((socket) => sockets.push(socket));
    // Answers every call as DynamoDB does when a table is throttled.
    throttling = createHttpServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate exceeded' }));
    });
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => throttling.listen(0, '127.0.0.1', resolve));
    endpoints.silent = `http://127.0.0.1:${(blackhole.address() as AddressInfo).port}`;
    endpoints.throttled = `http://127.0.0.1:${(throttling.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    throttling.closeAllConnections();
    await new Promise<void>((resolve) => blackhole.close(() => resolve()));
    await new Promise<void>((resolve) => throttling.close(() => resolve()));
  });

  test.each(['refusing', 'silent', 'throttled'])(
    '%s: the exercise plays within 3 s and the person is told once the place was not saved',
    async (kind) => {
      const table = () => createTable({ ...config, dynamoEndpoint: endpoints[kind] });
      const alexa = new Conversation(skillWith(new DynamoPersistenceAdapter({ table })), newCaller());
      const started = Date.now();
      const first = await alexa.launch();
      expect(Date.now() - started).toBeLessThan(3000);
      expect(first.speech).toContain(segmentSsml('en-US', 'standard', 0));
      expect(first.speech).toContain(spoken('en-US', 'storage.notSaved'));
      const second = await alexa.intent(IntentNames.Yes);
      expect(second.speech).toContain(segmentSsml('en-US', 'standard', 1));
      expect(second.speech).not.toContain(spoken('en-US', 'storage.notSaved'));
    },
  );
});
