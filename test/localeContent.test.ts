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
  test('German has exactly the keys English has, plus a prepositional `at` beside a block name', () => {
    const german = leafKeys(read('de', ns));
    const english = new Set(leafKeys(read('en', ns)));
    expect(german.filter((k) => !k.endsWith('.at')).sort()).toEqual([...english].sort());
    for (const key of german.filter((k) => k.endsWith('.at'))) expect({ key, besideName: english.has(key.replace(/\.at$/, '.name')) }).toEqual({ key, besideName: true });
  });

  test('placeholders match key by key', () => {
    const de = translatorFor('de-DE');
    const en = translatorFor('en-US');
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    // In the singular a language may say the number as a word ("eine Übung").
    const withoutSingularCount = (key: string, list: string[]) => (key.endsWith('_one') ? list.filter((p) => p !== '{{count}}') : list);
    const raw = { interpolation: { skipOnVariables: true }, skipInterpolation: true };
    for (const key of leafKeys(read('en', ns))) {
      expect({ key, de: withoutSingularCount(key, placeholders(de(`${ns}:${key}`, raw))) }).toEqual({
        key,
        de: withoutSingularCount(key, placeholders(en(`${ns}:${key}`, raw))),
      });
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
 * the emergency tier comes first, with the country's emergency number and "don't drive
 * yourself"; then the see-a-doctor tier with the country's non-urgent line where one exists;
 * the spoken answer ends on the emergency number once more. The card (`whenDoctor.text`)
 * holds both tiers.
 */
describe.each([
  ['en-US', '9 1 1', /urgent care/],
  ['en-CA', '9 1 1', /8 1 1/],
  ['en-GB', '9 9 9', /N H S 1 1 1/],
  ['en-AU', 'triple zero', /healthdirect on 1 8 0 0, 0 2 2, 2 2 2/],
  ['en-IN', '1 1 2', /outpatient department/],
  ['de-DE', '1 1 2', /1 1 6, 1 1 7/],
] as const)('red flags in %s', (locale, number, nonUrgent) => {
  const t = translatorFor(locale);
  const urgent = t('advice:answers.whenDoctor.urgent');
  const doctorSoon = t('advice:answers.whenDoctor.soon');
  const card = t('advice:answers.whenDoctor.text');
  const closing = t('advice:answers.emergency.text', { number: t('emergencyNumber') });

  test(`the emergency tier comes first and names ${number}, and the answer ends on it`, () => {
    expect(t('emergencyNumber')).toBe(number);
    expect(card.startsWith(urgent)).toBe(true);
    expect(card.indexOf(doctorSoon)).toBeGreaterThan(urgent.length - 1);
    expect(urgent.slice(0, 80)).toContain(number);
    expect(urgent).toMatch(/have someone take you|bringen/);
    expect(urgent).toMatch(/Don't drive yourself|Fahren Sie nicht selbst/);
    // Both legs, or a leg getting worse, is an emergency; one leg alone is not.
    expect(urgent).toMatch(/both legs|beiden Beinen/);
    expect(urgent).toMatch(/getting worse|zunimmt/);
    expect(urgent).toMatch(/tingling|Kribbeln/);
    expect(urgent).not.toMatch(/one leg|einem Bein/);
    expect(closing).toContain(number);
    expect(closing.slice(closing.indexOf(number) + number.length)).toMatch(/^[^?]{0,8}$/);
  });

  test('the see-a-doctor tier has the non-urgent line, one numb or weak leg, falls and lumps, and no emergency number', () => {
    expect(doctorSoon).toMatch(nonUrgent);
    expect(doctorSoon).toMatch(/one leg|ein Bein/i);
    expect(doctorSoon).toMatch(/thin bones|Knochenschwund/);
    expect(doctorSoon).toMatch(/lump|Knoten/);
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

/** Keys the skill asks with: each ends on its question, so nothing needs to be appended to it. */
const QUESTION_KEYS = [
  'play.goOn',
  'play.goOnReprompt',
  'launch.offer',
  'launch.offerStale',
  'resume.question',
  'help.reprompt',
  'offer.question',
  'offer.reprompt',
  'tips.offer',
  'tips.offerReprompt',
  'delete.confirm',
  'delete.confirmReprompt',
  'rating.askValue',
  'rating.askConsent',
  'rating.askConsentReprompt',
  'rating.offer',
  'rating.offerReprompt',
  'play.finishedRatingOffer',
  'areas.askWhich',
  'areas.askWhichReprompt',
  'mindfulness.menu',
  'caution.mindfulnessQuestion',
  'replace.question',
  'reminders:set.askTime',
  'reminders:set.askTimeReprompt',
];

test.each(SUPPORTED_LOCALES)('in %s every question key asks one question, at its end', (locale) => {
  const t = translatorFor(locale);
  for (const key of QUESTION_KEYS) {
    const text = t(key, { variant: 'x', part: 'y' }).trim();
    expect({ key, endsOnQuestion: text.endsWith('?'), questions: text.split('?').length - 1 }).toEqual({ key, endsOnQuestion: true, questions: 1 });
  }
});

test.each(['en-US', 'de-DE'] as const)('in %s the mindfulness exercises tell how to stop as the caution does: say stop, open the eyes, move', (locale) => {
  const t = translatorFor(locale);
  for (const key of ['mind:bodyScan.intro.4', 'mind:bodyScan.introLong.6', 'mind:breath.intro.3']) {
    expect({ key, stop: /Alexa, stopp?,/.test(t(key)) }).toEqual({ key, stop: true });
  }
});
