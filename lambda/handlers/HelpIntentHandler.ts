import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Help": what can be done here, then the question that matches where the person is. */
export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Help),
  handle: (input) => runFlow(input, { type: 'help' }),
};
