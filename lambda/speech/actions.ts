import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise, findVariant } from '../exercises/catalog';
import type { Place } from '../state/record';
import { positionOf, withSegment, type Position } from '../state/place';
import type { Turn } from '../turn';
import { describePosition, playSegment } from './playSegment';
import { Speech } from './Speech';

/**
 * The transitions shared by several handlers: start, continue, go on, pause.
 * Each one ends in a complete response.
 */

/** The place the person is at: the segment just played in this session, or the stored one. */
export async function currentPlace(turn: Turn): Promise<Place | null> {
  const flow = turn.flow;
  if (flow.kind === 'askedToGoOn' || flow.kind === 'offeredResume') return flow.place;
  return (await turn.record()).place;
}

export async function currentPosition(turn: Turn): Promise<Position | undefined> {
  const place = await currentPlace(turn);
  return place ? positionOf(place) : undefined;
}

/** Starts an exercise at its beginning; a first-time person hears the welcome first. */
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
  const welcome = (await turn.record()).welcomed ? [] : [t('welcome.firstTime'), t('welcome.safety')];
  const announce = t('play.announce', { variant: t(variant.nameKey), ...variant.minutes });
  return playSegment(input, turn, { exercise, variant, segment: 0 }, [...welcome, ...leadIn, announce]);
}

/** Continues at a stored place with a one-sentence re-orientation. */
export async function continueAt(input: HandlerInput, turn: Turn, position: Position): Promise<Response> {
  return playSegment(input, turn, position, [turn.t('play.continueAt', describePosition(turn, position))]);
}

/** Plays the segment after the one that played last. */
export async function goOn(input: HandlerInput, turn: Turn, position: Position): Promise<Response> {
  return playSegment(input, turn, withSegment(position, position.segment + 1));
}

/** Ends the session; the place (saved when its segment started) is kept. */
export async function pauseHere(input: HandlerInput, turn: Turn): Promise<Response> {
  const position = await currentPosition(turn);
  turn.resetFlow();
  const words = position
    ? turn.t('pause.kept', describePosition(turn, position))
    : turn.t('goodbye');
  return input.responseBuilder
    .speak(new Speech().say(turn.storageNotice(), words).toString())
    .withShouldEndSession(true)
    .getResponse();
}

/** Keeps the session open with a question and its reprompt. */
export function ask(input: HandlerInput, question: string, reprompt: string): Response {
  return input.responseBuilder
    .speak(new Speech().say(question).toString())
    .reprompt(new Speech().say(reprompt).toString())
    .getResponse();
}
