import { scriptVersion, variantSeconds } from '../lambda/engine/segments';
import { allExercises } from '../lambda/exercises/catalog';
import { familiarOpening } from '../lambda/exercises/familiarOpening';
import { pmr } from '../lambda/exercises/pmr';
import type { Block, Variant } from '../lambda/exercises/types';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';
import { placeOf, playedVariant, positionOf } from '../lambda/state/place';

const keysOf = (block: Block): string[] => block.steps.flatMap((s) => ('say' in s ? [s.say] : []));
const allKeys = (variant: Variant): string[] => variant.segments.flat().flatMap(keysOf);
const pmrVariants = Object.values(pmr.variants);

describe.each(pmrVariants.map((v) => [v.id, v] as const))('the %s relaxation for someone who knows it', (_id, plain) => {
  const familiar = familiarOpening(pmr, plain);

  test('keeps its blocks and segments, so a stored place resolves either way', () => {
    expect(familiar.segments.map((s) => s.map((b) => b.id))).toEqual(plain.segments.map((s) => s.map((b) => b.id)));
    expect(scriptVersion(pmr, familiar)).toBe(scriptVersion(pmr, plain));
  });

  test('says the tensing rule in one line instead of the full explanation and the word about going on', () => {
    expect(allKeys(plain)).toEqual(expect.arrayContaining(['pmr:intro.gently', 'pmr:intro.askGoOn']));
    expect(allKeys(familiar)).not.toContain('pmr:intro.gently');
    expect(allKeys(familiar)).not.toContain('pmr:intro.askGoOn');
    expect(allKeys(familiar).filter((k) => k === 'pmr:intro.gentlyAgain')).toHaveLength(1);
    // Only the opening changes.
    const changed = familiar.segments.flat().filter((block, i) => block !== plain.segments.flat()[i]).map((b) => b.id);
    expect(changed).toEqual([plain.segments[0]![0]!.id]);
  });

  test.each(SUPPORTED_LOCALES)('in %s is shorter, and still lasts the announced minutes', (locale) => {
    const t = translatorFor(locale);
    const seconds = variantSeconds(familiar, t, locale);
    expect(seconds).toBeLessThan(variantSeconds(plain, t, locale));
    expect(Math.round(seconds / 60)).toBeGreaterThanOrEqual(plain.minutes.from);
    expect(Math.round(seconds / 60)).toBeLessThanOrEqual(plain.minutes.to);
    // The one line keeps the safety rule: half strength, never into pain, leave out what hurts.
    expect(t('pmr:intro.gentlyAgain')).toMatch(locale === 'de-DE' ? /halber Kraft.*Schmerz.*wehtut/ : /half your strength.*never into pain.*hurts/);
  });
});

test('mindfulness exercises are returned as they are', () => {
  for (const exercise of allExercises().filter((e) => e.family === 'mindfulness')) {
    for (const variant of Object.values(exercise.variants)) expect(familiarOpening(exercise, variant)).toBe(variant);
  }
});

test('the gentle practice keeps its own opening', () => {
  expect(allKeys(playedVariant(pmr, 'short', true, [], true))).toEqual(allKeys(playedVariant(pmr, 'short', true, [], false)));
});

test('a place remembers the short opening, so a resumed exercise is timed as it was sent', () => {
  const now = new Date('2026-03-02T07:30:00.000Z');
  for (const familiar of [true, false]) {
    const variant = playedVariant(pmr, 'standard', false, [], familiar);
    const place = placeOf({ exercise: pmr, variant, segment: 0, block: 1, gentle: false, familiar }, now);
    expect(place.familiar === true).toBe(familiar);
    const position = positionOf(place, []);
    expect(position?.familiar === true).toBe(familiar);
    expect(allKeys(position!.variant).includes('pmr:intro.gentlyAgain')).toBe(familiar);
    expect(position?.block).toBe(1);
  }
});
