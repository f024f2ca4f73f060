import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Resume", "continue": on from the kept place; with nothing kept, a new relaxation. */
export const ResumeIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Resume),
  handle: (input) => runFlow(input, { type: 'resume' }),
};
