import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIP_COUNTS } from '../lambda/content/tips';
import { allExercises } from '../lambda/exercises/catalog';
import { NAMESPACES, SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';

const FILES: Record<(typeof NAMESPACES)[number], string> = {
  common: 'common',
  pmr: 'pmr',
  mind: 'mindfulness',
  advice: 'advice',
  reminders: 'reminders',
};

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}
const read = (lng: string, ns: string) => JSON.parse(readFileSync(join('lambda/locales', lng, `${FILES[ns as keyof typeof FILES]}.json`), 'utf8')) as unknown;

describe.each(NAMESPACES)('resource namespace %s', (ns) => {
  test('German has exactly the keys English has', () => {
    expect(leafKeys(read('de', ns)).sort()).toEqual(leafKeys(read('en', ns)).sort());
  });

  test('placeholders match key by key', () => {
    const de = translatorFor('de-DE');
    const en = translatorFor('en-US');
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const raw = { interpolation: { skipOnVariables: true }, skipInterpolation: true };
    for (const key of leafKeys(read('en', ns))) {
      expect({ key, de: placeholders(de(`${ns}:${key}`, raw)) }).toEqual({ key, de: placeholders(en(`${ns}:${key}`, raw)) });
    }
  });
});

test('country files only override keys that exist in their language', () => {
  const english = new Set(leafKeys(read('en', 'common')));
  for (const dir of readdirSync('lambda/locales').filter((d) => d.includes('-'))) {
    for (const key of leafKeys(JSON.parse(readFileSync(join('lambda/locales', dir, 'common.json'), 'utf8')))) {
      expect({ dir, key, known: english.has(key) }).toEqual({ dir, key, known: true });
    }
  }
});

describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
  const t = translatorFor(locale);
  const resolves = (key: string) => {
    const text = t(key);
    // A missing key comes back as itself, without its namespace.
    return text !== key && text !== key.slice(key.indexOf(':') + 1) && text.trim().length > 0;
  };

  test('every sentence a script uses resolves', () => {
    for (const exercise of allExercises()) {
      for (const variant of Object.values(exercise.variants)) {
        const keys = [variant.nameKey, ...variant.segments.flat().flatMap((b) => [b.nameKey, ...b.steps.flatMap((s) => ('say' in s ? [s.say] : []))])];
        for (const key of keys) expect({ key, ok: resolves(key) }).toEqual({ key, ok: true });
      }
    }
  });

  test('every tip has a text and a source', () => {
    for (const [topic, count] of Object.entries(TIP_COUNTS)) {
      for (let i = 0; i < count; i++) {
        for (const part of ['text', 'source']) {
          const key = `advice:tips.${topic}.${i}.${part}`;
          expect({ key, ok: resolves(key) }).toEqual({ key, ok: true });
        }
      }
      expect(t(`advice:tips.${topic}.${count}.text`)).toBe(`tips.${topic}.${count}.text`);
    }
  });
});
