import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "What reminders do I have?" */
export const ListRemindersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.ListReminders),
  handle: (input) => runFlow(input, { type: 'listReminders' }),
};
