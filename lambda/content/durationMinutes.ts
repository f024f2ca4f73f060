/**
 * An AMAZON.DURATION slot value (ISO-8601, "PT10M", "PT1H30M", "PT90S") as whole minutes,
 * rounded; undefined when the slot is empty, holds anything else or comes to no time.
 * Days, weeks and years ("P2D") are no time for an exercise and give undefined too.
 */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value.trim().toUpperCase());
  if (!match || !(match[1] || match[2] || match[3])) return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60;
  return minutes >= 1 ? Math.round(minutes) : undefined;
}
