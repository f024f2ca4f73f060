import { renderSegment, scriptVersion, variantSeconds } from '../lambda/engine/segments';
import { attentionOnly, type AttentionScope } from '../lambda/exercises/attentionOnly';
import { allExercises } from '../lambda/exercises/catalog';
import { pmr } from '../lambda/exercises/pmr';
import { ALL_GROUPS, HEEL_PRESS_GROUPS, NO_HEEL_PRESS_REGIONS, PMR_FORMS, REGION_GROUPS, REGION_IDS } from '../lambda/exercises/regions';
import type { Block, Variant } from '../lambda/exercises/types';
import { SUPPORTED_LOCALES, translatorFor, type Translate } from '../lambda/i18n';
import { everyRegionSubset, scopeLabel, SINGLE_SCOPES } from './support/regionScopes';

/** Words that ask for tension, per language; none may be spoken in an attention-only group. */
const TENSION: Readonly<Record<string, RegExp>> = {
  en: /\b(?:tens\w*|fists?|squeez\w*|press(?:ing)?|pull\w*|curl\w*|clench\w*|tighten\w*|hold it|bend\w*|brac\w*|shrug\w*|lift\w*|raise\w*|draw\w*|screw\w*|wrinkl\w*|tuck\w*)\b/i,
  de: /(?:spann|faust|fäuste|drück|zieh|krall|kneif|ball|beug|halten|verzieh|rümpf)/i,
};

const variantOf = (form: string): Variant => {
  const variant = pmr.variants[form];
  if (!variant) throw new Error(form);
  return variant;
};
const blocks = (variant: Variant): Block[] => variant.segments.flat();
const keysOf = (block: Block): string[] => block.steps.flatMap((s) => ('say' in s ? [s.say] : []));
const textOf = (block: Block, t: Translate): string => keysOf(block).map((k) => t(k)).join(' ');

/** The groups a scope spares in one form, straight from the region table. */
function sparedIn(form: (typeof PMR_FORMS)[number], scope: AttentionScope): Set<string> {
  if (scope === 'all') return new Set(blocks(variantOf(form)).filter((b) => ALL_GROUPS.has(b.id)).map((b) => b.id));
  return new Set(scope.flatMap((r) => [...REGION_GROUPS[r][form]]));
}

