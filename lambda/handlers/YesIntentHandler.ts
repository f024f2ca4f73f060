import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { isTipTopic } from '../content/tips';
import { ask, continueAt, currentPosition, endWith, startAfterCaution, startExercise } from '../speech/actions';
import { giveTip } from '../speech/giveTip';
import { playSegment } from '../speech/playSegment';
import { questionFor } from '../speech/questions';
import { storeRating } from '../speech/storeRating';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Yes" answers the question the skill asked last. */
export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Yes),
  async handle(input) {
    const turn = Turn.of(input);
    const flow = turn.flow;
    switch (flow.kind) {
      case 'askedToGoOn':
      case 'offeredResume': {
        const position = await currentPosition(turn);
        if (!position) break;
        // Straight on after this session's own segment; anything else is named first.
        return turn.continuing ? playSegment(input, turn, position) : continueAt(input, turn, position);
      }
      case 'offeredTip':
        return giveTip(input, turn, isTipTopic(flow.topic) ? flow.topic : undefined);
      case 'offeredExercise':
        return startExercise(input, turn, flow.exercise, flow.variant);
      case 'cautioned':
        return startAfterCaution(input, turn, flow.exercise, flow.variant);
      case 'confirmingDelete': {
        turn.resetFlow();
        const deleted = await turn.deleteRecord();
        return endWith(input, turn.t(deleted ? 'delete.done' : 'delete.failed'));
      }
      case 'askingRatingConsent':
        return storeRating(input, turn, flow.value);
      case 'idle':
        break;
    }
    turn.resetFlow();
    return ask(input, turn.t('help.unsure'), await questionFor(turn));
  },
};
