import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, currentPosition } from '../speech/actions';
import { playSegment } from '../speech/playSegment';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Repeat": the segment that played last, once more. */
export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Repeat),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    if (position) return playSegment(input, turn, position, [turn.t('play.repeat')]);
    return ask(input, turn.t('nothingPaused.repeat'), turn.t('help.reprompt'));
  },
};
