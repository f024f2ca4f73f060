import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import { ANSWERS } from '../content/answers';
import type { IntentName } from '../constants';
import { runFlow } from '../flow/runFlow';

function answerFor(intentName: string) {
  return ANSWERS.get(intentName as IntentName);
}

/**
 * "What is progressive muscle relaxation?", "does it work?", "when should I see a doctor?":
 * a short, honest answer with its source on a card; an exercise offered where it fits, and
 * nothing after a warning (flow/table.ts).
 */
export const AnswerIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && answerFor(getIntentName(input.requestEnvelope)) !== undefined,
  handle(input) {
    const answer = answerFor(getIntentName(input.requestEnvelope));
    if (!answer) throw new Error('AnswerIntentHandler without an answer');
    return runFlow(input, { type: 'answer', answer });
  },
};
