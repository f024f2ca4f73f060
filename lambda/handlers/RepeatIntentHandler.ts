import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, currentPosition } from '../speech/actions';
import { playSegment } from '../speech/playSegment';
import { questionFor } from '../speech/questions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Repeat": the segment that played last, once more, from where it started. */
export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Repeat),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    if (position) return playSegment(input, turn, position, [turn.t('play.repeat')]);
    turn.resetFlow();
    return ask(input, turn.t('nothingPaused.repeat'), await questionFor(turn));
  },
};
