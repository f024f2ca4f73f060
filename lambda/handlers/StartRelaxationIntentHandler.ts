import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "Start a short relaxation", "the long version": a new PMR; no length means standard. */
export const StartRelaxationIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartRelaxation),
  handle: (input) => {
    const variant = resolvedSlotId(input, SlotNames.Length);
    return runFlow(input, variant ? { type: 'startRelaxation', variant } : { type: 'startRelaxation' });
  },
};
