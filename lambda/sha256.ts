import type * as Crypto from 'node:crypto';

/**
 * The SHA-256 of a text, as hex. `node:crypto` is required here on first use rather than
 * imported: loading it costs about a bare skill's whole module init, and a request that
 * needs no hash (an event, a session end) should not pay for it (docs/performance.md).
 */
let createHash: typeof Crypto.createHash | undefined;

export function sha256Hex(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy in the bundle on purpose
  createHash ??= (require('node:crypto') as typeof Crypto).createHash;
  return createHash('sha256').update(text).digest('hex');
}
