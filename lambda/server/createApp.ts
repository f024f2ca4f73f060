import type { Skill } from 'ask-sdk-core';
import { SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { checkedEnvelope } from '../envelope';
import { log } from '../log';
import { flushMetrics } from '../metrics';
import { alexaCertificateUrl } from './certificateUrl';

export interface AppOptions {
  /**
   * Extra verifiers. Alexa's signature and timestamp checks are always on unless
   * `verifySignature` is false, which only a test with its own stand-in may pass.
   */
  verifiers?: Verifier[];
  verifySignature?: boolean;
}

const CERT_URL_HEADER = 'signaturecertchainurl';
/** Alexa's requests are a few KB; anything far larger is not from Alexa. */
const BODY_LIMIT = '128kb';

/** Short answers that say nothing about the code: no stack, no paths, no reason. */
const REFUSED = 'Bad request';
const FAILED = 'Internal error';

/** The certificate URL is checked here, strictly, before the SDK's verifier may fetch it. */
const checkCertificateUrl: RequestHandler = (req, res, next) => {
  const url = alexaCertificateUrl(req.headers[CERT_URL_HEADER]);
  if (!url) {
    log.warn('request refused', { reason: 'certificate URL' });
    res.status(400).type('text/plain').send(REFUSED);
    return;
  }
  // The SDK fetches what it reads from the header: give it the URL that passed the check.
  req.headers[CERT_URL_HEADER] = url;
  next();
};

/**
 * The skill as an Express app in production mode: POST / with Alexa's signature and
 * timestamp verified (ask-sdk-express-adapter's verifiers), GET /health. Every failure is
 * answered with a short plain-text body; the reason goes to the log only.
 */
export function createApp(skill: Skill, options: AppOptions = {}): Express {
  const verifySignature = options.verifySignature ?? true;
  const verifiers: Verifier[] = [
    ...(options.verifiers ?? []),
    ...(verifySignature ? [new SkillRequestSignatureVerifier()] : []),
    new TimestampVerifier(),
  ];
  const app = express();
  app.set('env', 'production');
  app.disable('x-powered-by');

  const dispatch: RequestHandler = async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'string') {
      res.status(400).type('text/plain').send(REFUSED);
      return;
    }
    try {
      await Promise.all(verifiers.map((verifier) => verifier.verify(body, req.headers)));
    } catch (error) {
      log.warn('request refused', { reason: 'verification', error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      res.status(400).type('text/plain').send(REFUSED);
      return;
    }
    try {
      res.json(await skill.invoke(checkedEnvelope(JSON.parse(body))));
    } catch (error) {
      log.error('request failed', { error: error instanceof Error ? error.name : 'unknown' });
      res.status(500).type('text/plain').send(FAILED);
    } finally {
      flushMetrics();
    }
  };

  app.post('/', ...(verifySignature ? [checkCertificateUrl] : []), express.text({ type: '*/*', limit: BODY_LIMIT }), dispatch);
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  // Body parser failures (too large, bad encoding) and anything else that threw.
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = (error as { status?: unknown }).status;
    const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
    log.warn('request failed', { status: code, error: error instanceof Error ? error.name : 'unknown' });
    if (res.headersSent) return;
    res.status(code).type('text/plain').send(code === 500 ? FAILED : REFUSED);
  };
  app.use(onError);
  return app;
}
