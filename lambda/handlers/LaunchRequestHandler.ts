import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { runFlow } from '../flow/runFlow';

/** "Alexa, open/start muscle relaxation": offer a kept place, or begin the relaxation at once. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => runFlow(input, { type: 'launch' }),
};
