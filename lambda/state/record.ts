// zod/mini: the same validation as zod's full API at a twentieth of its bundle and start-up cost.
import * as z from 'zod/mini';
import { MAX_RATINGS, NO_PROGRESS, ProgressSchema, RatingSchema } from './progress';

const boundedString = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Where a person is in an exercise: the segment that was playing when they stopped. */
export const PlaceSchema = z.object({
  exercise: boundedString(40),
  variant: boundedString(40),
  segment: z.int().check(z.minimum(0), z.maximum(100)),
  /** First block of that segment, so an edited script can relocate the place. */
  blockId: boundedString(60),
  scriptVersion: boundedString(40),
  savedAt: z.iso.datetime(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const RECORD_SCHEMA_VERSION = 1;

/**
 * What is stored per person (under the hashed user id). Every field falls back on its
 * own, so one corrupt attribute never costs the others.
 */
export const UserRecordSchema = z.object({
  schemaVersion: z.catch(z.literal(RECORD_SCHEMA_VERSION), RECORD_SCHEMA_VERSION),
  /** The stored item's write counter, for conditional writes (0: never written). */
  version: z.catch(z.int().check(z.minimum(0)), 0),
  /** Has heard the PMR welcome and safety line. */
  welcomed: z.catch(z.boolean(), false),
  /** Has heard that mindfulness is not for everyone (said once, before the first exercise). */
  mindfulnessCautioned: z.catch(z.boolean(), false),
  place: z.catch(z.nullable(PlaceSchema), null),
  /** Tip indices heard per topic, so tips rotate without repeats. */
  tipsHeard: z.catch(
    z.record(
      z.string().check(z.maxLength(20)),
      z.array(z.int().check(z.minimum(0), z.maximum(99))).check(z.maxLength(100)),
    ),
    {},
  ),
  progress: z.catch(ProgressSchema, NO_PROGRESS),
  /** null: never asked; ratings are stored only after a yes. */
  ratingsConsent: z.catch(z.nullable(z.boolean()), null),
  ratings: z.catch(z.array(RatingSchema).check(z.maxLength(MAX_RATINGS)), []),
});
export type UserRecord = z.infer<typeof UserRecordSchema>;

export function emptyRecord(): UserRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    version: 0,
    welcomed: false,
    mindfulnessCautioned: false,
    place: null,
    tipsHeard: {},
    progress: NO_PROGRESS,
    ratingsConsent: null,
    ratings: [],
  };
}

/** Reads whatever was stored (or nothing) into a valid record. */
export function parseRecord(stored: unknown): UserRecord {
  if (stored === null || typeof stored !== 'object') return emptyRecord();
  // Fields missing from older items take their defaults, like corrupt ones.
  return UserRecordSchema.parse({ ...emptyRecord(), ...stored });
}

export function sameRecord(a: UserRecord, b: UserRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
