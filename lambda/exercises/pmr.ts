import { FORM_GROUPS } from './pmrForms';
import type { Block, Exercise, Step, Variant } from './types';

/**
 * Progressive muscle relaxation after Bernstein & Borkovec (1973), in the 16-, 7- and
 * 4-group forms (docs/protocol.md, "Progressive muscle relaxation"). Each group: the
 * movement is described first, the tension starts on a short cue and is held 5-7 s from
 * the cue, released on a cue while breathing out, then 30-40 s of noticing the contrast
 * (docs/protocol.md, "Pacing a tension"). The trunk groups are worded as gentle tension or
 * attention only, for people with back pain.
 */

/** Sizes of the shared pools; each group takes one of each in turn, so no line comes round more than about three times. */
const CUE_LINES = 6;
const RELEASE_LINES = 6;
const RELAX_LINES = 8;

/** Silence after the description, so the listener is ready before the cue. */
const READY_SECONDS = 2;
/** Silence after the cue: the hold, counted from the cue (5-7 s, docs/protocol.md). */
export const HOLD_SECONDS = 6;

/** Silences after the release line, after the group's own noticing line and after a shared relaxation line. */
type RelaxPauses = readonly [afterRelease: number, afterNotice: number, afterRelax: number];

/**
 * One muscle group. Its first line (`describe`) names the body part and side, so a segment
 * may start at any group and still make sense.
 */
function groupBlock(id: string, index: number, pauses: RelaxPauses): Block {
  const steps: Step[] = [
    { say: `pmr:group.${id}.describe` },
    { pause: READY_SECONDS },
    { say: `pmr:cue.${index % CUE_LINES}` },
    { pause: HOLD_SECONDS },
    { say: `pmr:release.${index % RELEASE_LINES}` },
    { pause: pauses[0] },
    { say: `pmr:group.${id}.notice` },
    { pause: pauses[1] },
    { say: `pmr:relax.${index % RELAX_LINES}` },
    { pause: pauses[2] },
  ];
  // Every group's description, and its attention-only line, opens with the part (checked by test/scriptContent.test.ts).
  return { id, nameKey: `pmr:group.${id}.name`, namesItself: true, steps };
}

/** For people who come back: settle, breathe, and the half-strength rule again (docs/protocol.md). */
const introShort: Block = {
  id: 'introShort',
  nameKey: 'pmr:block.intro.name',
  steps: [
    { say: 'pmr:intro.settle' },
    { pause: 3 },
    { say: 'pmr:intro.breathe' },
    { pause: 5 },
    { say: 'pmr:intro.gently' },
    { pause: 2 },
    { say: 'pmr:intro.askGoOn' },
    { pause: 3 },
  ],
};

const intro: Block = {
  id: 'intro',
  nameKey: 'pmr:block.intro.name',
  steps: [
    { say: 'pmr:intro.settle' },
    { pause: 4 },
    { say: 'pmr:intro.breathe' },
    { pause: 8 },
    { say: 'pmr:intro.gently' },
    { pause: 4 },
    { say: 'pmr:intro.askGoOn' },
    { pause: 2 },
    { say: 'pmr:intro.arrive' },
    { pause: 10 },
  ],
};

/** The final rest, then stretching and getting up slowly; the engine's goodbye follows. */
function closing(restPauses: readonly number[]): Block {
  const steps: Step[] = [{ say: 'pmr:closing.rest' }];
  restPauses.forEach((seconds) => steps.push({ pause: seconds }));
  steps.push({ say: 'pmr:closing.whole' }, { pause: 10 }, { say: 'pmr:closing.return' }, { pause: 5 });
  steps.push({ say: 'pmr:closing.getUp' });
  return { id: 'closing', nameKey: 'pmr:block.closing.name', steps };
}

function groups(ids: readonly string[], pauses: RelaxPauses): Block[] {
  return ids.map((id, index) => groupBlock(id, index, pauses));
}

const shortPauses: RelaxPauses = [5, 8, 6];
/** About 35 s from the end of the release line to the next group (20-40 s, docs/protocol.md). */
const fullPauses: RelaxPauses = [6, 10, 10];

const [arms, faceNeck, trunk, legs] = groups(FORM_GROUPS.short, shortPauses) as [Block, Block, Block, Block];
const short: Variant = {
  id: 'short',
  nameKey: 'pmr:variant.short',
  minutes: { from: 6, to: 7 },
  segments: [
    [introShort, arms, faceNeck],
    [trunk, legs, closing([10])],
  ],
};

const seven = groups(FORM_GROUPS.standard, fullPauses);
const standard: Variant = {
  id: 'standard',
  nameKey: 'pmr:variant.standard',
  minutes: { from: 10, to: 12 },
  segments: [seven.slice(0, 3), seven.slice(3, 5), [...seven.slice(5), closing([10, 10])]].map((s, i) =>
    i === 0 ? [intro, ...s] : s,
  ),
};

const sixteen = groups(
  FORM_GROUPS.long,
  fullPauses,
);
const long: Variant = {
  id: 'long',
  nameKey: 'pmr:variant.long',
  minutes: { from: 18, to: 22 },
  segments: [
    [intro, ...sixteen.slice(0, 3)],
    sixteen.slice(3, 6),
    sixteen.slice(6, 9),
    sixteen.slice(9, 12),
    [...sixteen.slice(12), closing([10, 10, 10])],
  ],
};

export const pmr: Exercise = {
  id: 'pmr',
  family: 'pmr',
  defaultVariant: 'standard',
  variants: { short, standard, long },
};
