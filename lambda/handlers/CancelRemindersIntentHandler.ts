import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { activeReminders, answerFailure, askForPermission, hasConsentToken, logApiFailure, reminderClient } from '../reminders/reminderApi';
import { endWith } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/**
 * "Cancel my reminders": deletes every reminder this skill set for the person, at once.
 * No confirmation question: the request is explicit, it touches only this skill's
 * reminders (the API lists no others), and one sentence sets them again.
 */
export const CancelRemindersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.CancelReminders),
  async handle(input) {
    const turn = Turn.of(input);
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
  },
};
