/**
 * Speaking rates used to estimate how long a script takes: Alexa's voices read about
 * 150 English words a minute; German words are longer, so fewer per minute. Narration
 * runs at NARRATION_RATE of that.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { en: 150, de: 125 };

export function wordsPerMinute(locale: string): number {
  return WORDS_PER_MINUTE[locale.slice(0, 2)] ?? 150;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function speakingSeconds(text: string, locale: string, rate = 1): number {
  return (countWords(text) / (wordsPerMinute(locale) * rate)) * 60;
}
