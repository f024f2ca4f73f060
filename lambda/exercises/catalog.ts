import { mindfulnessExercises } from './mindfulness';
import { pmr } from './pmr';
import type { Exercise, Variant } from './types';

const exercises: ReadonlyMap<string, Exercise> = new Map([pmr, ...mindfulnessExercises].map((e) => [e.id, e]));

export function allExercises(): readonly Exercise[] {
  return [...exercises.values()];
}

export function findExercise(id: string): Exercise | undefined {
  return exercises.get(id);
}

export function findVariant(exercise: Exercise, variantId: string | undefined): Variant {
  const id = variantId && Object.hasOwn(exercise.variants, variantId) ? variantId : exercise.defaultVariant;
  const variant = exercise.variants[id];
  if (!variant) throw new Error(`exercise ${exercise.id} has no default variant`);
  return variant;
}
