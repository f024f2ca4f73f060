import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { runFlow } from '../flow/runFlow';

/**
 * Silence, "Alexa, stop" mid-speech or the device going away. The place was settled
 * against this request's time before the handler ran (interceptors/settlePlace.ts) and is
 * saved at the end of the turn. Alexa ignores any speech here.
 */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => runFlow(input, { type: 'sessionEnded' }),
};
