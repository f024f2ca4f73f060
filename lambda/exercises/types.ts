/** A script step: a sentence (an i18n key) or a silence in seconds. */
export type Step = { readonly say: string } | { readonly pause: number };

/** A unit that is never split across responses: a muscle group, an intro, a closing. */
export interface Block {
  readonly id: string;
  /** i18n key naming the block for re-orientation ("your neck"). */
  readonly nameKey: string;
  /** Its first words name the part ("Your right arm: …"), so a resume need not name it first. */
  readonly namesItself?: boolean;
  readonly steps: readonly Step[];
}

/** One length of an exercise, already cut into segments (one response each). */
export interface Variant {
  readonly id: string;
  /** i18n key naming the variant ("the standard relaxation"). */
  readonly nameKey: string;
  /** What the skill announces; the duration test holds the script to it. */
  readonly minutes: { readonly from: number; readonly to: number };
  readonly segments: readonly (readonly Block[])[];
}

/** Exercises of one family share their first-time introduction (safety line or caution). */
export type ExerciseFamily = 'pmr' | 'mindfulness';

export interface Exercise {
  readonly id: string;
  readonly family: ExerciseFamily;
  readonly defaultVariant: string;
  readonly variants: Readonly<Record<string, Variant>>;
}
