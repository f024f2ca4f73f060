import type { Server } from 'node:http';

/**
 * Alexa sends a small request and waits 8 s for the answer: a client slower than this is
 * not Alexa, and holding its socket open is how a server is starved.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 5_000, requestTimeout: 10_000, keepAliveTimeout: 5_000 } as const;

export function applyTimeouts(server: Server): Server {
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeout;
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeout;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeout;
  return server;
}
