import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Yes": answers the question the skill asked last (flow/table.ts). */
export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Yes),
  handle: (input) => runFlow(input, { type: 'yes' }),
};
