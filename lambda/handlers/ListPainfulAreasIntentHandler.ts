import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "What do you know about my back?", "which areas are you skipping?": the painful areas noted. */
export const ListPainfulAreasIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.ListPainfulAreas),
  handle: (input) => runFlow(input, { type: 'listPainfulAreas' }),
};
