import { spokenNumber } from './spokenNumber';

/**
 * AMAZON.TIME for the local resolver (resolve.ts, BUILT_IN_TYPES): what people typically
 * say for a time of day, in English or German, as the value Alexa sends ("20:00", or
 * MO/AF/EV/NI for a part of the day): "eight pm", "seven in the evening", "half past
 * eight", "half six" (British, 6:30), "quarter to nine", "acht Uhr abends", "halb acht"
 * (7:30), "viertel nach fünf". A bare hour ("seven") is read as that hour, as Alexa does.
 */
export function amazonTime(said: string): string | undefined {
  if (Object.hasOwn(PARTS_OF_DAY, said)) return PARTS_OF_DAY[said];
  const [clockPart, dayPart] = splitPartOfDay(said);
  const time = clockTime(clockPart);
  if (!time) return undefined;
  let { hour } = time;
  if (dayPart === 'pm' && hour < 12) hour += 12;
  if (dayPart === 'am' && hour === 12) hour = 0;
  return clock(hour, time.minute);
}

/** "seven in the evening" -> ["seven", "pm"]. */
function splitPartOfDay(said: string): [string, 'am' | 'pm' | undefined] {
  for (const [suffix, half] of DAY_SUFFIXES) {
    if (said.endsWith(` ${suffix}`)) return [said.slice(0, -suffix.length - 1), half];
  }
  return [said, undefined];
}

function clockTime(said: string): { hour: number; minute: number } | undefined {
  const text = said.replace(/ (o'clock|o clock|uhr)$/, '').replace(/^(um|at) /, '');
  let match = /^(half|quarter) past (.+)$/.exec(text) ?? /^(viertel) nach (.+)$/.exec(text);
  if (match) return at(match[2], match[1] === 'half' ? 30 : 15, 0);
  match = /^(quarter|viertel) (to|vor) (.+)$/.exec(text);
  if (match) return at(match[3], 45, -1);
  match = /^(halb) (.+)$/.exec(text);
  if (match) return at(match[2], 30, -1);
  match = /^half (.+)$/.exec(text);
  if (match) return at(match[1], 30, 0);
  match = /^(.+?) uhr (.+)$/.exec(said);
  if (match) return hourAndMinute(match[1]!, match[2]!);
  const words = text.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const time = hourAndMinute(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
    if (time) return time;
  }
  return hourAndMinute(text, '0');
}

function at(hourWords: string | undefined, minute: number, hourShift: number): { hour: number; minute: number } | undefined {
  const hour = spokenNumber(hourWords ?? '');
  return hour === undefined || hour < 1 || hour > 12 ? undefined : { hour: (hour + hourShift + 24) % 24, minute };
}

function hourAndMinute(hourWords: string, minuteWords: string): { hour: number; minute: number } | undefined {
  const hour = hourWords === 'noon' || hourWords === 'mittag' ? 12 : spokenNumber(hourWords);
  const minute = minuteWords === 'o five' ? 5 : spokenNumber(minuteWords.replace(/^oh? /, ''));
  if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) return undefined;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? { hour, minute } : undefined;
}

const DAY_SUFFIXES: readonly (readonly [string, 'am' | 'pm'])[] = [
  ['in the morning', 'am'], ['am', 'am'], ['a m', 'am'], ['morgens', 'am'], ['früh', 'am'], ['vormittags', 'am'], ['am morgen', 'am'],
  ['in the afternoon', 'pm'], ['in the evening', 'pm'], ['at night', 'pm'], ['in the night', 'pm'], ['pm', 'pm'], ['p m', 'pm'],
  ['nachmittags', 'pm'], ['abends', 'pm'], ['am abend', 'pm'], ['am nachmittag', 'pm'], ['nachts', 'pm'],
];

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', 'in the morning': 'MO', morgens: 'MO', 'am morgen': 'MO',
  afternoon: 'AF', 'in the afternoon': 'AF', nachmittags: 'AF', 'am nachmittag': 'AF',
  evening: 'EV', 'in the evening': 'EV', abends: 'EV', 'am abend': 'EV',
  night: 'NI', tonight: 'NI', 'at night': 'NI', nachts: 'NI', 'in der nacht': 'NI',
  noon: '12:00', midday: '12:00', mittag: '12:00', mittags: '12:00', 'lunch time': '12:00',
  midnight: '00:00', mitternacht: '00:00',
};

function clock(hour: number, minute: number): string | undefined {
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
