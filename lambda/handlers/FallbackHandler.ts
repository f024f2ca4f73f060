import type { RequestHandler } from 'ask-sdk-core';
import { ask } from '../speech/actions';
import { afterSideRequest, questionFor } from '../speech/questions';
import { Turn } from '../turn';

/**
 * Last in the chain: AMAZON.FallbackIntent and any intent or request this skill has no
 * handler for. Says so briefly and asks the open question again, so nothing is lost.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: () => true,
  async handle(input) {
    const turn = Turn.of(input);
    afterSideRequest(turn);
    return ask(input, turn.t('fallback'), await questionFor(turn));
  },
};
