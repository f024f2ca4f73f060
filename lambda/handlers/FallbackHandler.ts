import type { RequestHandler } from 'ask-sdk-core';
import { ask } from '../speech/actions';
import { Turn } from '../turn';
import { repromptFor } from './repromptFor';

/**
 * Last in the chain: AMAZON.FallbackIntent and any intent or request this skill has no
 * handler for. Says so briefly and repeats the open question, so nothing is lost.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    const turn = Turn.of(input);
    const reprompt = repromptFor(turn);
    return ask(input, `${turn.t('fallback')} ${reprompt}`, reprompt);
  },
};
