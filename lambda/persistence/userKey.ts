import type { RequestEnvelope } from 'ask-sdk-model';
import { sha256Hex } from '../sha256';

/** The Alexa userId of a request, wherever the envelope carries it; undefined when it has none. */
export function userIdOf(envelope: RequestEnvelope): string | undefined {
  const userId: unknown = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  return typeof userId === 'string' && userId ? userId : undefined;
}

/** The stored key: never the raw Alexa userId, only its SHA-256 (docs/architecture.md#contracts). */
export function hashedUserKey(envelope: RequestEnvelope): string {
  const userId = userIdOf(envelope);
  if (!userId) throw new Error('request has no user id');
  return sha256Hex(userId);
}
