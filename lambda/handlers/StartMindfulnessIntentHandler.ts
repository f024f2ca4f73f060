import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { findExercise } from '../exercises/catalog';
import { ask, startExercise } from '../speech/actions';
import { questionFor } from '../speech/questions';
import { Turn } from '../turn';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** Suggested when someone asks for "a mindfulness exercise" without naming one. */
const SUGGESTED = 'breathingSpace';

/** "Start a body scan", "a short breathing exercise", "a mindfulness exercise". */
export const StartMindfulnessIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartMindfulness),
  async handle(input) {
    const turn = Turn.of(input);
    const exerciseId = resolvedSlotId(input, SlotNames.Exercise);
    const exercise = exerciseId ? findExercise(exerciseId) : undefined;
    if (exercise?.family === 'mindfulness') {
      return startExercise(input, turn, exercise.id, resolvedSlotId(input, SlotNames.Length));
    }
    turn.flow = { kind: 'offeredExercise', exercise: SUGGESTED };
    // The menu ends on its own question.
    return ask(input, turn.t('mindfulness.menu'), { ...(await questionFor(turn)), ask: '' });
  },
};
