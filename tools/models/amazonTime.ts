/**
 * AMAZON.TIME for the local resolver (resolve.ts, BUILT_IN_TYPES): what people typically
 * say for a time of day, in English or German, as the value Alexa sends ("20:00", or
 * MO/AF/EV/NI for a part of the day). A bare number ("six") is no time: it needs minutes,
 * "o'clock", am/pm or "Uhr", so it cannot take over a rating or a length.
 */
export function amazonTime(said: string): string | undefined {
  if (Object.hasOwn(PARTS_OF_DAY, said)) return PARTS_OF_DAY[said];
  const german = GERMAN.exec(said);
  if (german) return clock(numberOf(german[1]), numberOf(german[2] ?? '0'));
  const english = ENGLISH.exec(said);
  if (!english || !(english[2] || english[3] || english[4])) return undefined;
  let hour = numberOf(english[1]);
  const suffix = english[4]?.replace(' ', '');
  if (suffix && (hour < 1 || hour > 12)) return undefined;
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  return clock(hour, numberOf(english[2] ?? '0'));
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, thirty: 30, 'forty five': 45,
  null: 0, ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  einundzwanzig: 21, zweiundzwanzig: 22, dreiundzwanzig: 23, dreißig: 30, fünfundvierzig: 45,
};

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', 'in the morning': 'MO', morgens: 'MO', 'am morgen': 'MO',
  afternoon: 'AF', 'in the afternoon': 'AF', nachmittags: 'AF', 'am nachmittag': 'AF',
  evening: 'EV', 'in the evening': 'EV', abends: 'EV', 'am abend': 'EV',
  night: 'NI', tonight: 'NI', 'at night': 'NI', nachts: 'NI', 'in der nacht': 'NI',
  noon: '12:00', midday: '12:00', mittag: '12:00', mittags: '12:00',
  midnight: '00:00', mitternacht: '00:00',
};

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
/** "8 pm", "eight thirty pm", "8 30" (typed "8:30"), "eight o'clock". */
const ENGLISH = new RegExp(`^${NUMBER}(?: ${NUMBER})?( o'clock| o clock)?(?: ?(am|pm|a m|p m))?$`);
/** "20 uhr", "acht uhr dreißig". */
const GERMAN = new RegExp(`^${NUMBER} uhr(?: ${NUMBER})?$`);

function numberOf(token: string | undefined): number {
  if (token === undefined) return Number.NaN;
  if (/^\d+$/.test(token)) return Number(token);
  return Object.hasOwn(NUMBER_WORDS, token) ? (NUMBER_WORDS[token] ?? Number.NaN) : Number.NaN;
}

function clock(hour: number, minute: number): string | undefined {
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
