import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "My tension is 6": stored only with the person's consent, asked for the first time. */
export const RateTensionIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.RateTension),
  handle(input) {
    const raw = getSlotValue(input.requestEnvelope, SlotNames.Rating);
    const value = raw !== undefined && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    return runFlow(input, value >= 0 && value <= 10 ? { type: 'rate', value } : { type: 'rate' });
  },
};
