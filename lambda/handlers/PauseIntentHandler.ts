import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Pause", "stop", "cancel", "go home", "the doorbell rang, pause for now": end the session and keep the place. */
export const PauseIntentHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, IntentNames.Pause, IntentNames.PauseForNow, IntentNames.Stop, IntentNames.Cancel, IntentNames.NavigateHome),
  handle: (input) => runFlow(input, { type: 'pause' }),
};
