import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { startExercise } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent, resolvedSlotId } from './requestMatchers';

/** "Start a short relaxation", "the long version": a new PMR; no length means standard. */
export const StartRelaxationIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.StartRelaxation),
  handle: (input) => startExercise(input, Turn.of(input), 'pmr', resolvedSlotId(input, SlotNames.Length)),
};
