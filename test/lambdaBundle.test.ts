import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { escapeSsml } from '../lambda/engine/ssml';
import { translatorFor } from '../lambda/i18n';
import { buildLambda } from '../tools/lambdaBundle';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');

/** The zip as Lambda unpacks it: the folder alone, with no node_modules anywhere above it. */
let task: string;
let files: string[];

beforeAll(async () => {
  const { files: written } = await buildLambda(ROOT);
  files = [...written.keys()];
  task = mkdtempSync(join(tmpdir(), 'lambda-task-'));
  cpSync(join(ROOT, 'dist/lambda'), task, { recursive: true });
}, 60000);

afterAll(() => rmSync(task, { recursive: true, force: true }));

describe('the Lambda folder (dist/lambda, zipped as is)', () => {
  test('answers a first LaunchRequest from a copy outside the project: every file it needs is in the folder', async () => {
    const script = `
      const { handler } = require('./index.js');
      const user = { userId: 'amzn1.ask.account.bundle-test-' + process.pid };
      const application = { applicationId: 'amzn1.ask.skill.bundle-test' };
      handler({
        version: '1.0',
        session: { new: true, sessionId: 'amzn1.echo-api.session.bundle-test', application, user, attributes: {} },
        context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 't' } },
        request: { type: 'LaunchRequest', requestId: 'r', timestamp: new Date().toISOString(), locale: 'de-DE' },
      }).then((r) => process.stdout.write(JSON.stringify(r)));`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: task, env: { ...process.env, NODE_PATH: '' } });
    const response = JSON.parse(stdout) as { response: { outputSpeech?: { ssml?: string }; shouldEndSession?: boolean } };
    // The German welcome: the sentences came from the folder's own JSON files, not from the code.
    const t = translatorFor('de-DE');
    expect(response.response.outputSpeech?.ssml).toContain(escapeSsml(t('welcome.firstTime')));
    // The storage client (its own files in the folder) loaded and wrote: no apology for a failed save.
    expect(response.response.outputSpeech?.ssml).not.toContain(escapeSsml(t('storage.notSaved')));
    expect(response.response.shouldEndSession).toBe(false);
  }, 30000);

  test('ships no source map and links none: Node would read it at every cold start with --enable-source-maps', () => {
    const all = readdirSync(task, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(join(task, file), 'utf8')).not.toContain('sourceMappingURL');
    }
  });
});
