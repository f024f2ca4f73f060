import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { continueAt, currentPosition, goOn, startExercise } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/**
 * "Resume", "continue", "go on": within a playing session the next segment; otherwise
 * the kept place, directly; with nothing kept, a new relaxation.
 */
export const ResumeIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Resume),
  async handle(input) {
    const turn = Turn.of(input);
    const playing = turn.flow.kind === 'askedToGoOn';
    const position = await currentPosition(turn);
    if (position && playing) return goOn(input, turn, position);
    if (position) return continueAt(input, turn, position);
    return startExercise(input, turn, 'pmr', undefined, [turn.t('nothingPaused.resume')]);
  },
};
