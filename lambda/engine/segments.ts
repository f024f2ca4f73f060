import { createHash } from 'node:crypto';
import type { Exercise, Variant } from '../exercises/types';
import { speakingSeconds } from './duration';
import { escapeSsml, NARRATION_RATE, narrationSsml, pauseSsml } from './ssml';

export type Translate = (key: string) => string;

export interface RenderedSegment {
  /** SSML fragment (no <speak> wrapper). */
  readonly ssml: string;
  /** Estimated playing time: silences plus words at the narration rate. */
  readonly seconds: number;
}

/** Turns one segment of a variant into SSML with timed pauses. */
export function renderSegment(variant: Variant, index: number, t: Translate, locale: string): RenderedSegment {
  const blocks = variant.segments[index];
  if (!blocks) throw new RangeError(`segment ${index} of ${variant.id} does not exist`);
  let ssml = '';
  let seconds = 0;
  for (const block of blocks) {
    for (const step of block.steps) {
      if ('pause' in step) {
        ssml += pauseSsml(step.pause);
        seconds += step.pause;
      } else {
        const text = t(step.say);
        ssml += escapeSsml(text) + ' ';
        seconds += speakingSeconds(text, locale, NARRATION_RATE);
      }
    }
  }
  return { ssml: narrationSsml(ssml.trim()), seconds };
}

export function variantSeconds(variant: Variant, t: Translate, locale: string): number {
  return variant.segments.reduce((sum, _s, i) => sum + renderSegment(variant, i, t, locale).seconds, 0);
}

/**
 * A fingerprint of how a variant is cut into segments. Stored with a place, so that a
 * place saved under an older script is mapped by block, not by a segment number that may
 * now point elsewhere.
 */
export function scriptVersion(exercise: Exercise, variant: Variant): string {
  const shape = `${exercise.id}/${variant.id}:` + variant.segments.map((s) => s.map((b) => b.id).join(',')).join('|');
  return createHash('sha256').update(shape).digest('hex').slice(0, 12);
}

/** The segment that now holds the block a place started at, or the nearest valid one. */
export function relocateSegment(variant: Variant, blockId: string, segment: number): number {
  const found = variant.segments.findIndex((blocks) => blocks.some((b) => b.id === blockId));
  if (found >= 0) return found;
  return Math.min(Math.max(segment, 0), variant.segments.length - 1);
}
