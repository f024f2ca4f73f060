import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask } from '../speech/actions';
import { afterSideRequest, questionFor } from '../speech/questions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** Says what can be done here, and ends on the question that matches where the person is. */
export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Help),
  async handle(input) {
    const turn = Turn.of(input);
    afterSideRequest(turn);
    return ask(input, turn.t('help.text'), await questionFor(turn));
  },
};
