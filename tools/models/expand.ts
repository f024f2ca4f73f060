/**
 * Expands a compact sample pattern into Alexa sample utterances:
 * `(a|b)` is a choice, `[a|b]` an optional choice, `{slot}` stays as it is.
 * "(start|begin) [a] {length} relaxation" gives four samples.
 */
export function expandPattern(pattern: string): string[] {
  const match = /[([]([^()[\]]*)[)\]]/.exec(pattern);
  if (!match) return [pattern.replace(/\s+/g, ' ').trim()];
  const options = match[1]!.split('|');
  if (match[0].startsWith('[')) options.push('');
  const before = pattern.slice(0, match.index);
  const after = pattern.slice(match.index + match[0].length);
  return options.flatMap((option) => expandPattern(before + option + after));
}

export function expandPatterns(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expandPattern))].filter((s) => s.length > 0);
}
