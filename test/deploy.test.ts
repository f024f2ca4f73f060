import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { refusal } from '../tools/deploy';
import { certificationProblems, forFirstUpload, forManualUpload, withPolicyUrls, type ManifestEnvelope } from '../tools/deploy/manifest';
import { policyUrl, readPolicyConfig } from '../tools/deploy/policies';

const committed = (): ManifestEnvelope => JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as ManifestEnvelope;
const POLICY_ENV = {
  PRIVACY_POLICY_URL_EN: 'https://example.org/en/privacy',
  PRIVACY_POLICY_URL_DE: 'https://example.org/de/datenschutz',
  TERMS_OF_USE_URL_EN: 'https://example.org/en/terms',
  TERMS_OF_USE_URL_DE: 'https://example.org/de/nutzungsbedingungen',
};
const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:muscle-relaxation';

describe('policy URLs from configuration', () => {
  test('the environment beats the file, a locale beats its language', () => {
    const file = { privacyPolicyUrl: { en: 'https://file.example/en', 'en-GB': 'https://file.example/gb' } };
    expect(policyUrl('privacyPolicyUrl', 'en-US', file, {})).toBe('https://file.example/en');
    expect(policyUrl('privacyPolicyUrl', 'en-GB', file, {})).toBe('https://file.example/gb');
    expect(policyUrl('privacyPolicyUrl', 'en-GB', file, { PRIVACY_POLICY_URL_EN: 'https://env.example/en' })).toBe('https://env.example/en');
    expect(policyUrl('privacyPolicyUrl', 'en-IN', file, { PRIVACY_POLICY_URL_EN_IN: 'https://env.example/in' })).toBe('https://env.example/in');
    expect(policyUrl('termsOfUseUrl', 'de-DE', file, { TERMS_OF_USE_URL_DE: ' ' })).toBeUndefined();
  });

  test('are written into every locale of skill.json, English and German each their own', () => {
    const locales = withPolicyUrls(committed(), {}, POLICY_ENV).manifest?.privacyAndCompliance?.locales ?? {};
    for (const locale of SUPPORTED_LOCALES) {
      const lang = locale.startsWith('de') ? 'de' : 'en';
      expect(locales[locale]).toEqual({
        privacyPolicyUrl: lang === 'de' ? POLICY_ENV.PRIVACY_POLICY_URL_DE : POLICY_ENV.PRIVACY_POLICY_URL_EN,
        termsOfUseUrl: lang === 'de' ? POLICY_ENV.TERMS_OF_USE_URL_DE : POLICY_ENV.TERMS_OF_USE_URL_EN,
      });
    }
  });

  test('the committed configuration has a slot for each language and kind', () => {
    expect(readPolicyConfig()).toEqual({ privacyPolicyUrl: { en: expect.any(String), de: expect.any(String) }, termsOfUseUrl: { en: expect.any(String), de: expect.any(String) } });
  });
});

describe('certification check', () => {
  test('the package with published URLs and its icons is ready', () => {
    expect(certificationProblems(withPolicyUrls(committed(), {}, POLICY_ENV))).toEqual([]);
  });

  test('names every locale that lacks a URL, and refuses plain http', () => {
    const problems = certificationProblems(withPolicyUrls(committed(), {}, { ...POLICY_ENV, PRIVACY_POLICY_URL_DE: '', TERMS_OF_USE_URL_EN: 'http://example.org/terms' }));
    expect(problems).toEqual([
      'en-US: termsOfUseUrl not https: http://example.org/terms',
      'en-GB: termsOfUseUrl not https: http://example.org/terms',
      'en-CA: termsOfUseUrl not https: http://example.org/terms',
      'en-AU: termsOfUseUrl not https: http://example.org/terms',
      'en-IN: termsOfUseUrl not https: http://example.org/terms',
      'de-DE: privacyPolicyUrl missing',
    ]);
  });

  test('notices a missing icon file', () => {
    const envelope = withPolicyUrls(committed(), {}, POLICY_ENV);
    const info = envelope.manifest?.publishingInformation?.locales?.['en-GB'];
    if (info) info.largeIconUri = 'file://assets/images/missing.png';
    expect(certificationProblems(envelope)).toEqual(['en-GB: largeIconUri file://assets/images/missing.png does not exist']);
  });
});

describe('the events endpoint', () => {
  test('first ask deploy: the events block waits for the stack (the CLI writes it back with the endpoint)', () => {
    const first = forFirstUpload(committed());
    expect(first.manifest?.events).toBeUndefined();
    expect(committed().manifest?.events?.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
  });

  test('manual upload: the skill and its events point at the Lambda function', () => {
    const manual = forManualUpload(committed(), LAMBDA_ARN);
    expect(manual.manifest?.apis?.custom?.endpoint).toEqual({ uri: LAMBDA_ARN });
    expect(manual.manifest?.events).toEqual({ subscriptions: [{ eventName: 'SKILL_DISABLED' }], endpoint: { uri: LAMBDA_ARN } });
    expect(() => forManualUpload(committed(), 'https://example.org')).toThrow(/not a Lambda function ARN/);
  });
});

describe('npm run deploy', () => {
  const deploy = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'tools/deploy.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  test('refuses without the policy URLs, says which are missing and where to put them, and leaves skill.json alone', () => {
    const before = readFileSync('skill-package/skill.json', 'utf8');
    const run = deploy([], Object.fromEntries(Object.keys(POLICY_ENV).map((name) => [name, ''])));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(refusal(certificationProblems(committed())));
    expect(run.stderr).toContain('en-US: privacyPolicyUrl missing');
    expect(run.stderr).toContain('PRIVACY_POLICY_URL_EN');
    expect(readFileSync('skill-package/skill.json', 'utf8')).toBe(before);
  });

  test('--manual writes an upload-ready package with the URLs and endpoints, and leaves skill.json alone', () => {
    const before = readFileSync('skill-package/skill.json', 'utf8');
    rmSync('dist/skill-package', { recursive: true, force: true });
    const run = deploy(['--manual', LAMBDA_ARN], POLICY_ENV);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync('dist/skill-package/skill.json', 'utf8')) as ManifestEnvelope;
    expect(written).toEqual(forManualUpload(withPolicyUrls(committed(), {}, POLICY_ENV), LAMBDA_ARN));
    expect(existsSync('dist/skill-package/assets/images/icon-512.png')).toBe(true);
    expect(readFileSync('skill-package/skill.json', 'utf8')).toBe(before);
  });
});
