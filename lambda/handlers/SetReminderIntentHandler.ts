import { getSlot, type RequestHandler } from 'ask-sdk-core';
import { buildDailyReminder, parseSlotTime, timeOfReminder } from '../reminders/dailyReminder';
import { formatTime } from '../reminders/formatTime';
import { IntentNames, SlotNames } from '../constants';
import { activeReminders, answerFailure, askForPermission, hasConsentToken, reminderClient } from '../reminders/reminderApi';
import { ask, endWith } from '../speech/actions';
import { Speech } from '../speech/Speech';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/**
 * "Remind me to relax every day at 8 pm": a daily reminder at that time. Without a time
 * (or with one Alexa could not read) it asks for one; the answer ("at 8 pm") comes back
 * as this intent. The person asked for this very reminder, so that is their consent to it;
 * the confirmation repeats time and recurrence, as Alexa's reminder guidelines ask.
 */
export const SetReminderIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.SetReminder),
  async handle(input) {
    const turn = Turn.of(input);
    const { t } = turn;
    if (!hasConsentToken(input)) return askForPermission(input, turn);

    const said: unknown = getSlot(input.requestEnvelope, SlotNames.Time)?.value;
    const time = parseSlotTime(said);
    if (!time) {
      // A new question replaces whatever was open before (the stored place is kept).
      turn.resetFlow();
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
  },
};

function sameTime(a: { hour: number; minute: number } | undefined, b: { hour: number; minute: number }): boolean {
  return a !== undefined && a.hour === b.hour && a.minute === b.minute;
}
