import type { RequestEnvelope } from 'ask-sdk-model';
import { readConfig } from '../lambda/config';
import type * as IndexModule from '../lambda/index';
import type * as MetricsModule from '../lambda/metrics';
import type * as AdapterModule from '../lambda/persistence/DynamoPersistenceAdapter';
import type * as HttpTableModule from '../lambda/persistence/httpTable';
import { envelope, intent } from '../tools/alexa/requests';
import { newCaller } from './support/skill';

/**
 * The operator's metrics as CloudWatch receives them: Embedded Metric Format lines on
 * stdout, one per invocation that counted something. Metrics are off in the other suites;
 * this one loads the modules with them on.
 */
interface Emf {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] };
  [metric: string]: unknown;
}

let index: typeof IndexModule;
let metrics: typeof MetricsModule;
let adapters: typeof AdapterModule;
let httpTable: typeof HttpTableModule;
const lines: string[] = [];

beforeAll(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  // One fresh module registry, so the metrics instance is built with metrics on and shared.
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the environment turns metrics on */
    index = require('../lambda/index') as typeof IndexModule;
    metrics = require('../lambda/metrics') as typeof MetricsModule;
    adapters = require('../lambda/persistence/DynamoPersistenceAdapter') as typeof AdapterModule;
    httpTable = require('../lambda/persistence/httpTable') as typeof HttpTableModule;
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
});
afterAll(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

let write: jest.SpyInstance;
beforeEach(() => {
  lines.length = 0;
  write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).trim().split('\n'));
    return true;
  });
});
afterEach(() => write.mockRestore());

function emfLines(): Emf[] {
  return lines.map((line) => JSON.parse(line) as Emf).filter((entry) => entry._aws?.CloudWatchMetrics !== undefined);
}

test('a new session is counted, in one EMF line for the invocation, under the namespace and service', async () => {
  await index.handler(envelope(newCaller(), { type: 'LaunchRequest' }, { sessionId: 'amzn1.echo-api.session.m1', isNew: true, attributes: {} }));
  const [emf, ...more] = emfLines();
  expect(more).toHaveLength(0);
  expect(emf?.[metrics.MetricNames.SessionStarted]).toBe(1);
  expect(emf?.service).toBe(metrics.METRICS_SERVICE);
  const directive = emf?._aws.CloudWatchMetrics[0];
  expect(directive?.Namespace).toBe(metrics.METRICS_NAMESPACE);
  expect(directive?.Dimensions).toEqual([['service']]);
  expect(directive?.Metrics).toContainEqual({ Name: metrics.MetricNames.SessionStarted, Unit: 'Count' });
});

test('a turn inside a session counts nothing and writes no metrics line', async () => {
  await index.handler(
    envelope(newCaller(), { type: 'SessionEndedRequest', reason: 'USER_INITIATED' }, { sessionId: 'amzn1.echo-api.session.m2', isNew: false, attributes: {} }),
  );
  expect(emfLines()).toEqual([]);
});

test('failed storage calls are counted per operation, then flushed', async () => {
  const config = { ...readConfig(), dynamoEndpoint: 'http://127.0.0.1:9' };
  const adapter = new adapters.DynamoPersistenceAdapter({ table: () => httpTable.createHttpTable(config) });
  const request = envelope(newCaller(), { type: 'LaunchRequest' }) as RequestEnvelope;
  await expect(adapter.getAttributes(request)).rejects.toThrow();
  await expect(adapter.saveAttributes(request, { welcomed: true })).rejects.toThrow();
  await expect(adapter.deleteAttributes(request)).rejects.toThrow();
  metrics.flushMetrics();
  const [emf] = emfLines();
  const names = metrics.MetricNames.StorageFailure;
  expect({ read: emf?.[names.read], write: emf?.[names.write], delete: emf?.[names.delete] }).toEqual({ read: 1, write: 1, delete: 1 });
});

test('the exercise metrics are emitted under their names', () => {
  metrics.countSegmentPlayed();
  metrics.countSegmentPlayed();
  metrics.countExerciseFinished();
  metrics.flushMetrics();
  const [emf] = emfLines();
  expect(emf?.[metrics.MetricNames.SegmentPlayed]).toEqual([1, 1]);
  expect(emf?.[metrics.MetricNames.ExerciseFinished]).toBe(1);
});

test('a segment played is counted, and the last segment of an exercise counts it as finished, through the handler', async () => {
  const caller = newCaller();
  const session = { sessionId: 'amzn1.echo-api.session.m9', isNew: true, attributes: {} };
  await index.handler(envelope(caller, { type: 'LaunchRequest' }, session));
  expect(emfLines().at(-1)?.[metrics.MetricNames.SegmentPlayed]).toBe(1);
  expect(emfLines().at(-1)?.[metrics.MetricNames.ExerciseFinished]).toBeUndefined();
  // The breathing space is one segment: played after the caution's yes, it is also the last
  // (for another person, who has no place that it would replace).
  const other = newCaller();
  const next = (attributes: Record<string, unknown> | undefined) => ({ ...session, isNew: false, attributes: attributes ?? {} });
  const breathingSpace = intent('StartMindfulnessIntent', { exercise: { value: 'breathing space', id: 'breathingSpace' } });
  const cautioned = await index.handler(envelope(other, { type: 'IntentRequest', intent: breathingSpace }, session));
  lines.length = 0;
  await index.handler(envelope(other, { type: 'IntentRequest', intent: intent('AMAZON.YesIntent') }, next(cautioned.sessionAttributes)));
  const [emf] = emfLines();
  expect(emf?.[metrics.MetricNames.SegmentPlayed]).toBe(1);
  expect(emf?.[metrics.MetricNames.ExerciseFinished]).toBe(1);
});
