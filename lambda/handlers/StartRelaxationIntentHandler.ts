import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { durationMinutes } from '../content/durationMinutes';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/**
 * "Start a short relaxation", "the long version": a new PMR; no length means standard.
 * A time said ("I've got ten minutes") is TimeAvailableIntent's; a model built before that
 * intent existed still sends it here, so the duration is still read.
 */
export const StartRelaxationIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartRelaxation),
  handle: (input) => {
    const minutes = durationMinutes(getSlotValue(input.requestEnvelope, SlotNames.Duration));
    if (minutes !== undefined) return runFlow(input, { type: 'startForMinutes', minutes });
    const variant = resolvedSlotId(input, SlotNames.Length);
    return runFlow(input, variant ? { type: 'startRelaxation', variant } : { type: 'startRelaxation' });
  },
};
