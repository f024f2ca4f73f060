import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Question } from './questions';
import { Speech } from './Speech';

/** A last answer: speak and end the session. */
export function endWith(input: HandlerInput, ...sentences: string[]): Response {
  return input.responseBuilder
    .speak(new Speech().say(...sentences).toString())
    .withShouldEndSession(true)
    .getResponse();
}

/**
 * Keeps the session open: what is said, then the one closing question (said once), and
 * the reprompt. `question.ask` may be empty when `speech` already ends on that question.
 */
export function ask(input: HandlerInput, speech: string | Speech, question: Question): Response {
  const body = typeof speech === 'string' ? new Speech().say(speech) : speech;
  return input.responseBuilder
    .speak(body.say(question.ask).toString())
    .reprompt(new Speech().say(question.reprompt).toString())
    .getResponse();
}
