import { getRequestType, type RequestHandler } from 'ask-sdk-core';

/**
 * Silence, "Alexa, stop" mid-speech or the device going away. Nothing to save: the
 * place was stored when its segment started. Alexa ignores any speech here.
 */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};
