/**
 * How many tips each topic has; the sentences are in advice.json per language (a test
 * holds every locale to these counts).
 */
export const TIP_COUNTS = { activity: 5, sleep: 5, work: 5, stress: 5, exercise: 5 } as const;

export type TipTopic = keyof typeof TIP_COUNTS;

/**
 * The order a person hears a topic's tips in, by their index in advice.json (stored indices
 * keep their meaning). Asked about sleep or sitting, the practical tip comes first: testers
 * heard "bed rest is not advised" and "keep working" first, which answers neither a sleep
 * question nor a retired person.
 */
const TIP_ORDER: Readonly<Record<TipTopic, readonly number[]>> = {
  activity: [0, 1, 2, 3, 4],
  sleep: [1, 4, 0, 3, 2],
  work: [1, 2, 0, 3, 4],
  stress: [0, 1, 2, 3, 4],
  exercise: [0, 1, 2, 3, 4],
};
export const TIP_TOPICS = Object.keys(TIP_COUNTS) as TipTopic[];

export function isTipTopic(value: string | undefined): value is TipTopic {
  return value !== undefined && Object.hasOwn(TIP_COUNTS, value);
}

export interface TipChoice {
  readonly topic: TipTopic;
  readonly index: number;
  /** Heard indices per topic after this tip (a topic starts over once all were heard). */
  readonly heard: Record<string, number[]>;
  /** True when this tip starts a topic's second round. */
  readonly startedOver: boolean;
}

/**
 * The next tip without repeats until all of a topic are heard. Without a topic, the topic
 * the person has heard least of (in the order above).
 */
export function nextTip(heard: Readonly<Record<string, readonly number[]>>, wanted?: TipTopic): TipChoice {
  const heardOf = (topic: TipTopic) => (heard[topic] ?? []).filter((i) => i >= 0 && i < TIP_COUNTS[topic]);
  const topic =
    wanted ??
    TIP_TOPICS.reduce((best, t) => (heardOf(t).length / TIP_COUNTS[t] < heardOf(best).length / TIP_COUNTS[best] ? t : best));
  const already = heardOf(topic);
  const startedOver = already.length >= TIP_COUNTS[topic];
  const pool = startedOver ? [] : already;
  const order = TIP_ORDER[topic];
  const index = order.find((i) => !pool.includes(i)) ?? order[0] ?? 0;
  const after = Object.fromEntries(Object.entries(heard).map(([k, v]) => [k, [...v]]));
  return { topic, index, heard: { ...after, [topic]: [...pool, index] }, startedOver };
}
