import { normalize, withoutPoliteEnds, type Language } from './normalize';

/**
 * Samples as Alexa hears them (docs/platform.md, "How people's words reach the model"): a
 * polite word at either end is cut ("start it please" is "start it"), and of samples that are
 * the same once contractions are spelled out ("i'd like to" and "i would like to") the first
 * is kept. Either costs bytes and teaches nothing new.
 */
export function samplesAsHeard(samples: readonly string[], language: Language): string[] {
  const cut = samples.map((sample) => {
    const text = withoutPoliteEnds(sample, language);
    // "{topic} please" stays as it is: a sample of slots alone would catch anything said.
    return text.replace(/\{[^}]+\}/g, '').trim() === '' ? sample.trim() : text;
  });
  return distinctAsHeard(cut, language).filter((sample) => sample.length > 0);
}

/** The words of a slot value, each once as Alexa hears it (contractions spelled out), first form kept. */
export function distinctAsHeard(words: readonly string[], language: Language): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const heard = normalize(word, language, false);
    if (seen.has(heard)) return false;
    seen.add(heard);
    return true;
  });
}
