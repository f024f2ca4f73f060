// valibot: schemas are plain objects, so building them costs almost nothing at cold start
// (zod/mini spent about 6 ms of module init here; measured with npm run bench).
import * as v from 'valibot';
import { inBodyOrder, isRegionId, type RegionId } from '../exercises/regions';
import { MAX_RATINGS, NO_PROGRESS, ProgressSchema, RatingSchema } from './progress';

const boundedString = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/**
 * Where a person is in an exercise: a segment and the block within it to start from.
 * `sent` is there while a segment's response may still be playing: when it was sent and
 * how long the words before its narration take. The next request settles it against the
 * clock (state/settlePlace.ts, docs/architecture.md).
 */
export const PlaceSchema = v.object({
  exercise: boundedString(40),
  variant: boundedString(40),
  segment: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  block: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)), 0),
  /** The block to start from, so an edited script can relocate the place. */
  blockId: boundedString(60),
  scriptVersion: boundedString(40),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The gentle practice for a bad day: every group attention only, on resume too. */
  gentle: v.optional(v.boolean()),
  /** Played with the short opening, for someone who has heard the full one (exercises/familiarOpening.ts). */
  familiar: v.optional(v.boolean()),
  /** Stopped because something hurt: the resume says to go gently (docs/protocol.md, "When it hurts"). */
  hurt: v.optional(v.boolean()),
  /**
   * The last segment was sent, so the exercise already counts as finished. The place stays until
   * the next request tells whether it was heard to the end: stopped inside it, the rest can be
   * resumed without counting twice (docs/architecture.md, "Time-aware place").
   */
  counted: v.optional(v.boolean()),
  sent: v.optional(
    v.object({
      at: v.pipe(v.string(), v.isoTimestamp()),
      leadInSeconds: v.pipe(v.number(), v.minValue(0), v.maxValue(3600)),
    }),
  ),
});
export type Place = v.InferOutput<typeof PlaceSchema>;

export const RECORD_SCHEMA_VERSION = 1;

/**
 * Painful areas: region ids, kept in body order. Unknown or corrupt entries are dropped one by
 * one, so one bad value never costs the others.
 */
const PainfulAreasSchema = v.pipe(
  v.array(v.unknown()),
  v.maxLength(50),
  v.transform((values): RegionId[] => inBodyOrder(values.filter(isRegionId))),
);

/**
 * What is stored per person (under the hashed user id). Every field falls back on its
 * own, so one corrupt attribute never costs the others.
 */
export const UserRecordSchema = v.object({
  schemaVersion: v.fallback(v.literal(RECORD_SCHEMA_VERSION), RECORD_SCHEMA_VERSION),
  /** The stored item's write counter, for conditional writes (0: never written). */
  version: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  /** Has heard the PMR welcome and safety line. */
  welcomed: v.fallback(v.boolean(), false),
  /** Has heard that mindfulness is not for everyone (said once, before the first exercise). */
  mindfulnessCautioned: v.fallback(v.boolean(), false),
  /** Has heard the full explanation of how to tense, in a relaxation that tenses (not the gentle practice). */
  tensingExplained: v.fallback(v.boolean(), false),
  place: v.fallback(v.nullable(PlaceSchema), null),
  /** Tip indices heard per topic, so tips rotate without repeats. */
  tipsHeard: v.fallback(
    v.record(
      v.pipe(v.string(), v.maxLength(20)),
      v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))), v.maxLength(100)),
    ),
    {},
  ),
  progress: v.fallback(ProgressSchema, NO_PROGRESS),
  /** null: never asked; ratings are stored only after a yes. */
  ratingsConsent: v.fallback(v.nullable(v.boolean()), null),
  ratings: v.fallback(v.pipe(v.array(RatingSchema), v.maxLength(MAX_RATINGS)), []),
  /** When a tension rating was last offered after an exercise (offered at most once a week). */
  ratingOfferedAt: v.fallback(v.nullable(v.pipe(v.string(), v.isoTimestamp())), null),
  /** Areas that hurt: their groups are noticed, not tensed, until the person says otherwise (docs/protocol.md). */
  painfulAreas: v.fallback(PainfulAreasSchema, []),
  /** When an area was last noted, or the noted areas last reviewed: after about four weeks they are reviewed once (docs/protocol.md). */
  painfulAreasSince: v.fallback(v.nullable(v.pipe(v.string(), v.isoTimestamp())), null),
});
export type UserRecord = v.InferOutput<typeof UserRecordSchema>;

export function emptyRecord(): UserRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    version: 0,
    welcomed: false,
    mindfulnessCautioned: false,
    tensingExplained: false,
    place: null,
    tipsHeard: {},
    progress: NO_PROGRESS,
    ratingsConsent: null,
    ratings: [],
    ratingOfferedAt: null,
    painfulAreas: [],
    painfulAreasSince: null,
  };
}

/** Reads whatever was stored (or nothing) into a valid record. */
export function parseRecord(stored: unknown): UserRecord {
  if (stored === null || typeof stored !== 'object') return emptyRecord();
  // Fields missing from older items take their defaults, like corrupt ones.
  return v.parse(UserRecordSchema, { ...emptyRecord(), ...stored });
}

export function sameRecord(a: UserRecord, b: UserRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
