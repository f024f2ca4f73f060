import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SkillRequestSignatureVerifier, type Verifier } from 'ask-sdk-express-adapter';
import { readConfig } from '../lambda/config';
import { createHttpTable } from '../lambda/persistence/httpTable';
import { alexaCertificateUrl } from '../lambda/server/certificateUrl';
import { applyTimeouts, SERVER_TIMEOUTS } from '../lambda/server/timeouts';
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
  const skill = createSkill({ config, persistence: new DynamoPersistenceAdapter({ table: () => createHttpTable(config) }) });
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

  test('a refusal says only that, never why (the reason goes to the log)', async () => {
    const app = createApp(skill, { verifySignature: false, verifiers: [testSignature] });
    const response = await post(app, envelope(newCaller(), { type: 'LaunchRequest' }), { 'x-test-signature': 'forged' });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Bad request');
  });

  test('errors answer with a short body: no stack, no file paths, no library names', async () => {
    const app = createApp(skill, { verifySignature: false, verifiers: [testSignature] });
    const { url, server } = await listen(app);
    servers.push(server);
    const answers = await Promise.all([
      fetch(url, { method: 'POST', headers: { 'x-test-signature': 'valid', 'content-type': 'application/json' }, body: '{not json' }),
      fetch(url, { method: 'POST', headers: { 'x-test-signature': 'valid' }, body: 'x'.repeat(300 * 1024) }),
      fetch(url, { method: 'POST', headers: { 'x-test-signature': 'valid', 'content-type': 'application/json' }, body: 'null' }),
      fetch(url, { method: 'POST', headers: { 'x-test-signature': 'valid', 'content-type': 'text/plain; charset=koi8-x' }, body: '{}' }),
      fetch(`${url}nowhere`),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      const text = await answer.text();
      expect(text.length).toBeLessThan(40);
      expect(text).not.toMatch(/at |\/|node_modules|Error|<html|AskSdk|SyntaxError/i);
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  test('runs in production mode and with header and request timeouts', async () => {
    expect(createApp(skill).get('env')).toBe('production');
    const { server } = await listen(createApp(skill));
    servers.push(server);
    applyTimeouts(server);
    expect({ headers: server.headersTimeout, request: server.requestTimeout, keepAlive: server.keepAliveTimeout }).toEqual({
      headers: SERVER_TIMEOUTS.headersTimeout,
      request: SERVER_TIMEOUTS.requestTimeout,
      keepAlive: SERVER_TIMEOUTS.keepAliveTimeout,
    });
    expect(SERVER_TIMEOUTS.requestTimeout).toBeLessThan(60_000);
  });
});

describe('the certificate URL is checked strictly before any download', () => {
  const GOOD = [
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem',
  ];
  const BAD = [
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://notamazon.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem',
    'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../x/cert.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/x/cert.pem',
    'https://s3.amazonaws.com/echo.api/%2E%2E/x/cert.pem',
    'https://s3.amazonaws.com/echo.api/..%2fx/cert.pem'.replace('%2f', '%2E%2e/'),
    'https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com\\@evil.example/echo.api/cert.pem',
    'not a url',
    '',
  ];

  test.each(GOOD)('accepted: %s', (url) => {
    expect(alexaCertificateUrl(url)).toMatch(/^https:\/\/s3\.amazonaws\.com\/echo\.api\/echo-api-cert\.pem$/);
  });

  test.each(BAD)('refused: %s', (url) => {
    expect(alexaCertificateUrl(url)).toBeUndefined();
  });

  describe('through the app with the real verifiers', () => {
    const config = { ...readConfig(), skillId: SKILL_APP_ID };
    const skill = createSkill({ config, persistence: new DynamoPersistenceAdapter({ table: () => createHttpTable(config) }) });
    let url = '';
    let server: Server;
    const download = jest.spyOn(
      SkillRequestSignatureVerifier.prototype as unknown as { _getCertChainByUrl: (url: string) => Promise<string> },
      '_getCertChainByUrl',
    );
    beforeAll(async () => ({ url, server } = await listen(createApp(skill))));
    beforeEach(() => download.mockReset().mockRejectedValue(new Error('no network in tests')));
    afterAll(() => {
      download.mockRestore();
      return new Promise((resolve) => server.close(resolve));
    });
    const send = (certUrl: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', signaturecertchainurl: certUrl, 'signature-256': 'c2lnbmF0dXJl' },
        body: JSON.stringify(envelope(newCaller(), { type: 'LaunchRequest' })),
      });

    test.each(BAD.filter(Boolean))('refused at once, nothing downloaded: %s', async (certUrl) => {
      const response = await send(certUrl);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe('Bad request');
      expect(download).not.toHaveBeenCalled();
    });

    test('a good URL goes on to the download, normalised', async () => {
      const response = await send('https://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert.pem');
      expect(response.status).toBe(400); // the stand-in download fails
      expect(download).toHaveBeenCalledWith('https://s3.amazonaws.com/echo.api/echo-api-cert.pem');
    });
  });
});
