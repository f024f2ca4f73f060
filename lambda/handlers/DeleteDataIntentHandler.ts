import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { ask } from '../speech/actions';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "Delete my data": asks first; YesIntentHandler and NoIntentHandler answer the question. */
export const DeleteDataIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.DeleteData),
  handle(input) {
    const turn = Turn.of(input);
    turn.flow = { kind: 'confirmingDelete' };
    return ask(input, turn.t('delete.confirm'), { ask: '', reprompt: turn.t('delete.confirmReprompt') });
  },
};
