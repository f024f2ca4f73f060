import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import { ANSWERS } from '../content/answers';
import type { IntentName } from '../constants';
import { findExercise, findVariant } from '../exercises/catalog';
import { ask, endWith } from '../speech/actions';
import { questionFor } from '../speech/questions';
import { sourceCard } from '../speech/sourceCard';
import { Speech } from '../speech/Speech';
import { Turn } from '../turn';

function answerFor(intentName: string) {
  return ANSWERS.get(intentName as IntentName);
}

/**
 * "What is progressive muscle relaxation?", "does it work?", "when should I see a doctor?":
 * a short, honest answer with its source on a card, then an exercise offered where it fits.
 * A warning ends there and closes the session: nothing is offered after it (docs/protocol.md).
 */
export const AnswerIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && answerFor(getIntentName(input.requestEnvelope)) !== undefined,
  async handle(input) {
    const turn = Turn.of(input);
    const { t } = turn;
    const answer = answerFor(getIntentName(input.requestEnvelope));
    if (!answer) throw new Error('AnswerIntentHandler without an answer');
    const key = `advice:answers.${answer.key}`;
    input.responseBuilder.withSimpleCard(t('card.answerTitle'), sourceCard(t, key));
    const sentences = [t(`${key}.text`), answer.emergency ? t('advice:answers.emergency.text', { number: t('emergencyNumber') }) : ''];
    if (answer.closesSession) {
      turn.resetFlow();
      return endWith(input, ...sentences);
    }
    const exercise = answer.offer ? findExercise(answer.offer.exercise) : undefined;
    if (answer.offer && exercise) {
      turn.flow = { kind: 'offeredExercise', exercise: exercise.id, variant: findVariant(exercise, answer.offer.variant).id };
    } else {
      turn.resetFlow();
    }
    return ask(input, new Speech().say(...sentences), await questionFor(turn));
  },
};
