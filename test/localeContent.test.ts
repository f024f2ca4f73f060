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
  const namespaceOf = Object.fromEntries(Object.entries(FILES).map(([ns, file]) => [`${file}.json`, ns]));
  for (const dir of readdirSync('lambda/locales').filter((d) => d.includes('-'))) {
    for (const file of readdirSync(join('lambda/locales', dir))) {
      const ns = namespaceOf[file];
      expect({ dir, file, known: ns !== undefined }).toEqual({ dir, file, known: true });
      const english = new Set(leafKeys(read('en', ns ?? '')));
      for (const key of leafKeys(JSON.parse(readFileSync(join('lambda/locales', dir, file), 'utf8')))) {
        expect({ dir, file, key, known: english.has(key) }).toEqual({ dir, file, key, known: true });
      }
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

/**
 * The red-flag answer per market (docs/protocol.md, "Red flags"): two tiers, never merged;
 * the emergency tier names the country's emergency number and comes last; the see-a-doctor
 * tier names the country's non-urgent line where one exists.
 */
describe.each([
  ['en-US', '9 1 1', /urgent care/],
  ['en-CA', '9 1 1', /8 1 1/],
  ['en-GB', '9 9 9', /N H S 1 1 1/],
  ['en-AU', 'triple zero', /healthdirect on 1 8 0 0, 0 2 2, 2 2 2/],
  ['en-IN', '1 1 2', /urgent care/],
  ['de-DE', '1 1 2', /1 1 6 1 1 7/],
] as const)('red flags in %s', (locale, number, nonUrgent) => {
  const t = translatorFor(locale);
  const doctorSoon = t('advice:answers.whenDoctor.text');
  const emergency = t('advice:answers.emergency.text', { number: t('emergencyNumber') });

  test(`the emergency tier ends on calling ${number}`, () => {
    expect(t('emergencyNumber')).toBe(number);
    expect(emergency).toContain(number);
    expect(emergency.slice(emergency.indexOf(number))).not.toMatch(/\?/);
    // Both legs, or a leg getting worse, is an emergency; one leg alone is not.
    expect(emergency).toMatch(/both legs|beiden Beinen/);
    expect(emergency).toMatch(/getting worse|zunimmt/);
    expect(emergency).not.toMatch(/one leg|einem Bein/);
  });

  test('the see-a-doctor tier has the non-urgent line and one numb or weak leg, and no emergency number', () => {
    expect(doctorSoon).toMatch(nonUrgent);
    expect(doctorSoon).toMatch(/one leg|ein Bein/);
    expect(doctorSoon).not.toContain(number);
    expect(doctorSoon).not.toMatch(/both legs|beiden Beinen/);
  });

  test('no tip carries a warning that a further tip would follow', () => {
    for (const [topic, count] of Object.entries(TIP_COUNTS)) {
      for (let i = 0; i < count; i++) expect(t(`advice:tips.${topic}.${i}.text`)).not.toContain(number);
    }
  });
});

describe.each([
  ['en-US', 'Alexa, stop.'],
  ['de-DE', 'Alexa, stopp.'],
] as const)('the mindfulness caution in %s', (locale, stop) => {
  const caution = translatorFor(locale)('welcome.mindfulnessCaution');

  test('names who it is not for, what to do, and how to stop, and leaves the question to the flow', () => {
    expect(caution).toMatch(/addiction problems|Suchterkrankung/);
    expect(caution).toMatch(/acute depression|akuten Depression/);
    expect(caution).toMatch(/psychosis|Psychose/);
    expect(caution).toMatch(/doctor or therapist|ärztlichen oder psychotherapeutischen Rat/);
    expect(caution).toMatch(/muscle relaxation|Muskelentspannung/);
    expect(caution.endsWith(stop)).toBe(true);
    expect(caution).not.toContain('?');
  });
});

test.each(['en-GB', 'en-AU', 'en-IN', 'en-CA', 'de-DE'] as const)('%s hears its own way to learn and its own guideline', (locale) => {
  const t = translatorFor(locale);
  const us = translatorFor('en-US');
  for (const key of ['advice:answers.howToLearn.text', 'advice:answers.doesItWork.text']) expect(t(key)).not.toBe(us(key));
  expect(t('advice:answers.doesItWork.text')).toMatch(/20\d\d/);
  if (locale !== 'de-DE') expect(t('advice:answers.howToLearn.text')).not.toMatch(/Volkshochschule|statutory/);
});
