import * as v from 'valibot';

const name = v.pipe(v.string(), v.maxLength(40));

/**
 * The conversation's state within one session: which question the skill asked last.
 * The place itself is never copied here: it lives in the person's record
 * (docs/architecture.md, "State").
 */
export const FlowSchema = v.variant('kind', [
  v.object({ kind: v.literal('idle') }),
  /**
   * A segment was sent and ends on "Shall I go on?". `sentAt` names that response, so a
   * "yes" moves on only from the segment this session sent.
   */
  v.object({ kind: v.literal('askedToGoOn'), sentAt: v.pipe(v.string(), v.isoTimestamp()) }),
  /** The skill named the kept place and asked whether to continue there. */
  v.object({ kind: v.literal('offeredResume') }),
  /** A tip was given and another offered; `topic` absent means any topic. */
  v.object({ kind: v.literal('offeredTip'), topic: v.optional(name) }),
  /** The skill suggested an exercise ("shall I start the breathing space?"). */
  v.object({ kind: v.literal('offeredExercise'), exercise: name, variant: v.optional(name) }),
  /** Before the first mindfulness exercise: the caution was given, and the skill asked whether to start. */
  v.object({ kind: v.literal('cautioned'), exercise: name, variant: v.optional(name) }),
  /** Starting this exercise would replace the place kept in another one: the skill asked first. */
  v.object({ kind: v.literal('confirmingReplace'), exercise: name, variant: v.optional(name), gentle: v.optional(v.boolean()) }),
  /** The skill asked whether to really delete everything stored about the person. */
  v.object({ kind: v.literal('confirmingDelete') }),
  /** An exercise was finished and the skill asked how tense the person feels now (at most once a week). */
  v.object({ kind: v.literal('offeredRating') }),
  /** The skill asked for permission to store a tension rating (the value waits here). */
  v.object({ kind: v.literal('askingRatingConsent'), value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)) }),
]);
export type Flow = v.InferOutput<typeof FlowSchema>;

export const IDLE: Flow = { kind: 'idle' };

export function parseFlow(value: unknown): Flow {
  const parsed = v.safeParse(FlowSchema, value);
  return parsed.success ? parsed.output : IDLE;
}
