import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { log } from '../log';

const STARTED = 'startedAt';

/** What may be logged about a request: its kind, never who asked or what they said. */
function summary(envelope: RequestEnvelope): Record<string, unknown> {
  const request = envelope.request as { type?: string; locale?: string; intent?: { name?: string }; reason?: string };
  return { requestType: request.type, intent: request.intent?.name, locale: request.locale, reason: request.reason };
}

export const LogRequestInterceptor: RequestInterceptor = {
  process(input) {
    // Not performance.now(): the global `performance` loads perf_hooks on first use, some ms
    // of a cold start (docs/performance.md).
    input.attributesManager.getRequestAttributes()[STARTED] = process.hrtime.bigint();
    log.debug('request', summary(input.requestEnvelope));
  },
};

/** One line per turn: what was asked, whether the session ends, how long it took. */
export const LogResponseInterceptor: ResponseInterceptor = {
  process(input, response) {
    const started: unknown = input.attributesManager.getRequestAttributes()[STARTED];
    log.info('turn', {
      ...summary(input.requestEnvelope),
      endsSession: response?.shouldEndSession ?? null,
      ms: typeof started === 'bigint' ? Math.round(Number(process.hrtime.bigint() - started) / 1e6) : undefined,
    });
  },
};
