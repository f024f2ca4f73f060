/** Alexa's longest single <break> (docs/platform.md#limits). */
export const MAX_BREAK_SECONDS = 10;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text from resource files made safe to embed in SSML. */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

/** A silence of any length as a chain of breaks of at most 10 s each. */
export function pauseSsml(seconds: number): string {
  const parts: string[] = [];
  let left = Math.round(seconds * 1000);
  while (left > 0) {
    const ms = Math.min(left, MAX_BREAK_SECONDS * 1000);
    parts.push(ms % 1000 === 0 ? `<break time="${ms / 1000}s"/>` : `<break time="${ms}ms"/>`);
    left -= ms;
  }
  return parts.join('');
}

/** Narration is read a little slower than Alexa's default voice. */
export const NARRATION_RATE = 0.9;

export function narrationSsml(inner: string): string {
  return `<prosody rate="${Math.round(NARRATION_RATE * 100)}%">${inner}</prosody>`;
}
