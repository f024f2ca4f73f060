import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import type { Verifier } from 'ask-sdk-express-adapter';
import express, { type Express } from 'express';

export interface AppOptions {
  /**
   * Extra verifiers. Alexa's signature and timestamp checks are always on unless
   * `verifySignature` is false, which only a test with its own stand-in may pass.
   */
  verifiers?: Verifier[];
  verifySignature?: boolean;
}

/** The skill as an Express app: POST / with Alexa's signature and timestamp verified. */
export function createApp(skill: Skill, options: AppOptions = {}): Express {
  const adapter = new ExpressAdapter(skill, options.verifySignature ?? true, true, [...(options.verifiers ?? [])]);
  const app = express();
  app.disable('x-powered-by');
  app.post('/', ...adapter.getRequestHandlers());
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}
