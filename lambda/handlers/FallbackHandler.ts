import type { RequestHandler } from 'ask-sdk-core';
import { runFlow } from '../flow/runFlow';

/**
 * Last in the chain: AMAZON.FallbackIntent and any intent or request this skill has no
 * handler for. Says so briefly and asks the open question again, so nothing is lost.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => runFlow(input, { type: 'fallback' }),
};
