import { readFileSync } from 'node:fs';
import { modelSources } from '../interactionModels';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { buildModel } from '../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../tools/models/resolve';

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
    const resolver = new UtteranceResolver(buildModel(locale) as GeneratedModel, modelSources[locale]);
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
