import type { ErrorHandler as AskErrorHandler } from 'ask-sdk-core';
import { ask } from '../speech/actions';
import { Turn } from '../turn';

/** Anything that threw: a short apology; the stored place is untouched. */
export const ErrorHandler: AskErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    console.error(JSON.stringify({ level: 'ERROR', message: 'handler failed', error: error.name }));
    const turn = Turn.of(input);
    return ask(input, turn.t('error'), turn.t('help.reprompt'));
  },
};
