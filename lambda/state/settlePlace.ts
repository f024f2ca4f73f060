import type { TimedBlock } from '../engine/segments';
import type { Place } from './record';

/**
 * How a sent segment is settled against the clock (docs/architecture.md, "Time-aware place").
 * A listener would rather hear a few seconds again than miss them, so the moment of the
 * interruption is taken this much earlier before the playing block is looked up.
 */
export const RESUME_BIAS_SECONDS = 2;
/** Past the segment's end by more than this (the reprompt and its silence take well under a minute): the time says nothing. */
export const SETTLE_MARGIN_SECONDS = 10 * 60;

/** Where a sent segment leaves the person. */
export type Settled =
  | { readonly kind: 'heardToEnd' }
  | { readonly kind: 'inside'; readonly block: number; readonly at: Date }
  | { readonly kind: 'unknown' };

/**
 * Settles a sent segment: `elapsedSeconds` since it was sent, against its lead-in and the
 * timeline of its blocks (from the block it started at).
 */
export function settle(elapsedSeconds: number, leadInSeconds: number, timeline: readonly TimedBlock[], sentAt: Date): Settled {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (!first || !last || !Number.isFinite(elapsedSeconds) || elapsedSeconds < 0) return { kind: 'unknown' };
  const heard = elapsedSeconds - leadInSeconds;
  const end = last.start + last.seconds;
  if (heard > end + SETTLE_MARGIN_SECONDS) return { kind: 'unknown' };
  // A microsecond's tolerance: the same sums, added in another order, may differ in the last bit.
  if (heard >= end - 1e-6) return { kind: 'heardToEnd' };
  const into = heard - RESUME_BIAS_SECONDS;
  const playing = [...timeline].reverse().find((b) => b.start <= into) ?? first;
  return { kind: 'inside', block: playing.index, at: new Date(sentAt.getTime() + elapsedSeconds * 1000) };
}

/** The place without its "sent" mark, at a block of the same segment. */
export function atBlock(place: Place, block: number, blockId: string, savedAt: Date): Place {
  const { sent: _sent, ...rest } = place;
  return { ...rest, block, blockId, savedAt: savedAt.toISOString() };
}
