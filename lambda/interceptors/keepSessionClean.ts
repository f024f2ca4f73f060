import type { ResponseInterceptor } from 'ask-sdk-core';
import { Turn } from '../turn';

/** Sends back only the skill's own, checked session state, and none when the session ends. */
export const KeepSessionCleanInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!input.requestEnvelope.session) return;
    const attributes = input.attributesManager.getSessionAttributes();
    input.attributesManager.setSessionAttributes(Turn.sessionToKeep(attributes, response?.shouldEndSession !== false));
  },
};
