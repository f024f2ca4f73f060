import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { runFlow } from '../flow/runFlow';
import { isIntent } from './requestMatchers';

/** "Delete my data": asks first; "yes" deletes (flow/table.ts). */
export const DeleteDataIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.DeleteData),
  handle: (input) => runFlow(input, { type: 'deleteData' }),
};
