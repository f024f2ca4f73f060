import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, currentPosition, skipAhead } from '../speech/actions';
import { playSegment } from '../speech/playSegment';
import { questionFor } from '../speech/questions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Next", in a session or in a new one: the segment after the one that played. */
export const NextIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Next),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    // Said to "Shall I go on?", the place already moved to the next segment.
    if (position) return turn.continuing ? playSegment(input, turn, position) : skipAhead(input, turn, position);
    turn.resetFlow();
    return ask(input, turn.t('nothingPaused.next'), await questionFor(turn));
  },
};
