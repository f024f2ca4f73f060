import * as v from 'valibot';

/** Completed sessions, for "how am I doing". Days are UTC dates: the skill does not ask for the time zone. */
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ProgressSchema = v.object({
  sessions: count,
  minutes: v.pipe(v.number(), v.minValue(0)),
  streak: count,
  lastDay: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  lastCompletedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
});
export type Progress = v.InferOutput<typeof ProgressSchema>;

export const NO_PROGRESS: Progress = { sessions: 0, minutes: 0, streak: 0, lastDay: null, lastCompletedAt: null };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Counts a finished exercise: another session, its minutes, and the run of days in a row. */
export function recordCompletion(progress: Progress, minutes: number, now: Date): Progress {
  const today = day(now);
  const yesterday = day(new Date(now.getTime() - 24 * 3600 * 1000));
  const streak = progress.lastDay === today ? progress.streak : progress.lastDay === yesterday ? progress.streak + 1 : 1;
  return {
    sessions: progress.sessions + 1,
    minutes: Math.round((progress.minutes + minutes) * 10) / 10,
    streak,
    lastDay: today,
    lastCompletedAt: now.toISOString(),
  };
}

/** A streak only counts while it is unbroken: practised today or yesterday. */
export function currentStreak(progress: Progress, now: Date): number {
  const yesterday = day(new Date(now.getTime() - 24 * 3600 * 1000));
  return progress.lastDay === day(now) || progress.lastDay === yesterday ? progress.streak : 0;
}

export const RatingSchema = v.object({
  at: v.pipe(v.string(), v.isoTimestamp()),
  value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  /** Before or after an exercise: after when one was finished within the last half hour. */
  when: v.picklist(['before', 'after']),
});
export type Rating = v.InferOutput<typeof RatingSchema>;
export const MAX_RATINGS = 30;

export function addRating(ratings: readonly Rating[], value: number, progress: Progress, now: Date): Rating[] {
  const finished = progress.lastCompletedAt ? Date.parse(progress.lastCompletedAt) : 0;
  const when: Rating['when'] = now.getTime() - finished <= 30 * 60 * 1000 ? 'after' : 'before';
  return [...ratings, { at: now.toISOString(), value, when }].slice(-MAX_RATINGS);
}

/** Average of the recent ratings before and after exercises, one decimal; null when there are none. */
export function ratingAverages(ratings: readonly Rating[]): { before: number | null; after: number | null } {
  const average = (when: Rating['when']) => {
    const values = ratings.filter((r) => r.when === when).map((r) => r.value);
    return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
  };
  return { before: average('before'), after: average('after') };
}
