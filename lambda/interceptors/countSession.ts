import type { RequestInterceptor } from 'ask-sdk-core';
import { countSessionStarted } from '../metrics';

/** Counts each new session for the operator's metrics (lambda/metrics.ts). */
export const CountSessionInterceptor: RequestInterceptor = {
  process(input) {
    if (input.requestEnvelope.session?.new === true) countSessionStarted();
  },
};
