import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';
import { repromptFor } from './repromptFor';

/** Says what can be done here, and keeps the session (and its question) open. */
export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Help),
  async handle(input) {
    const turn = Turn.of(input);
    const reprompt = repromptFor(turn);
    return ask(input, `${turn.t('help.text')} ${reprompt}`, reprompt);
  },
};
