import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, pauseHere } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/**
 * "No" to "go on?" pauses; "no" to "continue where you were?" or "delete everything?"
 * keeps everything and asks what next.
 */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.No),
  async handle(input) {
    const turn = Turn.of(input);
    const kind = turn.flow.kind;
    if (kind === 'askingRatingConsent') {
      turn.resetFlow();
      await turn.save({ ...(await turn.record()), ratingsConsent: false });
      return ask(input, turn.t('rating.notStored'), turn.t('help.reprompt'));
    }
    if (kind === 'offeredResume' || kind === 'confirmingDelete') {
      turn.resetFlow();
      return ask(input, turn.t(kind === 'offeredResume' ? 'launch.declined' : 'delete.kept'), turn.t('help.reprompt'));
    }
    return pauseHere(input, turn);
  },
};
