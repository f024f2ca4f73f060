import type { RequestEnvelope } from 'ask-sdk-model';

/** What Lambda was given is not an Alexa request envelope: refused, never guessed at. */
export class InvalidEnvelopeError extends Error {
  override readonly name = 'InvalidEnvelopeError';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one check before ask-sdk sees an event. Anything without a request object (null,
 * undefined, a string, an array) is refused with InvalidEnvelopeError; a request whose
 * locale is not a string is answered as if it had none, in US English.
 */
export function checkedEnvelope(event: unknown): RequestEnvelope {
  if (!isObject(event)) throw new InvalidEnvelopeError(`not an Alexa request envelope (${event === null ? 'null' : typeof event})`);
  const { request } = event;
  if (!isObject(request)) throw new InvalidEnvelopeError('Alexa request envelope without a request object');
  if (request.locale === undefined || typeof request.locale === 'string') return event as unknown as RequestEnvelope;
  const { locale: _locale, ...rest } = request;
  return { ...event, request: rest } as unknown as RequestEnvelope;
}
