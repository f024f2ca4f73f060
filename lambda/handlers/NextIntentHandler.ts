import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Next", in a session or in a new one: the segment after the one that played. */
export const NextIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Next),
  handle: (input) => runFlow(input, { type: 'next' }),
};
