/** Where the skill's logic gets the time from: injected, so tests and the simulator can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

// Alexa stamps every request; anything outside these years is a broken stamp, not a time.
const EARLIEST = Date.UTC(2015, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * The time of a request: the `timestamp` Alexa sent, or the clock when it is missing or
 * unreadable (docs/architecture.md, "Clock").
 */
export function requestTime(timestamp: unknown, clock: Clock): Date {
  if (typeof timestamp === 'string') {
    const ms = Date.parse(timestamp);
    if (Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST) return new Date(ms);
  }
  return clock();
}
