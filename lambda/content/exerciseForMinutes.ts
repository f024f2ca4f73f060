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
 * The exercise and length that fit the time someone has: the longest whose announced
 * duration starts within it ("ten minutes" -> the standard relaxation, 10 to 12 minutes;
 * "half an hour" -> the long one). Less time than anything takes gets the shortest.
 */
export function exerciseForMinutes(minutes: number): ExerciseChoice {
  const options = CANDIDATES.flatMap((exercise) =>
    Object.values(exercise.variants).map((variant) => ({ exercise: exercise.id, variant: variant.id, from: variant.minutes.from })),
  ).sort((a, b) => a.from - b.from);
  const fitting = options.filter((option) => option.from <= minutes);
  const choice = fitting.at(-1) ?? options[0];
  if (!choice) throw new Error('no exercise to choose from');
  return { exercise: choice.exercise, variant: choice.variant };
}
