import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "How am I doing": sessions, minutes and streak, briefly and without pressure; ratings if stored. */
export const ProgressIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Progress),
  handle: (input) => runFlow(input, { type: 'progress' }),
};
