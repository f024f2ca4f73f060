import { sign } from 'aws4';
import { readConfig } from '../lambda/config';
import { DYNAMO_HTTP_LIMITS } from '../lambda/persistence/dynamoHttp';
import { createHttpTable } from '../lambda/persistence/httpTable';
import { startFakeDynamo, type FakeDynamo } from './support/fakeDynamo';

/** What the HTTP client sends to AWS: DynamoDB's JSON protocol, signed with the function's keys. */
const AWS_ENV = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'session-token', AWS_REGION: 'eu-west-1' };
let fake: FakeDynamo;
beforeAll(async () => (fake = await startFakeDynamo('serverError')));
afterAll(() => fake.close());

test('GetItem is signed with SigV4 for dynamodb in the region, with the session token', async () => {
  const table = createHttpTable({ ...readConfig({}), dynamoEndpoint: fake.endpoint }, AWS_ENV);
  await expect(table.getItem('abc')).rejects.toMatchObject({ name: 'InternalServerError' });
  const received = fake.last();
  const headers = received?.headers ?? {};
  expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
  expect(headers['content-type']).toBe('application/x-amz-json-1.0');
  expect(headers['x-amz-security-token']).toBe('session-token');
  expect(JSON.parse(received?.body ?? '')).toEqual({ TableName: 'muscle-relaxation', Key: { id: { S: 'abc' } }, ConsistentRead: true });
  expect(headers.authorization).toMatch(
    /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
  );
  // The same request signed again at the same instant gives the same signature.
  const again = sign(
    {
      host: String(headers.host),
      path: '/',
      method: 'POST',
      service: 'dynamodb',
      region: 'eu-west-1',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.GetItem', 'x-amz-date': String(headers['x-amz-date']) },
      body: received?.body,
    },
    { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session-token' },
  );
  expect(again.headers?.Authorization).toBe(headers.authorization);
});

test('a server error is tried once more, within the deadline', async () => {
  const table = createHttpTable({ ...readConfig({}), dynamoEndpoint: fake.endpoint }, AWS_ENV);
  const before = fake.requests();
  await expect(table.deleteItem('abc')).rejects.toMatchObject({ name: 'InternalServerError', retryable: true });
  expect(fake.requests() - before).toBe(DYNAMO_HTTP_LIMITS.attempts);
  expect(DYNAMO_HTTP_LIMITS.attemptMs * DYNAMO_HTTP_LIMITS.attempts).toBeLessThanOrEqual(DYNAMO_HTTP_LIMITS.deadlineMs);
  expect(DYNAMO_HTTP_LIMITS.deadlineMs).toBeLessThan(1000);
});

test('without keys in the environment (and not local) the table refuses to start, naming why', () => {
  expect(() => createHttpTable(readConfig({}), {})).toThrow(expect.objectContaining({ name: 'CredentialsMissing' }) as Error);
});
