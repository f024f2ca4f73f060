import { breathingSpace } from '../exercises/mindfulness';
import { pmr } from '../exercises/pmr';
import type { Exercise } from '../exercises/types';

/** An exercise and one of its lengths. */
export interface ExerciseChoice {
  readonly exercise: string;
  readonly variant: string;
}

/** What "I have ten minutes" can start: the relaxation's lengths, and the breathing space for less. */
const CANDIDATES: readonly Exercise[] = [pmr, breathingSpace];

/**
 * The exercise and length that fit the time someone has: the longest that ends within it,
 * by its announced length ("ten minutes" -> the short relaxation, 6 to 7 minutes; "half an
 * hour" -> the long one). Less time than anything takes gets the shortest.
 */
export function exerciseForMinutes(minutes: number): ExerciseChoice {
  const options = CANDIDATES.flatMap((exercise) =>
    Object.values(exercise.variants).map((variant) => ({ exercise: exercise.id, variant: variant.id, to: variant.minutes.to })),
  ).sort((a, b) => a.to - b.to);
  const fitting = options.filter((option) => option.to <= minutes);
  const choice = fitting.at(-1) ?? options[0];
  if (!choice) throw new Error('no exercise to choose from');
  return { exercise: choice.exercise, variant: choice.variant };
}
