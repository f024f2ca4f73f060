import type { Block, Exercise, Step, Variant } from './types';

/**
 * Progressive muscle relaxation after Bernstein & Borkovec (1973), in the 16-, 7- and
 * 4-group forms (docs/protocol.md). Each group: attend, tense gently for about 6 s,
 * release while breathing out, then 30-40 s of attending to the relaxation.
 * The trunk groups are worded as gentle tension or attention only, for people with back pain.
 */

const RELEASE_LINES = 4;
const RELAX_LINES = 6;

interface Timing {
  readonly tenseSeconds: number;
  /** Silences after the release line and after each relaxation line. */
  readonly relaxPauses: readonly number[];
}

function groupBlock(id: string, index: number, timing: Timing): Block {
  const steps: Step[] = [
    { say: `pmr:group.${id}.focus` },
    { pause: 2 },
    { say: `pmr:group.${id}.tense` },
    { pause: timing.tenseSeconds },
    { say: `pmr:release.${index % RELEASE_LINES}` },
  ];
  timing.relaxPauses.forEach((seconds, i) => {
    if (i > 0) steps.push({ say: `pmr:relax.${(index * 2 + i) % RELAX_LINES}` });
    steps.push({ pause: seconds });
  });
  return { id, nameKey: `pmr:group.${id}.name`, steps };
}

const introShort: Block = {
  id: 'introShort',
  nameKey: 'pmr:block.intro.name',
  steps: [{ say: 'pmr:intro.settle' }, { pause: 3 }, { say: 'pmr:intro.breathe' }, { pause: 6 }],
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
    { say: 'pmr:intro.arrive' },
    { pause: 10 },
  ],
};

function closing(restPauses: readonly number[]): Block {
  const steps: Step[] = [{ say: 'pmr:closing.rest' }];
  restPauses.forEach((seconds) => steps.push({ pause: seconds }));
  steps.push({ say: 'pmr:closing.whole' }, { pause: 10 }, { say: 'pmr:closing.return' }, { pause: 5 });
  steps.push({ say: 'pmr:closing.getUp' });
  return { id: 'closing', nameKey: 'pmr:block.closing.name', steps };
}

function groups(ids: readonly string[], timing: Timing): Block[] {
  return ids.map((id, index) => groupBlock(id, index, timing));
}

const shortTiming: Timing = { tenseSeconds: 6, relaxPauses: [8, 10, 6] };
const fullTiming: Timing = { tenseSeconds: 6, relaxPauses: [8, 10, 10, 8] };

const [arms, faceNeck, trunk, legs] = groups(['arms', 'faceNeck', 'trunk', 'legs'], shortTiming) as [
  Block,
  Block,
  Block,
  Block,
];
const short: Variant = {
  id: 'short',
  nameKey: 'pmr:variant.short',
  minutes: { from: 5, to: 6 },
  segments: [
    [introShort, arms, faceNeck],
    [trunk, legs, closing([10])],
  ],
};

const seven = groups(['domArm', 'nonDomArm', 'face', 'neck', 'trunk7', 'domLeg', 'nonDomLeg'], fullTiming);
const standard: Variant = {
  id: 'standard',
  nameKey: 'pmr:variant.standard',
  minutes: { from: 10, to: 12 },
  segments: [seven.slice(0, 3), seven.slice(3, 5), [...seven.slice(5), closing([10, 10])]].map((s, i) =>
    i === 0 ? [intro, ...s] : s,
  ),
};

const sixteen = groups(
  [
    'domHand',
    'domBiceps',
    'nonDomHand',
    'nonDomBiceps',
    'forehead',
    'eyesNose',
    'jaw',
    'neck',
    'chestShoulders',
    'abdomen',
    'domThigh',
    'domCalf',
    'domFoot',
    'nonDomThigh',
    'nonDomCalf',
    'nonDomFoot',
  ],
  fullTiming,
);
const long: Variant = {
  id: 'long',
  nameKey: 'pmr:variant.long',
  minutes: { from: 20, to: 25 },
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
