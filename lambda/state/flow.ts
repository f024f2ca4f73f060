import * as z from 'zod/mini';
import { PlaceSchema } from './record';

const name = z.string().check(z.maxLength(40));

/**
 * The conversation's state within one session: a small state machine whose
 * handlers turn intents into transitions. Only this turn's state lives in the
 * session; what must survive lives in the stored record.
 */
export const FlowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle') }),
  /** A segment has just played and the skill asked whether to go on. */
  z.object({ kind: z.literal('askedToGoOn'), place: PlaceSchema }),
  /** The skill said where the person was and asked whether to continue. */
  z.object({ kind: z.literal('offeredResume'), place: PlaceSchema }),
  /** A tip was given and another offered; `topic` absent means any topic. */
  z.object({ kind: z.literal('offeredTip'), topic: z.optional(name) }),
  /** The skill suggested an exercise ("shall I start the breathing space?"). */
  z.object({ kind: z.literal('offeredExercise'), exercise: name, variant: z.optional(name) }),
  /** The skill asked whether to really delete everything stored about the person. */
  z.object({ kind: z.literal('confirmingDelete') }),
  /** The skill asked for permission to store a tension rating (the value waits here). */
  z.object({ kind: z.literal('askingRatingConsent'), value: z.int().check(z.minimum(0), z.maximum(10)) }),
]);
export type Flow = z.infer<typeof FlowSchema>;

export const IDLE: Flow = { kind: 'idle' };

export function parseFlow(value: unknown): Flow {
  const parsed = FlowSchema.safeParse(value);
  return parsed.success ? parsed.data : IDLE;
}
