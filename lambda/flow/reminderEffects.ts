import type { HandlerInput } from 'ask-sdk-core';
import type { Response, services } from 'ask-sdk-model';
import { buildDailyReminder, parseSlotTime, timeOfReminder, type LocalTime } from '../reminders/dailyReminder';
import { formatTime, formatTimes } from '../reminders/formatTime';
import { activeReminders, answerFailure, askForPermission, hasConsentToken, logApiFailure, reminderClient } from '../reminders/reminderApi';
import { ask, endWith } from '../speech/actions';
import { Speech } from '../speech/Speech';
import type { Turn } from '../turn';

/**
 * The reminder effects: calls to the Reminders API, run by the flow runner (flow/runFlow.ts).
 * Each ends the session, except "what time?" when the time was missing or unclear.
 */

/**
 * "Remind me to relax every day at 8 pm": a daily reminder at that time. Without a time
 * (or with one Alexa could not read) it asks for one; the answer ("at 8 pm") comes back
 * as the same intent. The person asked for this very reminder, so that is their consent to it;
 * the confirmation repeats time and recurrence, as Alexa's reminder guidelines ask.
 */
export async function setReminder(input: HandlerInput, turn: Turn, said: unknown): Promise<Response> {
  const { t } = turn;
  if (!hasConsentToken(input)) return askForPermission(input, turn);

  const time = parseSlotTime(said);
  if (!time) {
    // A new question replaces whatever was open before (the stored place is kept).
    const question = new Speech().say(said ? t('reminders:set.unclearTime') : '', t('reminders:set.askTime'));
    return ask(input, question, { ask: '', reprompt: t('reminders:set.askTimeReprompt') });
  }

  const client = reminderClient(input);
  if (!client) return endWith(input, t('reminders:set.failed'));
  const spokenTime = formatTime(time, t);
  try {
    const existing = await activeReminders(client);
    if (existing.some((r) => sameTime(timeOfReminder(r), time))) {
      return endWith(input, t('reminders:set.already', { time: spokenTime }));
    }
    await client.createReminder(buildDailyReminder(time, turn.locale, t('reminders:reminder.text')));
  } catch (error) {
    return answerFailure(input, turn, 'create', error, 'reminders:set.failed');
  }
  return endWith(input, t('reminders:set.done', { time: spokenTime }));
}

/** "What reminders do I have?": how many of this skill's reminders there are, and at what times. */
export async function listReminders(input: HandlerInput, turn: Turn): Promise<Response> {
  const { t } = turn;
  if (!hasConsentToken(input)) return askForPermission(input, turn);
  const client = reminderClient(input);
  if (!client) return endWith(input, t('reminders:list.failed'));
  let reminders: services.reminderManagement.Reminder[];
  try {
    reminders = await activeReminders(client);
  } catch (error) {
    return answerFailure(input, turn, 'list', error, 'reminders:list.failed');
  }
  if (reminders.length === 0) return endWith(input, t('reminders:list.none'));
  const times = distinctSorted(reminders.map(timeOfReminder));
  const count = reminders.length;
  if (times.length === 0) return endWith(input, t('reminders:list.count', { count }));
  return endWith(input, t('reminders:list.some', { count, times: formatTimes(times, t, turn.locale) }));
}

/**
 * "Cancel my reminders": deletes every reminder this skill set for the person, at once.
 * No confirmation question: the request is explicit, it touches only this skill's
 * reminders (the API lists no others), and one sentence sets them again.
 */
export async function cancelReminders(input: HandlerInput, turn: Turn): Promise<Response> {
  const { t } = turn;
  if (!hasConsentToken(input)) return askForPermission(input, turn);
  const client = reminderClient(input);
  if (!client) return endWith(input, t('reminders:cancel.failed'));
  let tokens: string[];
  try {
    tokens = (await activeReminders(client)).flatMap((r) => (typeof r.alertToken === 'string' && r.alertToken ? [r.alertToken] : []));
  } catch (error) {
    return answerFailure(input, turn, 'list', error, 'reminders:cancel.failed');
  }
  if (tokens.length === 0) return endWith(input, t('reminders:cancel.none'));

  const results = await Promise.allSettled(tokens.map((token) => client.deleteReminder(token)));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length === tokens.length) return answerFailure(input, turn, 'delete', failures[0], 'reminders:cancel.failed');
  if (failures.length > 0) {
    logApiFailure('delete', failures[0]);
    return endWith(input, t('reminders:cancel.partial'));
  }
  return endWith(input, t('reminders:cancel.done', { count: tokens.length }));
}

function sameTime(a: { hour: number; minute: number } | undefined, b: { hour: number; minute: number }): boolean {
  return a !== undefined && a.hour === b.hour && a.minute === b.minute;
}

function distinctSorted(times: readonly (LocalTime | undefined)[]): LocalTime[] {
  const byMinute = new Map<number, LocalTime>();
  for (const time of times) if (time) byMinute.set(time.hour * 60 + time.minute, time);
  return [...byMinute.entries()].sort(([a], [b]) => a - b).map(([, time]) => time);
}
