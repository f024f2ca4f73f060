import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask, pauseHere } from '../speech/actions';
import { questionFor } from '../speech/questions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** What "no" to the mindfulness caution offers instead (docs/protocol.md). */
const INSTEAD_OF_MINDFULNESS = { exercise: 'pmr', variant: 'short' } as const;

/**
 * "No" to "go on?" pauses; "no" to "continue where you were?" or "delete everything?"
 * keeps everything and asks what next; "no" after the mindfulness caution offers the
 * muscle relaxation instead.
 */
export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.No),
  async handle(input) {
    const turn = Turn.of(input);
    const kind = turn.flow.kind;
    if (kind === 'askingRatingConsent') {
      turn.resetFlow();
      turn.update({ ...(await turn.record()), ratingsConsent: false });
      return ask(input, turn.t('rating.notStored'), await questionFor(turn));
    }
    if (kind === 'offeredResume' || kind === 'confirmingDelete') {
      turn.resetFlow();
      return ask(input, turn.t(kind === 'offeredResume' ? 'launch.declined' : 'delete.kept'), await questionFor(turn));
    }
    if (kind === 'cautioned') {
      turn.flow = { kind: 'offeredExercise', ...INSTEAD_OF_MINDFULNESS };
      return ask(input, turn.t('caution.declined'), await questionFor(turn));
    }
    return pauseHere(input, turn);
  },
};
