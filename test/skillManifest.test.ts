import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelSources } from '../interactionModels';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { ICON_DIR, ICONS, renderIcon } from '../tools/icons/render';
import { forFirstUpload, forManualUpload, withPolicyUrls, type ManifestEnvelope } from '../tools/deploy/manifest';
import { typeCheckManifests } from './support/manifestTypeCheck';
import { resolverFor } from './support/resolver';

interface LocaleInfo {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}
const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as {
  manifest: { publishingInformation: { locales: Record<string, LocaleInfo> } };
};
const DISCLAIMER = { en: 'not a substitute for professional medical advice', de: 'ersetzt keine ärztliche Beratung' };

describe.each(SUPPORTED_LOCALES)('skill.json for %s', (locale) => {
  const info = manifest.manifest.publishingInformation.locales[locale];

  test('has a name, summary, description with the medical disclaimer, and keywords', () => {
    expect(info?.name).toBeTruthy();
    expect(info?.summary.length).toBeLessThanOrEqual(160);
    expect(info?.description).toContain(DISCLAIMER[locale.startsWith('de') ? 'de' : 'en']);
    expect(info?.keywords.length).toBeGreaterThan(0);
  });

  test('every example phrase is one the model really resolves', () => {
    const resolver = resolverFor(locale);
    const invocation = modelSources[locale].invocationName;
    for (const phrase of info?.examplePhrases ?? []) {
      expect(phrase).toMatch(/^Alexa, /);
      expect(phrase.toLowerCase()).toContain(invocation);
      const resolution = resolver.resolve(phrase);
      // A one-shot phrase must reach a real intent, not the fallback.
      expect({ phrase, fallback: resolution.kind === 'intent' && resolution.name === 'AMAZON.FallbackIntent' }).toEqual({ phrase, fallback: false });
    }
  });
});

describe("skill.json against Amazon's manifest types (ask-smapi-model)", () => {
  const skill: unknown = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
  const withPolicies = withPolicyUrls(skill as ManifestEnvelope, {}, {
    PRIVACY_POLICY_URL_EN: 'https://example.org/privacy',
    PRIVACY_POLICY_URL_DE: 'https://example.org/datenschutz',
    TERMS_OF_USE_URL_EN: 'https://example.org/terms',
    TERMS_OF_USE_URL_DE: 'https://example.org/nutzungsbedingungen',
  });
  const lambdaArn = 'arn:aws:lambda:us-east-1:123456789012:function:muscle-relaxation';
  const errors = typeCheckManifests([
    { name: 'as committed, for ask deploy', kind: 'CliEnvelope', envelope: skill },
    { name: 'with policy URLs, for ask deploy', kind: 'CliEnvelope', envelope: withPolicies },
    { name: 'first ask deploy, before the stack exists', kind: 'FirstUploadEnvelope', envelope: forFirstUpload(withPolicies) },
    { name: 'committed, as a first upload', kind: 'FirstUploadEnvelope', envelope: skill },
    { name: 'manual upload', kind: 'UploadEnvelope', envelope: forManualUpload(withPolicies, lambdaArn) },
    { name: 'committed, uploaded by hand', kind: 'UploadEnvelope', envelope: skill },
    { name: 'misspelled key', kind: 'CliEnvelope', envelope: { manifest: { ...(skill as { manifest: object }).manifest, permission: [] } } },
  ]);

  test.each([
    'as committed, for ask deploy',
    'with policy URLs, for ask deploy',
    'first ask deploy, before the stack exists',
    'manual upload',
  ])('type-checks: %s', (name) => {
    expect(errors[name]).toEqual([]);
  });

  test('the check fails an events block without its endpoint, a manual upload without endpoints, a misspelled key', () => {
    expect(errors['committed, as a first upload']?.join('\n')).toMatch(/'+endpoint'+ is missing/);
    expect(errors['committed, uploaded by hand']?.join('\n')).toMatch(/'+endpoint'+ is missing/);
    expect(errors['misspelled key']?.join('\n')).toMatch(/'"?permission"?' does not exist/);
  });
});

describe('icons', () => {
  /** Width and height from the IHDR chunk, which a PNG must start with. */
  function pngSize(bytes: Buffer): { width: number; height: number } {
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  const locales = Object.entries(manifest.manifest.publishingInformation.locales) as [string, LocaleInfo & Record<string, string>][];

  test.each(Object.values(ICONS))('$file is a PNG of exactly $size x $size, rendered from the current SVG', ({ file, size }) => {
    const committed = readFileSync(join(ICON_DIR, file));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    // Out of date when the SVG changed and `npm run icons` was not run.
    expect(renderIcon(size).equals(committed)).toBe(true);
  });

  test('every locale references both icons from the skill package', () => {
    expect(locales).toHaveLength(SUPPORTED_LOCALES.length);
    for (const [, info] of locales) {
      expect(info.smallIconUri).toBe(`file://assets/images/${ICONS.small.file}`);
      expect(info.largeIconUri).toBe(`file://assets/images/${ICONS.large.file}`);
    }
  });
});
