import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "A gentle one", "I'm in a lot of pain today": the relaxation with no tensing at all; no length means standard. */
export const StartGentleRelaxationIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartGentle),
  handle(input) {
    const variant = resolvedSlotId(input, SlotNames.Length);
    return runFlow(input, variant ? { type: 'startGentle', variant } : { type: 'startGentle' });
  },
};
