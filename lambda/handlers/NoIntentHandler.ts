import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, pauseHere } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "No" to "go on?" pauses; "no" to "continue where you were?" keeps the place and asks what next. */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.No),
  async handle(input) {
    const turn = Turn.of(input);
    if (turn.flow.kind === 'offeredResume') {
      turn.resetFlow();
      return ask(input, turn.t('launch.declined'), turn.t('help.reprompt'));
    }
    return pauseHere(input, turn);
  },
};
