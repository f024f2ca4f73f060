import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Cancel my reminders": every reminder this skill set, at once. */
export const CancelRemindersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.CancelReminders),
  handle: (input) => runFlow(input, { type: 'cancelReminders' }),
};
