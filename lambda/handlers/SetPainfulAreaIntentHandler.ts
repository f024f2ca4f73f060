import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { isRegionId } from '../exercises/regions';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "My lower back hurts today", "skip my neck": that area is noticed, not tensed, until it is better. */
export const SetPainfulAreaIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.SetPainfulArea),
  handle(input) {
    const region = resolvedSlotId(input, SlotNames.Region);
    return runFlow(input, isRegionId(region) ? { type: 'setPainfulArea', region } : { type: 'setPainfulArea' });
  },
};
