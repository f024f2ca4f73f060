/** Spoken whole numbers up to 99 in English and German ("twenty five", "fünfundzwanzig", "25"). */
export function spokenNumber(said: string): number | undefined {
  if (/^\d{1,3}$/.test(said)) return Number(said);
  if (Object.hasOwn(WORDS, said)) return WORDS[said];
  const english = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)$/.exec(said);
  if (english) return (WORDS[english[1]!] ?? Number.NaN) + (WORDS[english[2]!] ?? Number.NaN);
  const german = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(said);
  if (german) return (WORDS[german[1]!] ?? Number.NaN) + (WORDS[german[2]!] ?? Number.NaN);
  return undefined;
}

const WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  null: 0, ein: 1, eins: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
