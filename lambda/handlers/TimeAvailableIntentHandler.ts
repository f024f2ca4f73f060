import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { AMOUNT_MINUTES, isTimeAmount } from '../content/amountMinutes';
import { durationMinutes } from '../content/durationMinutes';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/**
 * "I've got ten minutes", "only a few minutes before my bus": the exercise and length that fit.
 * A precise time wins over a vague one ("a bit of time, maybe five minutes"); no time that fits
 * an exercise starts the standard relaxation, as a plain "start the relaxation" does.
 */
export const TimeAvailableIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.TimeAvailable),
  handle: (input) => {
    const minutes = durationMinutes(getSlotValue(input.requestEnvelope, SlotNames.Duration));
    if (minutes !== undefined) return runFlow(input, { type: 'startForMinutes', minutes });
    const amount = resolvedSlotId(input, SlotNames.Amount);
    if (isTimeAmount(amount)) return runFlow(input, { type: 'startForMinutes', minutes: AMOUNT_MINUTES[amount], amount });
    return runFlow(input, { type: 'startRelaxation' });
  },
};
