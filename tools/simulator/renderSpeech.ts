/** A piece of what Alexa would say: words, or a silence in seconds. */
export type SpokenPart = { readonly text: string } | { readonly pause: number };

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function seconds(time: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time);
  if (!match) return 0;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

/** Splits SSML into words and silences; breaks in a row become one silence. */
export function spokenParts(ssml: string): SpokenPart[] {
  const parts: SpokenPart[] = [];
  for (const token of ssml.split(/(<break\s+time="[^"]+"\s*\/>)/)) {
    const brk = /<break\s+time="([^"]+)"/.exec(token);
    if (brk) {
      const last = parts.at(-1);
      const pause = seconds(brk[1]!);
      if (last && 'pause' in last) parts[parts.length - 1] = { pause: last.pause + pause };
      else parts.push({ pause });
      continue;
    }
    const text = token
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e)
      .replace(/\s+/g, ' ')
      .trim();
    if (text) parts.push({ text });
  }
  return parts;
}

/** One line of text with pauses shown as [pause 10s]. */
export function renderSpeech(ssml: string): string {
  return spokenParts(ssml)
    .map((p) => ('text' in p ? p.text : `[pause ${Number(p.pause.toFixed(1))}s]`))
    .join(' ');
}
