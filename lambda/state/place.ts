import { findExercise, findVariant } from '../exercises/catalog';
import type { Block, Exercise, Variant } from '../exercises/types';
import { relocateBlock, scriptVersion } from '../engine/segments';
import { STALE_PLACE_DAYS } from '../constants';
import type { Place } from './record';

/** A place resolved against today's scripts: a segment, and the block within it to start from. */
export interface Position {
  readonly exercise: Exercise;
  readonly variant: Variant;
  readonly segment: number;
  readonly block: number;
}

export function positionOf(place: Place): Position | undefined {
  const exercise = findExercise(place.exercise);
  if (!exercise) return undefined;
  const variant = findVariant(exercise, place.variant);
  if (variant.id !== place.variant) return undefined;
  const blocks = variant.segments[place.segment];
  if (place.scriptVersion === scriptVersion(exercise, variant) && blocks && place.block < blocks.length) {
    return { exercise, variant, segment: place.segment, block: place.block };
  }
  return { exercise, variant, ...relocateBlock(variant, place.blockId, place.segment) };
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
