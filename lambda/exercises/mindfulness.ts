import type { Block, Exercise, Step, Variant } from './types';

/**
 * Mindfulness practices after MBSR (Kabat-Zinn) and MBCT (Segal, Williams & Teasdale), for
 * people with chronic low back pain (docs/protocol.md, "Mindfulness"). Beginners get short, fully guided
 * scripts: every silence is at most 30 s, most 5-15 s. The back is met with attention only,
 * never with a demand to change it.
 */

/**
 * A block of guided lines, each followed by its silence in seconds (0: none). Line n of
 * block `id` is the sentence `mind:<exercise>.<id>.<n>`, counting from 1.
 */
function guided(exercise: string, id: string, pauses: readonly number[]): Block {
  const steps: Step[] = [];
  pauses.forEach((seconds, i) => {
    steps.push({ say: `mind:${exercise}.${id}.${i + 1}` });
    if (seconds > 0) steps.push({ pause: seconds });
  });
  return { id, nameKey: `mind:block.${exercise}.${id}.name`, steps };
}

function variant(exercise: string, id: string, minutes: Variant['minutes'], segments: Block[][]): Variant {
  return { id, nameKey: `mind:variant.${exercise}.${id}`, minutes, segments };
}

// Body scan: feet to head. The short scan moves through larger regions; the long one goes
// slower, with finer regions and longer silences. Blocks that read the same in both are shared.
const scan = (id: string, pauses: readonly number[]) => guided('bodyScan', id, pauses);

const scanLowerBack = scan('lowerBack', [8, 12, 12, 8]);
const scanBelly = scan('belly', [12, 12]);
const scanChest = scan('chest', [8, 12, 10]);
const scanArms = scan('arms', [10, 10, 10]);
const scanShoulders = scan('shoulders', [12, 12]);
const scanFace = scan('face', [10, 10, 10]);
const scanClosing = scan('closing', [6, 4, 0]);

const bodyScanShort = variant('bodyScan', 'short', { from: 9, to: 11 }, [
  [scan('intro', [3, 5, 4, 5, 10, 12]), scan('feetLegs', [10, 12, 10, 12, 10])],
  [scanLowerBack, scanBelly, scanChest, scanArms],
  [scanShoulders, scanFace, scan('wholeBody', [15, 15, 20]), scanClosing],
]);

const bodyScanLong = variant('bodyScan', 'long', { from: 20, to: 25 }, [
  [scan('introLong', [4, 6, 5, 5, 5, 5, 15, 15, 15]), scan('settle', [15, 15, 15, 15])],
  [scan('leftFoot', [12, 15, 12, 10, 15]), scan('leftLeg', [12, 12, 12, 15]), scan('rightFoot', [12, 15, 15, 12])],
  [scan('rightLeg', [12, 15, 15]), scan('pelvis', [15, 15, 20]), scanLowerBack, scan('middleBack', [15, 15, 12])],
  [scanBelly, scanChest, scanArms, scanShoulders, scanFace],
  [scan('wholeBodyLong', [15, 20, 20, 20, 20, 25]), scanClosing],
]);

/** Body scan (MBSR), lying or sitting supported. */
export const bodyScan: Exercise = {
  id: 'bodyScan',
  family: 'mindfulness',
  defaultVariant: 'short',
  variants: { short: bodyScanShort, long: bodyScanLong },
};

// Awareness of breath (MBSR sitting meditation). The long form adds settling into the body,
// a longer stretch with the breath, and the breath in the whole body.
const sit = (id: string, pauses: readonly number[]) => guided('breath', id, pauses);

const sitIntro = sit('intro', [4, 4, 5, 10]);
const sitAnchor = sit('anchor', [8, 10, 12, 15, 15]);
const sitWandering = sit('wandering', [10, 15, 15, 15]);
const sitClosing = sit('closing', [8, 4, 0]);

/** Awareness of breath: the sitting meditation of MBSR. */
export const breath: Exercise = {
  id: 'breath',
  family: 'mindfulness',
  defaultVariant: 'short',
  variants: {
    short: variant('breath', 'short', { from: 4, to: 6 }, [[sitIntro, sitAnchor, sitWandering, sitClosing]]),
    long: variant('breath', 'long', { from: 9, to: 11 }, [
      [sitIntro, sit('arrive', [10, 12, 12, 12]), sitAnchor],
      [sit('sustain', [15, 15, 20, 20]), sitWandering],
      [sit('wholeBody', [15, 20, 15, 20, 20]), sitClosing],
    ]),
  },
};

// The MBCT breathing space: three steps of about a minute each.
const space = (id: string, pauses: readonly number[]) => guided('breathingSpace', id, pauses);

/** The 3-minute breathing space (MBCT): aware, gather, expand. */
export const breathingSpace: Exercise = {
  id: 'breathingSpace',
  family: 'mindfulness',
  defaultVariant: 'standard',
  variants: {
    standard: variant('breathingSpace', 'standard', { from: 3, to: 4 }, [
      [
        space('intro', [2, 4]),
        space('aware', [6, 8, 8, 10]),
        space('gather', [4, 8, 10, 10]),
        space('expand', [4, 8, 10, 10]),
        space('closing', [0]),
      ],
    ]),
  },
};

// Everyday (informal) practices: one short explanation, then the person practises alone.
function everyday(exercise: string, intro: readonly number[], practice: readonly number[]): Exercise {
  return {
    id: exercise,
    family: 'mindfulness',
    defaultVariant: 'standard',
    variants: {
      standard: variant(exercise, 'standard', { from: 1, to: 2 }, [
        [guided(exercise, 'intro', intro), guided(exercise, 'practice', practice)],
      ]),
    },
  };
}

/** One bite eaten slowly, with all the senses. */
export const mindfulEating = everyday('mindfulEating', [2, 3], [3, 5, 5, 5, 4, 3, 0]);

/** A walk with attention to each step and to the air on your face. */
export const mindfulWalking = everyday('mindfulWalking', [2, 3], [3, 5, 5, 4, 3, 0]);

/** A pause and a step back before reacting to what someone says or does. */
export const steppingBack = everyday('steppingBack', [2, 3], [4, 5, 4, 3, 0]);

export const mindfulnessExercises = [bodyScan, breath, breathingSpace, mindfulEating, mindfulWalking, steppingBack] as const;
