import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { isRegionId } from '../exercises/regions';
import { runFlow } from '../flow/runFlow';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "My neck is better" clears that area; "tense everything again", "forget my back" with no known area clears all. */
export const ClearPainfulAreasIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.ClearPainfulAreas),
  handle(input) {
    const region = resolvedSlotId(input, SlotNames.Region);
    return runFlow(input, isRegionId(region) ? { type: 'clearPainfulAreas', region } : { type: 'clearPainfulAreas' });
  },
};
