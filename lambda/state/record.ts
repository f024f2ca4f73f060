import { z } from 'zod';

/** Where a person is in an exercise: the segment that was playing when they stopped. */
export const PlaceSchema = z.object({
  exercise: z.string().min(1).max(40),
  variant: z.string().min(1).max(40),
  segment: z.number().int().min(0).max(100),
  /** First block of that segment, so an edited script can relocate the place. */
  blockId: z.string().min(1).max(60),
  scriptVersion: z.string().min(1).max(40),
  savedAt: z.iso.datetime(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const RECORD_SCHEMA_VERSION = 1;

/**
 * What is stored per person (under the hashed user id). Every field falls back on its
 * own, so one corrupt attribute never costs the others.
 */
export const UserRecordSchema = z.object({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION).catch(RECORD_SCHEMA_VERSION),
  /** The stored item's write counter, for conditional writes (0: never written). */
  version: z.number().int().min(0).catch(0),
  /** Has heard the PMR welcome and safety line. */
  welcomed: z.boolean().catch(false),
  /** Has heard that mindfulness is not for everyone (said once, before the first exercise). */
  mindfulnessCautioned: z.boolean().catch(false),
  place: PlaceSchema.nullable().catch(null),
  /** Tip indices heard per topic, so tips rotate without repeats. */
  tipsHeard: z.record(z.string().max(20), z.array(z.number().int().min(0).max(99)).max(100)).catch({}),
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
