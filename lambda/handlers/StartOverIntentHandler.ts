import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { currentPosition, startExercise } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Start over": the current exercise and length from its beginning (or a new relaxation). */
export const StartOverIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartOver),
  async handle(input) {
    const turn = Turn.of(input);
    const position = await currentPosition(turn);
    return startExercise(input, turn, position?.exercise.id ?? 'pmr', position?.variant.id, [
      turn.t('play.startOver'),
    ]);
  },
};
