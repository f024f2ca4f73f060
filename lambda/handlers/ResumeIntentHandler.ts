import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Resume", "continue", "carry on from where I stopped yesterday": on from the kept place; with nothing kept, a new relaxation. */
export const ResumeIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Resume, IntentNames.ResumeWhereLeftOff),
  handle: (input) => runFlow(input, { type: 'resume' }),
};
