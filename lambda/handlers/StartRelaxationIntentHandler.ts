import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { durationMinutes } from '../content/durationMinutes';
import { exerciseForMinutes } from '../content/exerciseForMinutes';
import { startExercise } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent, resolvedSlotId } from './requestMatchers';

/**
 * "Start a short relaxation", "the long version": a new PMR; no length means standard.
 * "I've got ten minutes": the exercise and length that fit, said before it starts.
 */
export const StartRelaxationIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartRelaxation),
  handle(input) {
    const turn = Turn.of(input);
    const minutes = durationMinutes(getSlotValue(input.requestEnvelope, SlotNames.Duration));
    if (minutes === undefined) return startExercise(input, turn, 'pmr', resolvedSlotId(input, SlotNames.Length));
    const choice = exerciseForMinutes(minutes);
    return startExercise(input, turn, choice.exercise, choice.variant, [turn.t('play.forMinutes', { minutes })]);
  },
};
