import { ALL_GROUPS, groupsForRegions, HEEL_PRESS_GROUPS, NO_HEEL_PRESS_REGIONS, type RegionId } from './regions';
import type { Block, Exercise, Step, Variant } from './types';

/**
 * Release-only relaxation: groups that hurt today are not tensed but noticed, breathing,
 * and softened with the out-breath (docs/protocol.md, "Painful areas"). `'all'` is the
 * gentle practice for a bad day, with no tensing anywhere.
 */
export type AttentionScope = readonly RegionId[] | 'all';

/** Sizes of the shared pools of attention lines; groups take them in turn, so no line comes round more than three times in 16 groups. */
const POOL = 6;

/**
 * How a group's silence is shared out: after its own line (short, so a spared part hears it
 * is left at rest before anyone tenses it by habit), after breathing, after softening, and
 * the longest after noticing (docs/protocol.md, "Painful areas").
 */
const GROUP_SILENCE = [0.1, 0.2, 0.3, 0.4] as const;
const INTRO_SILENCE = [0.25, 0.25, 0.5] as const;
const CLOSING_SILENCE = [0.5, 0.3, 0.2] as const;

/**
 * Describing a tension, its cue and its release take about 8 s longer to say than the
 * attention lines; the spared group gets that time as silence, so the practice keeps its length.
 */
const SPOKEN_TENSION_SECONDS = 8;

/** Shortest silence after a line: time for one calm breath out. */
const MIN_PAUSE = 3;

const silenceOf = (steps: readonly Step[]) => steps.reduce((sum, s) => sum + ('pause' in s ? s.pause : 0), 0);

/** Lines, each followed by its share of the block's former silence, so the block lasts about as long as before. */
function paced(keys: readonly string[], silence: number, shares: readonly number[]): Step[] {
  return keys.flatMap((say, i): Step[] => {
    const share = shares[i];
    // A line without a share (the last words of a closing) is followed by no silence.
    return share === undefined ? [{ say }] : [{ say }, { pause: Math.max(MIN_PAUSE, Math.round(silence * share)) }];
  });
}

/**
 * The attention-only form of a group: whatever its usual steps are, they are replaced whole.
 * Among tensed groups, a spared one says plainly that this part is left at rest, so no one
 * tenses it out of habit; in the gentle practice that goes without saying.
 */
function attentionGroup(block: Block, ordinal: number, amongTensed: boolean): Block {
  const k = ordinal % POOL;
  const keys = [
    `pmr:attention.group.${block.id}`,
    `pmr:attention.${amongTensed ? 'spare' : 'breathe'}.${k}`,
    `pmr:attention.soften.${(k + 2) % POOL}`,
    `pmr:attention.notice.${(k + 4) % POOL}`,
  ];
  return { ...block, steps: paced(keys, silenceOf(block.steps) + SPOKEN_TENSION_SECONDS, GROUP_SILENCE) };
}

/** A leg group tensed without pressing the heel down: only its description changes, the cue and timing stay. */
function withoutHeelPress(block: Block): Block {
  const describe = `pmr:group.${block.id}.describe`;
  return { ...block, steps: block.steps.map((s) => ('say' in s && s.say === describe ? { say: `pmr:group.${block.id}.describeNoPress` } : s)) };
}

function gentleIntro(block: Block): Block {
  const keys = ['pmr:attention.gentle.settle', 'pmr:attention.gentle.noTensing', 'pmr:attention.gentle.breathe'];
  return { ...block, steps: paced(keys, silenceOf(block.steps), INTRO_SILENCE) };
}

function gentleClosing(block: Block): Block {
  const keys = [
    'pmr:attention.gentle.rest',
    'pmr:attention.gentle.whole',
    'pmr:attention.gentle.return',
    'pmr:attention.gentle.getUp',
  ];
  return { ...block, steps: paced(keys, silenceOf(block.steps), CLOSING_SILENCE) };
}

/**
 * The variant with the groups in `scope` changed to attention only, and, with the lower back
 * noted, the leg groups tensed without the heel press. Block ids and the cut into segments
 * stay as they are, so a stored place still resolves. A mindfulness practice
 * has nothing to tense and is returned as is.
 */
export function attentionOnly(exercise: Exercise, variant: Variant, scope: AttentionScope): Variant {
  if (exercise.family !== 'pmr') return variant;
  const blocks = variant.segments.flat();
  const everything = scope === 'all';
  const spared = everything ? ALL_GROUPS : groupsForRegions(scope);
  if (spared.size === 0) return variant;
  const noHeelPress = !everything && scope.some((r) => NO_HEEL_PRESS_REGIONS.includes(r));
  const last = blocks[blocks.length - 1];

  let ordinal = 0;
  const adapt = (block: Block): Block => {
    if (ALL_GROUPS.has(block.id)) {
      const index = ordinal++;
      if (spared.has(block.id)) return attentionGroup(block, index, !everything);
      return noHeelPress && HEEL_PRESS_GROUPS.has(block.id) ? withoutHeelPress(block) : block;
    }
    if (!everything) return block;
    return block === last ? gentleClosing(block) : gentleIntro(block);
  };

  return {
    ...variant,
    nameKey: everything ? `pmr:attention.variant.${variant.id}` : variant.nameKey,
    segments: variant.segments.map((segment) => segment.map(adapt)),
  };
}
