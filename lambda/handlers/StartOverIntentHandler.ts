import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Start over": the current exercise and length from its beginning (or a new relaxation). */
export const StartOverIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartOver),
  handle: (input) => runFlow(input, { type: 'startOver' }),
};
