import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Verifier } from 'ask-sdk-express-adapter';
import { readConfig } from '../lambda/config';
import { createAwsLiteTable } from '../lambda/persistence/awsLiteTable';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { createApp } from '../lambda/server/createApp';
import { createSkill } from '../lambda/skill';
import { envelope } from '../tools/alexa/requests';
import { segmentSsml } from './support/expectations';
import { newCaller, SKILL_APP_ID } from './support/skill';

/** Stands in for Alexa's certificate check, which needs Amazon's private key to pass. */
const testSignature: Verifier = {
  verify: (_body, headers) =>
    headers?.['x-test-signature'] === 'valid' ? Promise.resolve() : Promise.reject(new Error('bad signature')),
};

function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; server: Server }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    );
  });
}

describe('npm run serve: the skill behind ask-sdk-express-adapter', () => {
  const config = { ...readConfig(), skillId: SKILL_APP_ID };
  const skill = createSkill({ config, persistence: new DynamoPersistenceAdapter({ table: () => createAwsLiteTable(config) }) });
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  async function post(app: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) {
    const { url, server } = await listen(app);
    servers.push(server);
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  }

  test('with the real verifiers, an unsigned request is refused', async () => {
    const response = await post(createApp(skill), envelope(newCaller(), { type: 'LaunchRequest' }));
    expect(response.status).toBe(400);
  });

  test('a signed, fresh request for this skill is served', async () => {
    const app = createApp(skill, { verifySignature: false, verifiers: [testSignature] });
    const response = await post(app, envelope(newCaller(), { type: 'LaunchRequest' }), { 'x-test-signature': 'valid' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(body.response.outputSpeech.ssml).toContain(segmentSsml('en-US', 'standard', 0));
  });

  test('a bad signature, a stale timestamp and another skill ID are all refused', async () => {
    const app = createApp(skill, { verifySignature: false, verifiers: [testSignature] });
    const launch = envelope(newCaller(), { type: 'LaunchRequest' });
    expect((await post(app, launch, { 'x-test-signature': 'forged' })).status).toBe(400);
    const stale = { ...launch, request: { ...launch.request, timestamp: new Date(Date.now() - 10 * 60 * 1000).toISOString() } };
    expect((await post(app, stale, { 'x-test-signature': 'valid' })).status).toBe(400);
    const stranger = envelope({ ...newCaller(), applicationId: 'amzn1.ask.skill.someone-else' }, { type: 'LaunchRequest' });
    const refused = await post(app, stranger, { 'x-test-signature': 'valid' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
  });
});
