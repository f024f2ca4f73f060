import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import { ANSWERS } from '../content/answers';
import type { IntentName } from '../constants';
import { findExercise, findVariant } from '../exercises/catalog';
import { ask } from '../speech/actions';
import { sourceCard } from '../speech/sourceCard';
import { Speech } from '../speech/Speech';
import { Turn } from '../turn';
import { repromptFor } from './repromptFor';

function answerFor(intentName: string) {
  return ANSWERS.get(intentName as IntentName);
}

/**
 * "What is progressive muscle relaxation?", "does it work?", "when should I see a doctor?":
 * a short, honest answer with its source on a card, then an exercise offered where it fits.
 */
export const AnswerIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && answerFor(getIntentName(input.requestEnvelope)) !== undefined,
  handle(input) {
    const turn = Turn.of(input);
    const { t } = turn;
    const answer = answerFor(getIntentName(input.requestEnvelope));
    if (!answer) throw new Error('AnswerIntentHandler without an answer');
    const key = `advice:answers.${answer.key}`;
    const speech = new Speech().say(t(`${key}.text`));
    if (answer.emergency) speech.say(t('advice:answers.emergency.text', { number: t('emergencyNumber') }));

    const exercise = answer.offer ? findExercise(answer.offer.exercise) : undefined;
    if (answer.offer && exercise) {
      const variant = findVariant(exercise, answer.offer.variant);
      turn.flow = { kind: 'offeredExercise', exercise: exercise.id, variant: variant.id };
      speech.say(t('offer.question', { variant: t(variant.nameKey) }));
    } else {
      turn.resetFlow();
      speech.say(t('answers.more'));
    }
    input.responseBuilder.withSimpleCard(t('card.answerTitle'), sourceCard(t, key));
    return ask(input, speech, repromptFor(turn));
  },
};
