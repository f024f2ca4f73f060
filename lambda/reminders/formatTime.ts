import { parseSlotTime, type LocalTime } from './dailyReminder';

/**
 * A time of day as it is said in the locale's language: "8 pm", "8:30 am", "noon" in
 * English; "20 Uhr", "20 Uhr 30" in German. Takes the slot's "HH:MM" (or MO/AF/EV/NI)
 * or a parsed time; anything unparseable comes back as it was.
 */
export function formatTime(time: string | LocalTime, locale: string): string {
  const parsed = typeof time === 'string' ? parseSlotTime(time) : time;
  if (!parsed) return String(time);
  const { hour, minute } = parsed;
  if (isGerman(locale)) return minute === 0 ? `${hour} Uhr` : `${hour} Uhr ${minute}`;
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${clock} ${suffix}` : `${clock}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/** Several times in one phrase: "8 am and 8 pm", "8 Uhr und 20 Uhr". */
export function formatTimes(times: readonly (string | LocalTime)[], locale: string): string {
  const language = isGerman(locale) ? 'de' : 'en';
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(times.map((t) => formatTime(t, locale)));
}

function isGerman(locale: string): boolean {
  return locale.toLowerCase().startsWith('de');
}
