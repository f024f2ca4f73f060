import { attentionOnly } from '../exercises/attentionOnly';
import { familiarOpening } from '../exercises/familiarOpening';
import { findExercise, findVariant } from '../exercises/catalog';
import type { RegionId } from '../exercises/regions';
import type { Block, Exercise, Variant } from '../exercises/types';
import { relocateBlock, scriptVersion } from '../engine/segments';
import { STALE_PLACE_DAYS } from '../constants';
import type { Place } from './record';

/**
 * A place resolved against today's scripts: a segment, and the block within it to start from.
 * `variant` is the one to play: with today's painful areas noticed instead of tensed, or, for
 * the gentle practice, every group (exercises/attentionOnly.ts); for someone who has heard the
 * opening before, the short one (exercises/familiarOpening.ts).
 */
export interface Position {
  readonly exercise: Exercise;
  readonly variant: Variant;
  readonly segment: number;
  readonly block: number;
  readonly gentle: boolean;
  /** Played with the short opening; kept with the place, so a resumed exercise times its blocks as they were sent. */
  readonly familiar?: boolean;
  /** Its exercise already counts as finished: the last segment was sent before (Place `counted`). */
  readonly counted?: boolean;
}

/**
 * The variant as it is played today: attention only for the gentle practice, or for the
 * painful areas; the short opening for someone who knows it (the gentle practice has its own).
 */
export function playedVariant(exercise: Exercise, variantId: string | undefined, gentle: boolean, painfulAreas: readonly RegionId[], familiar = false): Variant {
  const variant = attentionOnly(exercise, findVariant(exercise, variantId), gentle ? 'all' : painfulAreas);
  return familiar && !gentle ? familiarOpening(exercise, variant) : variant;
}

/** Where a stored place is today; the painful areas are the record's now, so a change applies from the next segment played. */
export function positionOf(place: Place, painfulAreas: readonly RegionId[]): Position | undefined {
  const exercise = findExercise(place.exercise);
  if (!exercise) return undefined;
  const gentle = place.gentle === true && exercise.family === 'pmr';
  const familiar = place.familiar === true && !gentle && exercise.family === 'pmr';
  const variant = playedVariant(exercise, place.variant, gentle, painfulAreas, familiar);
  if (variant.id !== place.variant) return undefined;
  const blocks = variant.segments[place.segment];
  // Attention-only variants keep the block ids, so the script version is the same as the plain one's.
  if (place.scriptVersion === scriptVersion(exercise, variant) && blocks && place.block < blocks.length) {
    return { exercise, variant, segment: place.segment, block: place.block, gentle, ...(familiar ? { familiar } : {}), ...counted(place) };
  }
  return { exercise, variant, ...relocateBlock(variant, place.blockId, place.segment), gentle, ...(familiar ? { familiar } : {}), ...counted(place) };
}

function counted(place: Place): { counted?: true } {
  return place.counted === true ? { counted: true } : {};
}

/** The block a position starts from. */
export function blockAt(position: Position): Block {
  const block = position.variant.segments[position.segment]?.[position.block];
  if (!block) throw new RangeError(`block ${position.block} of segment ${position.segment} of ${position.variant.id} is missing`);
  return block;
}

export function placeOf(position: Position, now: Date, sent?: Place['sent']): Place {
  return {
    exercise: position.exercise.id,
    variant: position.variant.id,
    segment: position.segment,
    block: position.block,
    blockId: blockAt(position).id,
    scriptVersion: scriptVersion(position.exercise, position.variant),
    savedAt: now.toISOString(),
    ...(position.gentle ? { gentle: true } : {}),
    ...(position.familiar ? { familiar: true } : {}),
    ...(position.counted ? { counted: true } : {}),
    ...(sent ? { sent } : {}),
  };
}

export function isLastSegment(position: Position): boolean {
  return position.segment >= position.variant.segments.length - 1;
}

/** The start of a segment (its first block). */
export function withSegment(position: Position, segment: number): Position {
  return { ...position, segment: Math.min(Math.max(segment, 0), position.variant.segments.length - 1), block: 0 };
}

export function isStale(place: Place, now: Date): boolean {
  return now.getTime() - Date.parse(place.savedAt) > STALE_PLACE_DAYS * 24 * 3600 * 1000;
}
