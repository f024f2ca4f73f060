import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSegment, variantSeconds } from '../lambda/engine/segments';
import { allExercises } from '../lambda/exercises/catalog';
import { translatorFor } from '../lambda/i18n';

// lambda/i18n.ts keeps each lookup's text, and lambda/engine/segments.ts each rendered block:
// what is kept must be exactly what a fresh lookup or rendering gives.

const english = JSON.parse(readFileSync(join(__dirname, '../lambda/locales/en/common.json'), 'utf8')) as {
  play: { forMinutes: string; announce: string };
};

test('one translator per locale, and the same text for the same lookup each time', () => {
  const t = translatorFor('en-US');
  expect(translatorFor('en-US')).toBe(t);
  expect(t('play.goOn')).toBe(t('play.goOn'));
});

test('a kept lookup with options is told apart by every option value', () => {
  const t = translatorFor('en-GB');
  const five = t('play.forMinutes', { minutes: 5 });
  expect(five).toBe(english.play.forMinutes.replace('{{minutes}}', '5'));
  expect(t('play.forMinutes', { minutes: 10 })).toBe(english.play.forMinutes.replace('{{minutes}}', '10'));
  expect(t('play.forMinutes', { minutes: 5 })).toBe(five);
  const announce = (variant: string, from: number, to: number) =>
    english.play.announce.replace('{{variant}}', variant).replace('{{from}}', String(from)).replace('{{to}}', String(to));
  expect(t('play.announce', { variant: 'a', from: 1, to: 2 })).toBe(announce('a', 1, 2));
  expect(t('play.announce', { variant: 'a', from: 1, to: 3 })).toBe(announce('a', 1, 3));
});

test('options that are not plain values are passed to i18next as they are, never kept', () => {
  const t = translatorFor('en-CA');
  const spoken = { toString: () => 'seven' };
  expect(t('play.forMinutes', { minutes: spoken })).toBe(english.play.forMinutes.replace('{{minutes}}', 'seven'));
  const changed = { toString: () => 'eight' };
  expect(t('play.forMinutes', { minutes: changed })).toBe(english.play.forMinutes.replace('{{minutes}}', 'eight'));
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
