import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSegment, variantSeconds } from '../lambda/engine/segments';
import { allExercises } from '../lambda/exercises/catalog';
import { translatorFor } from '../lambda/i18n';

// lambda/i18n.ts keeps each lookup's text, and lambda/engine/segments.ts each rendered block:
// what is kept must be exactly what a fresh lookup or rendering gives.

const english = JSON.parse(readFileSync(join(__dirname, '../lambda/locales/en/common.json'), 'utf8')) as {
  play: { announce: string };
  rating: { stored: string };
};

test('one translator per locale, and the same text for the same lookup each time', () => {
  const t = translatorFor('en-US');
  expect(translatorFor('en-US')).toBe(t);
  expect(t('play.goOn')).toBe(t('play.goOn'));
});

test('a kept lookup with options is told apart by every option value', () => {
  const t = translatorFor('en-GB');
  const five = t('rating.stored', { value: 5 });
  expect(five).toBe(english.rating.stored.replace('{{value}}', '5'));
  expect(t('rating.stored', { value: 10 })).toBe(english.rating.stored.replace('{{value}}', '10'));
  expect(t('rating.stored', { value: 5 })).toBe(five);
  const announce = (variant: string, from: number, to: number) =>
    english.play.announce.replace('{{variant}}', variant).replace('{{from}}', String(from)).replace('{{to}}', String(to));
  expect(t('play.announce', { variant: 'a', from: 1, to: 2 })).toBe(announce('a', 1, 2));
  expect(t('play.announce', { variant: 'a', from: 1, to: 3 })).toBe(announce('a', 1, 3));
});

test('options that are not plain values are passed to i18next as they are, never kept', () => {
  const t = translatorFor('en-CA');
  const spoken = { toString: () => 'seven' };
  expect(t('rating.stored', { value: spoken })).toBe(english.rating.stored.replace('{{value}}', 'seven'));
  const changed = { toString: () => 'eight' };
  expect(t('rating.stored', { value: changed })).toBe(english.rating.stored.replace('{{value}}', 'eight'));
});

test('minutes are said in the singular for one and the plural otherwise, also inside another sentence', () => {
  const en = translatorFor('en-US');
  const de = translatorFor('de-DE');
  expect(en('play.forMinutes', { minutes: 1 })).toBe('You have 1 minute, so here is something that fits.');
  expect(en('progress.sessions', { count: 1, minutes: 1 })).toBe("You've finished 1 session so far, 1 minute in all.");
  expect(en('progress.sessions', { count: 2, minutes: 14 })).toBe("You've finished 2 sessions so far, 14 minutes in all.");
  expect(de('play.forMinutes', { minutes: 1 })).toBe('Sie haben eine Minute. Dafür habe ich etwas Passendes.');
  expect(de('progress.sessions', { count: 1, minutes: 1 })).toBe('Sie haben bisher eine Übung abgeschlossen, insgesamt eine Minute.');
  expect(de('progress.sessions', { count: 3, minutes: 0 })).toBe('Sie haben bisher 3 Übungen abgeschlossen, insgesamt 0 Minuten.');
});

test('rendering a segment again gives the same SSML and time, and the variant is the sum of its segments', () => {
  for (const locale of ['en-US', 'de-DE'] as const) {
    const t = translatorFor(locale);
    for (const exercise of allExercises()) {
      for (const variant of Object.values(exercise.variants)) {
        const first = variant.segments.map((_, i) => renderSegment(variant, i, t, locale));
        expect(variant.segments.map((_, i) => renderSegment(variant, i, t, locale))).toEqual(first);
        expect(variantSeconds(variant, t, locale)).toBe(first.reduce((sum, segment) => sum + segment.seconds, 0));
        // A translator that says something else renders something else, not the kept blocks.
        const other = renderSegment(variant, 0, (key) => `${t(key)} extra`, locale);
        expect(other.ssml).not.toBe(first[0]?.ssml);
      }
    }
  }
});