describe.each(PMR_FORMS)('the %s relaxation, adapted', (form) => {
  const original = variantOf(form);

  test.each(SINGLE_SCOPES.map((s) => [scopeLabel(s), s] as const))('%s: same blocks and segments, so a stored place resolves', (_label, scope) => {
    const adapted = attentionOnly(pmr, original, scope);
    expect(adapted.id).toBe(original.id);
    expect(adapted.minutes).toEqual(original.minutes);
    expect(adapted.segments.map((s) => s.map((b) => [b.id, b.nameKey]))).toEqual(original.segments.map((s) => s.map((b) => [b.id, b.nameKey])));
    expect(scriptVersion(pmr, adapted)).toBe(scriptVersion(pmr, original));
    // The gentle practice has a name of its own; a few spared groups leave the name alone.
    if (scope === 'all') expect(adapted.nameKey).not.toBe(original.nameKey);
    else expect(adapted.nameKey).toBe(original.nameKey);
  });

  test('every set of regions changes exactly the groups the table names, and only their steps', () => {
    for (const scope of [...everyRegionSubset(), 'all' as const]) {
      const spared = sparedIn(form, scope);
      const adapted = attentionOnly(pmr, original, scope);
      blocks(adapted).forEach((block, i) => {
        const before = blocks(original)[i]!;
        const label = `${scopeLabel(scope)} ${block.id}`;
        if (spared.has(block.id)) {
          const keys = keysOf(block);
          expect({ label, keys: keys.filter((k) => !k.startsWith('pmr:attention.')) }).toEqual({ label, keys: [] });
          expect({ label, kept: keysOf(before).filter((k) => keys.includes(k)) }).toEqual({ label, kept: [] });
        } else if (scope !== 'all' && HEEL_PRESS_GROUPS.has(block.id) && scope.some((r) => NO_HEEL_PRESS_REGIONS.includes(r))) {
          // Tensed, but described without the heel press: the one line that differs.
          const expected = keysOf(before).map((k) => (k === `pmr:group.${block.id}.describe` ? `pmr:group.${block.id}.describeNoPress` : k));
          expect({ label, keys: keysOf(block) }).toEqual({ label, keys: expected });
          expect({ label, pauses: block.steps.filter((x) => 'pause' in x) }).toEqual({ label, pauses: before.steps.filter((x) => 'pause' in x) });
        } else if (scope !== 'all') {
          expect({ label, same: block === before }).toEqual({ label, same: true });
        }
      });
    }
  });

  test('the gentle practice says no line of the usual script, not even in its beginning and end', () => {
    const usual = new Set(blocks(original).flatMap(keysOf));
    const gentle = blocks(attentionOnly(pmr, original, 'all')).flatMap(keysOf);
    expect(gentle.filter((k) => usual.has(k) || !k.startsWith('pmr:attention.'))).toEqual([]);
  });

  test('an attention line comes round at most three times in any adapted form', () => {
    for (const scope of [...everyRegionSubset(), 'all' as const]) {
      const counts = new Map<string, number>();
      for (const key of blocks(attentionOnly(pmr, original, scope)).flatMap(keysOf)) {
        if (key.startsWith('pmr:attention.')) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const over = [...counts].filter(([, n]) => n > 3);
      expect({ scope: scopeLabel(scope), over }).toEqual({ scope: scopeLabel(scope), over: [] });
    }
  });
});

describe.each(SUPPORTED_LOCALES)('attention-only content in %s', (locale) => {
  const t = translatorFor(locale);
  const tension = TENSION[locale.slice(0, 2)]!;

  test.each(PMR_FORMS)('%s: no spared group speaks of tensing, though the usual groups do', (form) => {
    const original = variantOf(form);
    for (const block of blocks(original).filter((b) => ALL_GROUPS.has(b.id))) {
      // The check can fail: the usual wording of every group asks for tension.
      expect({ block: block.id, asksForTension: tension.test(textOf(block, t)) }).toEqual({ block: block.id, asksForTension: true });
    }
    for (const scope of SINGLE_SCOPES) {
      const adapted = attentionOnly(pmr, original, scope);
      const spared = sparedIn(form, scope);
      for (const block of blocks(adapted).filter((b) => spared.has(b.id) || scope === 'all')) {
        const text = textOf(block, t);
        expect({ scope: scopeLabel(scope), block: block.id, tension: tension.exec(text)?.[0] }).toEqual({
          scope: scopeLabel(scope),
          block: block.id,
          tension: undefined,
        });
      }
    }
  });

  test.each(PMR_FORMS)('%s: every subset of regions, and the gentle practice, lasts the announced minutes, about as long as usual', (form) => {
    const original = variantOf(form);
    const usual = variantSeconds(original, t, locale);
    // A segment's time is the sum of its blocks' (the engine adds step by step), so each
    // distinct block is timed once and every subset is summed from those.
    const timed = new Map<string, number>();
    const secondsOf = (block: Block) => {
      const key = JSON.stringify(block.steps);
      let seconds = timed.get(key);
      if (seconds === undefined) {
        seconds = renderSegment({ ...original, segments: [[block]] }, 0, t, locale).seconds;
        timed.set(key, seconds);
      }
      return seconds;
    };
    for (const scope of [...everyRegionSubset(), 'all' as const]) {
      const adapted = attentionOnly(pmr, original, scope);
      const segments = adapted.segments.map((s) => s.reduce((sum, b) => sum + secondsOf(b), 0));
      const seconds = segments.reduce((a, b) => a + b, 0);
      if (scope === 'all' || scope.length === 1) expect(seconds).toBeCloseTo(variantSeconds(adapted, t, locale), 6);
      const label = `${scopeLabel(scope)}: ${(seconds / 60).toFixed(1)} min`;
      expect({ label, from: Math.round(seconds / 60) >= adapted.minutes.from }).toEqual({ label, from: true });
      expect({ label, to: Math.round(seconds / 60) <= adapted.minutes.to }).toEqual({ label, to: true });
      expect({ label, nearUsual: Math.abs(seconds - usual) / usual <= 0.1 }).toEqual({ label, nearUsual: true });
      expect({ label, longest: Math.max(...segments) <= 7 * 60 }).toEqual({ label, longest: true });
    }
  });

  test.each(PMR_FORMS)('%s: with the lower back noted, no leg group presses the heel down, though it usually does', (form) => {
    const heelPress = locale.startsWith('de') ? /drück[^.]*Ferse|Ferse[^.]*(?:drück|nach unten)/ : /press[^.]*heel|heel[^.]*(?:press|down)/i;
    const legs = (variant: Variant) => blocks(variant).filter((b) => HEEL_PRESS_GROUPS.has(b.id));
    const original = variantOf(form);
    expect(legs(original).length).toBeGreaterThan(0);
    for (const block of legs(original)) expect({ block: block.id, presses: heelPress.test(textOf(block, t)) }).toEqual({ block: block.id, presses: true });
    for (const block of legs(attentionOnly(pmr, original, ['lowerBack']))) {
      const text = textOf(block, t);
      expect({ block: block.id, presses: heelPress.exec(text)?.[0], tensed: tension.test(text) }).toEqual({ block: block.id, presses: undefined, tensed: true });
    }
  });

  test('every attention sentence resolves', () => {
    for (const form of PMR_FORMS) {
      const gentle = attentionOnly(pmr, variantOf(form), 'all');
      const lowerBack = blocks(attentionOnly(pmr, variantOf(form), ['lowerBack'])).flatMap(keysOf);
      for (const key of [gentle.nameKey, ...blocks(gentle).flatMap(keysOf), ...blocks(attentionOnly(pmr, variantOf(form), REGION_IDS)).flatMap(keysOf), ...lowerBack]) {
        const text = t(key);
        expect({ key, resolved: text !== key && !text.startsWith('attention.') && text.trim() !== '' }).toEqual({ key, resolved: true });
      }
    }
  });
});

test('practices without muscle groups are left as they are', () => {
  for (const exercise of allExercises().filter((e) => e.id !== pmr.id)) {
    for (const variant of Object.values(exercise.variants)) {
      expect(attentionOnly(exercise, variant, 'all')).toBe(variant);
      expect(attentionOnly(exercise, variant, REGION_IDS)).toBe(variant);
    }
  }
  expect(attentionOnly(pmr, variantOf('standard'), [])).toBe(variantOf('standard'));
});
