import { findExercise, findVariant } from '../exercises/catalog';
import type { Exercise, Variant } from '../exercises/types';
import { relocateSegment, scriptVersion } from '../engine/segments';
import { STALE_PLACE_DAYS } from '../constants';
import type { Place } from './record';

/** A place resolved against today's scripts. */
export interface Position {
  readonly exercise: Exercise;
  readonly variant: Variant;
  readonly segment: number;
}

export function positionOf(place: Place): Position | undefined {
  const exercise = findExercise(place.exercise);
  if (!exercise) return undefined;
  const variant = findVariant(exercise, place.variant);
  if (variant.id !== place.variant) return undefined;
  const segment =
    place.scriptVersion === scriptVersion(exercise, variant) && place.segment < variant.segments.length
      ? place.segment
      : relocateSegment(variant, place.blockId, place.segment);
  return { exercise, variant, segment };
}

export function placeOf(position: Position, now: Date): Place {
  const first = position.variant.segments[position.segment]?.[0];
  if (!first) throw new RangeError(`segment ${position.segment} of ${position.variant.id} is empty`);
  return {
    exercise: position.exercise.id,
    variant: position.variant.id,
    segment: position.segment,
    blockId: first.id,
    scriptVersion: scriptVersion(position.exercise, position.variant),
    savedAt: now.toISOString(),
  };
}

export function isLastSegment(position: Position): boolean {
  return position.segment >= position.variant.segments.length - 1;
}

export function withSegment(position: Position, segment: number): Position {
  return { ...position, segment: Math.min(Math.max(segment, 0), position.variant.segments.length - 1) };
}

export function isStale(place: Place, now: Date): boolean {
  return now.getTime() - Date.parse(place.savedAt) > STALE_PLACE_DAYS * 24 * 3600 * 1000;
}
