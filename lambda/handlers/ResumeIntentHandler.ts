import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { continueAt, currentPosition, startExercise } from '../speech/actions';
import { playSegment } from '../speech/playSegment';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/**
 * "Resume", "continue", "go on": within a playing session the next segment; otherwise
 * the kept place, directly, named first; with nothing kept, a new relaxation.
 */
export const ResumeIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Resume),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    if (position) return turn.continuing ? playSegment(input, turn, position) : continueAt(input, turn, position);
    return startExercise(input, turn, 'pmr', undefined, [turn.t('nothingPaused.resume')]);
  },
};
