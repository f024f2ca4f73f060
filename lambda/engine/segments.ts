import type { Block, Exercise, Variant } from '../exercises/types';
import { speakingSeconds } from './duration';
import { escapeSsml, NARRATION_RATE, narrationSsml, pauseSsml } from './ssml';
import { sha256Hex } from '../sha256';

export type Translate = (key: string) => string;

export interface RenderedSegment {
  /** SSML fragment (no <speak> wrapper). */
  readonly ssml: string;
  /** Estimated playing time: silences plus words at the narration rate. */
  readonly seconds: number;
}

/** When a block begins, in seconds from the start of the narration it is part of. */
export interface TimedBlock {
  /** Index of the block within its segment. */
  readonly index: number;
  readonly start: number;
  readonly seconds: number;
}

function blocksFrom(variant: Variant, index: number, startBlock: number): readonly Block[] {
  const blocks = variant.segments[index];
  if (!blocks) throw new RangeError(`segment ${index} of ${variant.id} does not exist`);
  if (!Number.isInteger(startBlock) || startBlock < 0 || startBlock >= blocks.length) {
    throw new RangeError(`block ${startBlock} of segment ${index} of ${variant.id} does not exist`);
  }
  return blocks.slice(startBlock);
}

function renderBlockNow(block: Block, t: Translate, locale: string): RenderedSegment {
  let ssml = '';
  let seconds = 0;
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
  return { ssml, seconds };
}

/**
 * Blocks rendered per translator and locale: a block's words never change for them, and
 * rendering them again on every request made most of a warm request's garbage, whose
 * collection set the p99 (docs/performance.md).
 */
const rendered = new WeakMap<Translate, Map<string, WeakMap<Block, RenderedSegment>>>();

function renderBlock(block: Block, t: Translate, locale: string): RenderedSegment {
  let byLocale = rendered.get(t);
  if (!byLocale) rendered.set(t, (byLocale = new Map()));
  let blocks = byLocale.get(locale);
  if (!blocks) byLocale.set(locale, (blocks = new WeakMap()));
  let done = blocks.get(block);
  if (!done) blocks.set(block, (done = renderBlockNow(block, t, locale)));
  return done;
}

/**
 * Turns one segment of a variant into SSML with timed pauses, from its first block or from
 * any later one (a place resumed mid-segment starts at the block that was playing).
 */
export function renderSegment(variant: Variant, index: number, t: Translate, locale: string, startBlock = 0): RenderedSegment {
  let ssml = '';
  let seconds = 0;
  for (const block of blocksFrom(variant, index, startBlock)) {
    const rendered = renderBlock(block, t, locale);
    ssml += rendered.ssml;
    seconds += rendered.seconds;
  }
  return { ssml: narrationSsml(ssml.trim()), seconds };
}

/** The segment's own timeline from a start block: when each block begins, by the same estimate as renderSegment. */
export function segmentTimeline(variant: Variant, index: number, t: Translate, locale: string, startBlock = 0): TimedBlock[] {
  let start = 0;
  return blocksFrom(variant, index, startBlock).map((block, i) => {
    const { seconds } = renderBlock(block, t, locale);
    const timed = { index: startBlock + i, start, seconds };
    start += seconds;
    return timed;
  });
}

/** The whole variant's playing time: the sum of its segments' (without building their SSML). */
export function variantSeconds(variant: Variant, t: Translate, locale: string): number {
  return variant.segments.reduce((sum, blocks) => sum + blocks.reduce((seconds, block) => seconds + renderBlock(block, t, locale).seconds, 0), 0);
}

/**
 * A fingerprint of how a variant is cut into segments. Stored with a place, so that a
 * place saved under an older script is mapped by block, not by a segment number that may
 * now point elsewhere.
 */
export function scriptVersion(exercise: Exercise, variant: Variant): string {
  const shape = `${exercise.id}/${variant.id}:` + variant.segments.map((s) => s.map((b) => b.id).join(',')).join('|');
  return sha256Hex(shape).slice(0, 12);
}

/** The segment and block that now hold the block a place started at, or the nearest valid segment's start. */
export function relocateBlock(variant: Variant, blockId: string, segment: number): { segment: number; block: number } {
  for (const [s, blocks] of variant.segments.entries()) {
    const b = blocks.findIndex((block) => block.id === blockId);
    if (b >= 0) return { segment: s, block: b };
  }
  return { segment: Math.min(Math.max(segment, 0), variant.segments.length - 1), block: 0 };
}

/** The segment that now holds the block a place started at, or the nearest valid one. */
export function relocateSegment(variant: Variant, blockId: string, segment: number): number {
  return relocateBlock(variant, blockId, segment).segment;
}
