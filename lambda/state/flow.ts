import * as v from 'valibot';
import { PlaceSchema } from './record';

const name = v.pipe(v.string(), v.maxLength(40));

/**
 * The conversation's state within one session: a small state machine whose
 * handlers turn intents into transitions. Only this turn's state lives in the
 * session; what must survive lives in the stored record.
 */
export const FlowSchema = v.variant('kind', [
  v.object({ kind: v.literal('idle') }),
  /** A segment has just played and the skill asked whether to go on. */
  v.object({ kind: v.literal('askedToGoOn'), place: PlaceSchema }),
  /** The skill said where the person was and asked whether to continue. */
  v.object({ kind: v.literal('offeredResume'), place: PlaceSchema }),
  /** A tip was given and another offered; `topic` absent means any topic. */
  v.object({ kind: v.literal('offeredTip'), topic: v.optional(name) }),
  /** The skill suggested an exercise ("shall I start the breathing space?"). */
  v.object({ kind: v.literal('offeredExercise'), exercise: name, variant: v.optional(name) }),
  /** The skill asked whether to really delete everything stored about the person. */
  v.object({ kind: v.literal('confirmingDelete') }),
  /** The skill asked for permission to store a tension rating (the value waits here). */
  v.object({ kind: v.literal('askingRatingConsent'), value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)) }),
]);
export type Flow = v.InferOutput<typeof FlowSchema>;

export const IDLE: Flow = { kind: 'idle' };

export function parseFlow(value: unknown): Flow {
  const parsed = v.safeParse(FlowSchema, value);
  return parsed.success ? parsed.output : IDLE;
}
