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

/** A tension rating is offered after a finished exercise at most this often. */
export const RATING_OFFER_EVERY_DAYS = 7;

/** True when a finished exercise may end by asking for a rating: not declined, and none offered in the last week. */
export function ratingOfferDue(ratingsConsent: boolean | null, offeredAt: string | null, now: Date): boolean {
  if (ratingsConsent === false) return false;
  return offeredAt === null || now.getTime() - Date.parse(offeredAt) >= RATING_OFFER_EVERY_DAYS * 24 * 3600 * 1000;
}

/** How many of the latest ratings the trend speaks of. */
export const TREND_RATINGS = 3;

/** Averages that differ by less than this are no change worth naming on a 0-10 scale (docs/protocol.md, "Tension ratings"). */
export const MONTH_CHANGE_POINTS = 2;

/** The ratings' trend in plain numbers: the latest few, oldest first, and their average against a month before. */
export interface RatingTrend {
  /** The latest ratings, oldest first. */
  readonly values: readonly number[];
  /** The latest ratings' average against the average of those given at least four weeks earlier; null when there are none that old. */
  readonly monthAgo: 'lower' | 'higher' | 'same' | null;
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The trend, or null with fewer than three ratings (too few to say anything honest). */
export function ratingTrend(ratings: readonly Rating[], now: Date): RatingTrend | null {
  const latest = ratings.slice(-TREND_RATINGS).map((r) => r.value);
  if (latest.length < TREND_RATINGS) return null;
  const monthBefore = now.getTime() - 28 * 24 * 3600 * 1000;
  const old = ratings.filter((r) => Date.parse(r.at) <= monthBefore).map((r) => r.value);
  let monthAgo: RatingTrend['monthAgo'] = null;
  if (old.length) {
    // One rating swings with sleep, stress and pain: three against the older ones say more.
    const change = average(latest) - average(old);
    monthAgo = change <= -MONTH_CHANGE_POINTS ? 'lower' : change >= MONTH_CHANGE_POINTS ? 'higher' : 'same';
  }
  return { values: latest, monthAgo };
}
