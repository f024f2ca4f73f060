import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Ow, that hurts", "I've got a cramp": stop as a pause does, keeping the place, and say it kindly. */
export const ItHurtsIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.ItHurts),
  handle: (input) => runFlow(input, { type: 'pause', hurts: true }),
};
