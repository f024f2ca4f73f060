import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { isTipTopic } from '../content/tips';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "Give me a back pain tip", "a tip about sleep". */
export const BackPainTipIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Tip),
  handle: (input) => {
    const topic = resolvedSlotId(input, SlotNames.Topic);
    return runFlow(input, isTipTopic(topic) ? { type: 'tip', topic } : { type: 'tip' });
  },
};
