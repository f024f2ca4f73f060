/**
 * A vague amount of time as minutes for exerciseForMinutes (docs/platform.md, "Time decides
 * the exercise"): the TimeAmount slot's value ids. "A few minutes", "a minute or two", "not
 * much time": the shortest exercise (three minutes, the breathing space). "A bit of time",
 * "some time": the standard relaxation (10 to 12 minutes). "Plenty of time", "all afternoon":
 * the long relaxation (18 to 22 minutes).
 */
export const AMOUNT_MINUTES = { few: 3, some: 12, plenty: 30 } as const;

/** The TimeAmount slot's value ids, shared by the interaction models and the handler. */
export type TimeAmount = keyof typeof AMOUNT_MINUTES;

export function isTimeAmount(id: unknown): id is TimeAmount {
  return typeof id === 'string' && Object.hasOwn(AMOUNT_MINUTES, id);
}
