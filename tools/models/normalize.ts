/**
 * How Alexa hears typed text, for the local resolver: lower case, no punctuation, no wake
 * word, contractions spelled out ("what's" = "what is", "geht's" = "geht es") and a
 * polite word at either end dropped ("please", "kindly", "thanks", "bitte"). Samples are normalised the same
 * way, so a sample may be written either way.
 */
export function normalize(utterance: string, language: Language = 'en', dropPolite = true): string {
  let text = utterance
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'{} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^alexa /, '');
  for (const [pattern, replacement] of CONTRACTIONS[language]) text = text.replace(pattern, replacement);
  text = text.replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
  return dropPolite ? withoutPoliteEnds(text, language) : text;
}

/** The text without a polite word at either end, however many there are ("please kindly start it please"). */
export function withoutPoliteEnds(text: string, language: Language): string {
  const { leading, trailing } = POLITE[language];
  let cut = text.trim();
  for (let before = ''; before !== cut; ) {
    before = cut;
    cut = cut.replace(leading, '').replace(trailing, '').replace(/\s+/g, ' ').trim();
  }
  return cut;
}

export type Language = 'en' | 'de';

const CONTRACTIONS: Readonly<Record<Language, readonly (readonly [RegExp, string])[]>> = {
  en: [
    [/\bcan't\b/g, 'can not'],
    [/\bcannot\b/g, 'can not'],
    [/\bwon't\b/g, 'will not'],
    [/\bshan't\b/g, 'shall not'],
    [/\b(\w+)n't\b/g, '$1 not'],
    [/\blet's\b/g, 'let us'],
    [/\b(what|that|it|there|here|how|where|who|when|he|she)'s\b/g, '$1 is'],
    [/\b(\w+)'m\b/g, '$1 am'],
    [/\b(\w+)'re\b/g, '$1 are'],
    [/\b(\w+)'ve\b/g, '$1 have'],
    [/\b(\w+)'ll\b/g, '$1 will'],
    [/\b(\w+)'d\b/g, '$1 would'],
    [/\bgotta\b/g, 'got to'],
    [/\bwanna\b/g, 'want to'],
  ],
  de: [
    [/(\p{L})'s\b/gu, '$1 es'],
    [/\bgibts\b/g, 'gibt es'],
  ],
};

/**
 * Words that only make a request polite. English also has "kindly" in front (Indian
 * English) and thanks at the end ("cheers" in British and Australian English).
 */
const POLITE: Readonly<Record<Language, { leading: RegExp; trailing: RegExp }>> = {
  en: { leading: /^(please|kindly)\b/, trailing: /\b(please|thanks|thank you|cheers)$/ },
  de: { leading: /^bitte\b/, trailing: /\bbitte$/ },
};
