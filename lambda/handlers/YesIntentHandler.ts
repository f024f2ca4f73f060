import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { positionOf } from '../state/place';
import { ask, continueAt, goOn } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Yes" answers the question the skill asked last: go on, or continue at the kept place. */
export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Yes),
  async handle(input) {
    const turn = Turn.of(input);
    const flow = turn.flow;
    const position = flow.kind === 'idle' ? undefined : positionOf(flow.place);
    if (flow.kind === 'askedToGoOn' && position) return goOn(input, turn, position);
    if (flow.kind === 'offeredResume' && position) return continueAt(input, turn, position);
    return ask(input, turn.t('help.unsure'), turn.t('help.reprompt'));
  },
};
