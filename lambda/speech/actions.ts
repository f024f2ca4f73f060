import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise, findVariant } from '../exercises/catalog';
import { positionOf, withSegment, type Position } from '../state/place';
import type { Turn } from '../turn';
import { describePosition, playSegment } from './playSegment';
import type { Question } from './questions';
import { Speech } from './Speech';

/**
 * The transitions shared by several handlers: start, continue, go on, pause.
 * Each one ends in a complete response.
 */

/** A break longer than this earns one settling line before the exercise continues. */
const SETTLE_AFTER_MS = 3600 * 1000;

/** The person's place, already settled against this request (interceptors/settlePlace.ts). */
export async function currentPosition(turn: Turn): Promise<Position | undefined> {
  const place = (await turn.record()).place;
  return place ? positionOf(place) : undefined;
}

/**
 * Starts an exercise at its beginning. A first-time person hears the PMR welcome and
 * safety line; before the first mindfulness exercise the caution is given and the
 * exercise waits for a yes (docs/protocol.md).
 */
export async function startExercise(
  input: HandlerInput,
  turn: Turn,
  exerciseId: string,
  variantId?: string,
  leadIn: readonly string[] = [],
): Promise<Response> {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(`unknown exercise ${exerciseId}`);
  const variant = findVariant(exercise, variantId);
  const { t } = turn;
  const record = await turn.record();
  const position: Position = { exercise, variant, segment: 0, block: 0 };
  if (exercise.family === 'mindfulness') {
    if (!record.mindfulnessCautioned) {
      turn.flow = { kind: 'cautioned', exercise: exercise.id, variant: variant.id };
      const question = t('caution.mindfulnessQuestion', { variant: t(variant.nameKey) });
      return ask(input, new Speech().say(...leadIn, t('welcome.mindfulnessCaution')), { ask: question, reprompt: question });
    }
    // Every mindfulness script opens by naming itself, so nothing is announced before it.
    return playSegment(input, turn, position, leadIn);
  }
  const introduction = record.welcomed ? [] : [t('welcome.firstTime'), t('welcome.safety')];
  const announce = t('play.announce', { variant: t(variant.nameKey), ...variant.minutes });
  return playSegment(input, turn, position, [...introduction, ...leadIn, announce], { welcomed: true });
}

/** After the caution, the person said yes: the mindfulness exercise starts, and the caution is not given again. */
export function startAfterCaution(input: HandlerInput, turn: Turn, exerciseId: string, variantId?: string): Promise<Response> {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(`unknown exercise ${exerciseId}`);
  const position: Position = { exercise, variant: findVariant(exercise, variantId), segment: 0, block: 0 };
  return playSegment(input, turn, position, [], { mindfulnessCautioned: true });
}

/** Continues at a kept place with a re-orientation; after a long break, a settling line first. */
export async function continueAt(input: HandlerInput, turn: Turn, position: Position): Promise<Response> {
  const place = (await turn.record()).place;
  const longBreak = place !== null && turn.now.getTime() - Date.parse(place.savedAt) > SETTLE_AFTER_MS;
  const leadIn = [longBreak ? turn.t('play.settle') : '', turn.t('play.continueAt', describePosition(turn, position))];
  return playSegment(input, turn, position, leadIn);
}

/** Plays the segment after the one the position is in. */
export async function skipAhead(input: HandlerInput, turn: Turn, position: Position): Promise<Response> {
  return playSegment(input, turn, withSegment(position, position.segment + 1));
}

/** Ends the session; the place (settled against this request) is kept. */
export async function pauseHere(input: HandlerInput, turn: Turn): Promise<Response> {
  const position = await currentPosition(turn);
  turn.resetFlow();
  const words = position ? turn.t('pause.kept', describePosition(turn, position)) : turn.t('goodbye');
  return endWith(input, words);
}

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
