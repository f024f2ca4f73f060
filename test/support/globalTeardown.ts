import type { Server } from 'node:http';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { dynaliteServer?: Server }).dynaliteServer;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}
