import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, currentPosition, goOn } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Next", in a session or in a new one: skip to the segment after the one that played. */
export const NextIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Next),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    if (position) return goOn(input, turn, position);
    return ask(input, turn.t('nothingPaused.next'), turn.t('help.reprompt'));
  },
};
