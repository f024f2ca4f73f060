import type { UserRecord } from './record';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Three-way merge after a concurrent write (two devices, one person): start from what is
 * stored now (`theirs`) and apply what this turn changed relative to what it had read
 * (`base` to `ours`). Flags only ever turn on; heard tips are united; the place this turn
 * set wins, as the person's latest action.
 */
export function mergeRecords(base: UserRecord, ours: UserRecord, theirs: UserRecord): UserRecord {
  const tipsHeard = { ...theirs.tipsHeard };
  for (const [topic, heard] of Object.entries(ours.tipsHeard)) {
    const before = base.tipsHeard[topic] ?? [];
    if (same(before, heard)) continue;
    const grew = before.every((i) => heard.includes(i));
    tipsHeard[topic] = grew ? [...new Set([...(theirs.tipsHeard[topic] ?? []), ...heard])] : [...heard];
  }
  return {
    ...theirs,
    welcomed: theirs.welcomed || ours.welcomed,
    mindfulnessCautioned: theirs.mindfulnessCautioned || ours.mindfulnessCautioned,
    tensingExplained: theirs.tensingExplained || ours.tensingExplained,
    place: same(base.place, ours.place) ? theirs.place : ours.place,
    tipsHeard,
    // A session finished on this device counts on top of what the other one stored.
    progress: same(base.progress, ours.progress)
      ? theirs.progress
      : {
          ...ours.progress,
          sessions: theirs.progress.sessions + ours.progress.sessions - base.progress.sessions,
          minutes: theirs.progress.minutes + ours.progress.minutes - base.progress.minutes,
        },
    ratingsConsent: same(base.ratingsConsent, ours.ratingsConsent) ? theirs.ratingsConsent : ours.ratingsConsent,
    ratings: same(base.ratings, ours.ratings)
      ? theirs.ratings
      : [...theirs.ratings, ...ours.ratings.filter((r) => !base.ratings.some((b) => b.at === r.at))],
    ratingOfferedAt: same(base.ratingOfferedAt, ours.ratingOfferedAt) ? theirs.ratingOfferedAt : ours.ratingOfferedAt,
    // What the person said last about where it hurts wins.
    painfulAreas: same(base.painfulAreas, ours.painfulAreas) ? theirs.painfulAreas : ours.painfulAreas,
    painfulAreasSince: same(base.painfulAreasSince, ours.painfulAreasSince) ? theirs.painfulAreasSince : ours.painfulAreasSince,
  };
}
