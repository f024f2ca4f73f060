/**
 * Expands a compact sample pattern into Alexa sample utterances:
 * `(a|b)` is a choice, `[a|b]` an optional choice, `{slot}` stays as it is, and choices
 * nest ("(pause [it|this]|stop)").
 * "(start|begin) [a] {length} relaxation" gives four samples.
 */
export function expandPattern(pattern: string): string[] {
  return [...new Set(expand(pattern).map((s) => s.replace(/\s+/g, ' ').trim()))];
}

export function expandPatterns(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expandPattern))].filter((s) => s.length > 0);
}

/** Outermost group first, so each part of a nested choice is expanded once. */
function expand(pattern: string): string[] {
  const open = pattern.search(/[([]/);
  if (open < 0) return [pattern];
  const close = closing(pattern, open);
  const options = splitTopLevel(pattern.slice(open + 1, close));
  if (pattern[open] === '[') options.push('');
  const before = pattern.slice(0, open);
  const tails = expand(pattern.slice(close + 1));
  return options.flatMap(expand).flatMap((head) => tails.map((tail) => before + head + tail));
}

function closing(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '(' || pattern[i] === '[') depth++;
    if (pattern[i] === ')' || pattern[i] === ']') depth--;
    if (depth === 0) return i;
  }
  throw new Error(`unbalanced pattern: ${pattern}`);
}

function splitTopLevel(inner: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(' || inner[i] === '[') depth++;
    if (inner[i] === ')' || inner[i] === ']') depth--;
    if (inner[i] === '|' && depth === 0) {
      options.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  options.push(inner.slice(start));
  return options;
}
