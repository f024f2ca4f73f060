import type { Translate } from '../i18n';
import { parseSlotTime, type LocalTime } from './dailyReminder';

/**
 * A time of day as the locale says it, from the words in reminders.json: "8 pm",
 * "8:30 am", "noon" in English; "20 Uhr", "20 Uhr 30" in German. Takes the slot's
 * "HH:MM" (or MO/AF/EV/NI) or a parsed time; anything unparseable comes back as it was.
 */
export function formatTime(time: string | LocalTime, t: Translate): string {
  const parsed = typeof time === 'string' ? parseSlotTime(time) : time;
  if (!parsed) return String(time);
  const { hour, minute } = parsed;
  if (minute === 0 && hour === 12) return t('reminders:time.noon');
  if (minute === 0 && hour === 0) return t('reminders:time.midnight');
  // The language's clock: 12 hours with "8:05 am", or 24 hours with "8 Uhr 5".
  const twelve = t('reminders:time.clock') === '12';
  return t(minute === 0 ? 'reminders:time.onHour' : 'reminders:time.withMinutes', {
    context: hour < 12 ? 'am' : 'pm',
    hour: twelve ? hour % 12 || 12 : hour,
    minutes: twelve ? String(minute).padStart(2, '0') : String(minute),
  });
}

/** Several times in one phrase: "8 am and 8 pm", "8 Uhr und 20 Uhr". */
export function formatTimes(times: readonly (string | LocalTime)[], t: Translate, locale: string): string {
  const language = locale.slice(0, 2);
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(times.map((time) => formatTime(time, t)));
}
