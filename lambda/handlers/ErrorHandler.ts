import type { ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import { log } from '../log';
import { ask } from '../speech/actions';
import { Turn } from '../turn';
import { DeletionFailedError } from './SkillDisabledHandler';

/**
 * Anything that threw: a short apology and the question again; the stored place is
 * untouched. Events (no one is listening) get a silent answer instead, except a failed
 * deletion, which fails the invocation so Alexa sends the event again.
 */
export const ErrorHandler: AskErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    if (error instanceof DeletionFailedError) throw error;
    log.error('handler failed', { error: error.name, detail: error.message.slice(0, 200) });
    const type = input.requestEnvelope.request?.type;
    if (type !== 'LaunchRequest' && type !== 'IntentRequest') {
      return input.responseBuilder.getResponse();
    }
    const turn = Turn.of(input);
    turn.resetFlow();
    return ask(input, turn.t('error'), { ask: turn.t('help.question'), reprompt: turn.t('help.reprompt') });
  },
};
