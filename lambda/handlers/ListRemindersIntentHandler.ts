import type { RequestHandler } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { timeOfReminder, type LocalTime } from '../reminders/dailyReminder';
import { formatTimes } from '../reminders/formatTime';
import { IntentNames } from '../constants';
import { activeReminders, answerFailure, askForPermission, hasConsentToken, reminderClient } from '../reminders/reminderApi';
import { endWith } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "What reminders do I have?": how many of this skill's reminders there are, and at what times. */
export const ListRemindersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.ListReminders),
  async handle(input) {
    const turn = Turn.of(input);
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
  },
};

function distinctSorted(times: readonly (LocalTime | undefined)[]): LocalTime[] {
  const byMinute = new Map<number, LocalTime>();
  for (const time of times) if (time) byMinute.set(time.hour * 60 + time.minute, time);
  return [...byMinute.entries()].sort(([a], [b]) => a - b).map(([, time]) => time);
}
