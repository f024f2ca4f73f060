import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Repeat": the segment that played last, once more, from where it started. */
export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Repeat),
  handle: (input) => runFlow(input, { type: 'repeat' }),
};
