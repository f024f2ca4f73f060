import { pmr } from './pmr';
import type { Exercise, Variant } from './types';

const exercises: Readonly<Record<string, Exercise>> = { pmr };

export type ExerciseId = keyof typeof exercises & string;

export function allExercises(): readonly Exercise[] {
  return Object.values(exercises);
}

export function findExercise(id: string): Exercise | undefined {
  return Object.hasOwn(exercises, id) ? exercises[id] : undefined;
}

export function findVariant(exercise: Exercise, variantId: string | undefined): Variant {
  const id = variantId && Object.hasOwn(exercise.variants, variantId) ? variantId : exercise.defaultVariant;
  const variant = exercise.variants[id];
  if (!variant) throw new Error(`exercise ${exercise.id} has no default variant`);
  return variant;
}
