import { POLITE, type Language } from './normalize';

/**
 * A sample without a polite word at either end ("please", "bitte"): Alexa hears "start it
 * please" as "start it" (docs/platform.md, "How people's words reach the model"), so a
 * sample that only adds one says nothing new and costs bytes. Samples are cut, then the
 * duplicates dropped, keeping the first.
 */
export function withoutPoliteEnds(samples: readonly string[], language: Language): string[] {
  const { leading, trailing } = POLITE[language];
  const cut = samples.map((sample) => {
    let text = sample.trim();
    for (let before = ''; before !== text; ) {
      before = text;
      text = text.replace(leading, '').replace(trailing, '').replace(/\s+/g, ' ').trim();
    }
    // "{topic} please" stays as it is: a sample of slots alone would catch anything said.
    return text.replace(/\{[^}]+\}/g, '').trim() === '' ? sample.trim() : text;
  });
  return [...new Set(cut)].filter((sample) => sample.length > 0);
}
