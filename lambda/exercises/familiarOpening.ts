import type { Block, Exercise, Step, Variant } from './types';

/** The openings of the relaxation (exercises/pmr.ts) that explain the tensing in full. */
const OPENINGS = new Set(['intro', 'introShort']);

/**
 * Silence in place of the explanation that is left out, so the exercise still lasts as
 * announced (docs/protocol.md, "Coming back").
 */
const QUIET_SECONDS = 6;

const says = (step: Step | undefined, key: string): boolean => step !== undefined && 'say' in step && step.say === key;

function shortened(block: Block): Block {
  const steps: Step[] = [];
  block.steps.forEach((step, i) => {
    // "Now and then I'll ask whether to go on" goes, with the silence after it.
    if (says(step, 'pmr:intro.askGoOn') || ('pause' in step && says(block.steps[i - 1], 'pmr:intro.askGoOn'))) return;
    if (says(step, 'pmr:intro.gently')) steps.push({ say: 'pmr:intro.gentlyAgain' });
    else if ('pause' in step && says(block.steps[i - 1], 'pmr:intro.gently')) steps.push({ pause: step.pause + QUIET_SECONDS });
    else steps.push(step);
  });
  return { ...block, steps };
}

/**
 * The relaxation for someone who has heard its opening before: the tensing rule said again
 * in one line (half strength, never into pain, leave out what hurts), without the full
 * explanation and the word about "Shall I go on?". Block ids and segments stay the same, so
 * a stored place resolves either way. Mindfulness is returned as is.
 */
export function familiarOpening(exercise: Exercise, variant: Variant): Variant {
  if (exercise.family !== 'pmr') return variant;
  return { ...variant, segments: variant.segments.map((segment) => segment.map((block) => (OPENINGS.has(block.id) ? shortened(block) : block))) };
}
