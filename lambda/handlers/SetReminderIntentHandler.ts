import { getSlot, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Remind me to relax every day at 8 pm", or the time alone when the skill asked for it. */
export const SetReminderIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.SetReminder),
  handle: (input) => runFlow(input, { type: 'setReminder', said: getSlot(input.requestEnvelope, SlotNames.Time)?.value }),
};
