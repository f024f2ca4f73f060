import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { isTipTopic } from '../content/tips';
import { positionOf } from '../state/place';
import { ask, continueAt, endWith, goOn, startExercise } from '../speech/actions';
import { giveTip } from '../speech/giveTip';
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
        const position = positionOf(flow.place);
        if (!position) break;
        return flow.kind === 'askedToGoOn' ? goOn(input, turn, position) : continueAt(input, turn, position);
      }
      case 'offeredTip':
        return giveTip(input, turn, isTipTopic(flow.topic) ? flow.topic : undefined);
      case 'offeredExercise':
        return startExercise(input, turn, flow.exercise, flow.variant);
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
    return ask(input, turn.t('help.unsure'), turn.t('help.reprompt'));
  },
};
