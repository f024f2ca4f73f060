import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs (Powertools; level from POWERTOOLS_LOG_LEVEL). Only request types,
 * intent names, locales, timings and error names are logged: never a userId, deviceId,
 * utterance or slot value.
 */
export const log = new Logger({ serviceName: 'muscle-relaxation' });
