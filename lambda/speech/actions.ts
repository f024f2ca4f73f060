import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise, findVariant } from '../exercises/catalog';
import type { ExerciseFamily } from '../exercises/types';
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

/** What a person hears once, before their first exercise of a family, and the flag that remembers it. */
const FIRST_TIME: Readonly<Record<ExerciseFamily, { flag: 'welcomed' | 'mindfulnessCautioned'; keys: readonly string[] }>> = {
  pmr: { flag: 'welcomed', keys: ['welcome.firstTime', 'welcome.safety'] },
  mindfulness: { flag: 'mindfulnessCautioned', keys: ['welcome.mindfulnessCaution'] },
};

/** Starts an exercise at its beginning; a first-time person hears the introduction first. */
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
  const firstTime = FIRST_TIME[exercise.family];
  const introduce = !(await turn.record())[firstTime.flag];
  const introduction = introduce ? firstTime.keys.map((key) => t(key)) : [];
  const announce = t('play.announce', { variant: t(variant.nameKey), ...variant.minutes });
  return playSegment(input, turn, { exercise, variant, segment: 0 }, [...introduction, ...leadIn, announce], {
    [firstTime.flag]: true,
  });
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
  return endWith(input, turn.storageNotice(), words);
}

/** A last answer: speak and end the session. */
export function endWith(input: HandlerInput, ...sentences: string[]): Response {
  return input.responseBuilder
    .speak(new Speech().say(...sentences).toString())
    .withShouldEndSession(true)
    .getResponse();
}

/** Keeps the session open with a question (plain text or built speech) and its reprompt. */
export function ask(input: HandlerInput, question: string | Speech, reprompt: string): Response {
  const speech = typeof question === 'string' ? new Speech().say(question) : question;
  // A session left open ends on a question, so the person knows it is their turn.
  if (!speech.toString().trimEnd().endsWith('?')) speech.say(reprompt);
  return input.responseBuilder
    .speak(speech.toString())
    .reprompt(new Speech().say(reprompt).toString())
    .getResponse();
}
