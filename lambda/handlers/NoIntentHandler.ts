import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "No": declines the question the skill asked last, or pauses (flow/table.ts). */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.No),
  handle: (input) => runFlow(input, { type: 'no' }),
};
