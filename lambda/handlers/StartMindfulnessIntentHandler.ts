import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "Start a body scan", "a short breathing exercise", "a mindfulness exercise". */
export const StartMindfulnessIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartMindfulness),
  handle: (input) => {
    const exercise = resolvedSlotId(input, SlotNames.Exercise);
    const variant = resolvedSlotId(input, SlotNames.Length);
    return runFlow(input, { type: 'startMindfulness', ...(exercise ? { exercise } : {}), ...(variant ? { variant } : {}) });
  },
};
