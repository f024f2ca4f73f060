import { createHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/** The stored key: never the raw Alexa userId, only its SHA-256 (docs/architecture.md#contracts). */
export function hashedUserKey(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('request has no user id');
  return createHash('sha256').update(userId).digest('hex');
}
