import { speakingSeconds } from '../lambda/engine/duration';
import { NARRATION_RATE } from '../lambda/engine/ssml';
import { allExercises } from '../lambda/exercises/catalog';
import { attentionOnly } from '../lambda/exercises/attentionOnly';
import { pmr } from '../lambda/exercises/pmr';
import type { Block, Step } from '../lambda/exercises/types';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';

/**
 * What the scripts say, checked against docs/protocol.md: the pacing of a tension, how often
 * a sentence comes round, and that any block can start a segment on its own.
 */

const isSay = (step: Step): step is { readonly say: string } => 'say' in step;
const sayIndex = (block: Block, prefix: string) => block.steps.findIndex((s) => isSay(s) && s.say.startsWith(prefix));

/** Seconds from the end of step `from` to the start of step `to`: silences plus words at the narration rate. */
function secondsBetween(block: Block, from: number, to: number, say: (key: string) => string, locale: string): number {
  return block.steps.slice(from + 1, to).reduce((sum, s) => sum + (isSay(s) ? speakingSeconds(say(s.say), locale, NARRATION_RATE) : s.pause), 0);
}

/** Sentences as a listener hears them: split at full stops, compared without case or punctuation. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

const pmrGroups = (variantBlocks: readonly Block[]) => variantBlocks.filter((b) => sayIndex(b, 'pmr:cue.') >= 0);

describe.each(SUPPORTED_LOCALES)('scripts in %s', (locale) => {
  const t = translatorFor(locale);

  test('every tension is described first, starts on a short cue, and is held 5-7 s from the cue to the release', () => {
    const holds: number[] = [];
    for (const variant of Object.values(pmr.variants)) {
      const groups = pmrGroups(variant.segments.flat());
      expect(groups.length).toBeGreaterThanOrEqual(4);
      for (const group of groups) {
        const cue = sayIndex(group, 'pmr:cue.');
        const release = sayIndex(group, 'pmr:release.');
        const describe = sayIndex(group, `pmr:group.${group.id}.describe`);
        expect({ group: group.id, describeFirst: describe === 0, cueBeforeRelease: cue < release }).toEqual({
          group: group.id,
          describeFirst: true,
          cueBeforeRelease: true,
        });
        const cueStep = group.steps[cue];
        const cueWords = cueStep && isSay(cueStep) ? t(cueStep.say).split(/\s+/).length : Infinity;
        expect({ group: group.id, cueWords: cueWords <= 4 }).toEqual({ group: group.id, cueWords: true });
        const hold = secondsBetween(group, cue, release, t, locale);
        holds.push(hold);
        expect({ variant: variant.id, group: group.id, hold }).toEqual({ variant: variant.id, group: group.id, hold: expect.any(Number) });
        expect(hold).toBeGreaterThanOrEqual(5);
        expect(hold).toBeLessThanOrEqual(7);
      }
    }
    expect(holds.length).toBe(4 + 7 + 16);
  });

  test.each(allExercises().flatMap((e) => Object.values(e.variants).map((v) => [`${e.id} ${v.id}`, v] as const)))(
    '%s says no sentence more than three times',
    (_name, variant) => {
      const counts = new Map<string, number>();
      for (const step of variant.segments.flat().flatMap((b) => b.steps)) {
        if (!isSay(step)) continue;
        for (const sentence of sentences(t(step.say))) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
      }
      const tooOften = [...counts].filter(([, n]) => n > 3);
      expect(tooOften).toEqual([]);
    },
  );

  test('each muscle group has its own noticing line, and no relaxation line uses the autogenic "heavy and warm"', () => {
    for (const variant of Object.values(pmr.variants)) {
      const notices = pmrGroups(variant.segments.flat()).map((g) => t(`pmr:group.${g.id}.notice`));
      expect(new Set(notices).size).toBe(notices.length);
      for (const step of variant.segments.flat().flatMap((b) => b.steps)) {
        if (isSay(step)) expect({ key: step.say, autogenic: /(heav|schwer)[^.]*(warm|wärm)/i.test(t(step.say)) }).toEqual({ key: step.say, autogenic: false });
      }
    }
  });

  test('every block opens with a line that stands on its own, so a segment can start at any block', () => {
    const leaning = /\b(this side|same side|these toes|this heel|this arm|this hand|this thigh|derselben Seite|dieser Seite|diese Ferse|diese Zehen|diesen Arm)\b/i;
    for (const exercise of allExercises()) {
      for (const variant of Object.values(exercise.variants)) {
        for (const block of variant.segments.flat()) {
          const first = block.steps.find(isSay);
          const text = first ? t(first.say) : '';
          expect({ block: block.id, leaning: leaning.test(text) }).toEqual({ block: block.id, leaning: false });
          // A group on one side names its side in its first words.
          if (/^(dom|nonDom)/.test(block.id)) {
            expect({ block: block.id, side: /\b(right|left|rechte[rsn]?|linke[rsn]?)\b/i.test(text) }).toEqual({ block: block.id, side: true });
          }
        }
      }
    }
  });

  test('the trunk steps and the short relaxation say half strength and never into pain', () => {
    const half = /half your strength|halber Kraft/i;
    const pain = /never into pain|nie bis in den Schmerz/i;
    const shortWords = pmr.variants.short!.segments.flat().flatMap((b) => b.steps.filter(isSay).map((s) => t(s.say))).join(' ');
    expect(half.test(shortWords) && pain.test(shortWords)).toBe(true);
    for (const id of ['trunk', 'trunk7', 'chestShoulders']) expect({ id, half: half.test(t(`pmr:group.${id}.describe`)) }).toEqual({ id, half: true });
    for (const id of ['trunk', 'trunk7', 'chestShoulders', 'abdomen']) {
      expect({ id, optOut: /hurts|wehtut|weh tut/i.test(t(`pmr:group.${id}.describe`)) }).toEqual({ id, optOut: true });
    }
  });
});

describe.each(SUPPORTED_LOCALES)('a block that names itself, in %s', (locale) => {
  const t = translatorFor(locale);
  test('opens with its part, tensed or attention only, so a resume does not name it first', () => {
    for (const exercise of allExercises()) {
      for (const plain of Object.values(exercise.variants)) {
        for (const variant of [plain, attentionOnly(exercise, plain, 'all')]) {
          for (const block of variant.segments.flat().filter((b) => b.namesItself)) {
            const first = block.steps.find(isSay);
            const opening = first ? (sentences(t(first.say))[0] ?? '') : '';
            // The name's last word is its noun ("your right arm", "Kiefer und Wangen").
            const noun = sentences(t(block.nameKey))[0]?.split(' ').at(-1) ?? '';
            expect({ block: block.id, variant: variant.id, opening, names: noun !== '' && opening.includes(noun) }).toEqual({ block: block.id, variant: variant.id, opening, names: true });
          }
        }
      }
    }
  });
});
