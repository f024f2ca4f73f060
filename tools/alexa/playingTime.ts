import { speakingSeconds } from '../../lambda/engine/duration';

const TOKEN = /<prosody\s+rate="(\d+)%"\s*>|<\/prosody>|<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>|<[^>]+>/g;

/**
 * How long Alexa takes to say an SSML answer, by the skill's own estimate: words at the
 * speaking rate (slower inside a `prosody rate`), plus every break.
 */
export function playingSeconds(ssml: string, locale: string): number {
  const id = `${locale} ${ssml}`;
  let seconds = estimated.get(id);
  if (seconds === undefined) {
    if (estimated.size >= 1000) estimated.clear();
    estimated.set(id, (seconds = estimate(ssml, locale)));
  }
  return seconds;
}

/**
 * Answers already estimated: the benchmark's warm runs send the same conversation hundreds
 * of times, and estimating each answer again made a third of all garbage in that process,
 * whose collection then landed in the skill's timed requests (docs/performance.md).
 */
const estimated = new Map<string, number>();

function estimate(ssml: string, locale: string): number {
  let seconds = 0;
  let rate = 1;
  let last = 0;
  const words = (text: string) => speakingSeconds(text.replace(/&\w+;/g, ' '), locale, rate);
  for (const match of ssml.matchAll(TOKEN)) {
    seconds += words(ssml.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1]) rate = Number(match[1]) / 100;
    else if (match[0] === '</prosody>') rate = 1;
    else if (match[2]) seconds += match[3] === 'ms' ? Number(match[2]) / 1000 : Number(match[2]);
  }
  return seconds + words(ssml.slice(last));
}
