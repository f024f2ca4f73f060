import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { exerciseScreenDirective, supportsApl } from '../apl/exerciseScreen';
import { speakingSeconds } from '../engine/duration';
import { renderSegment, variantSeconds } from '../engine/segments';
import { countExerciseFinished, countSegmentPlayed } from '../metrics';
import { recordCompletion } from '../state/progress';
import { blockAt, isLastSegment, placeOf, type Position } from '../state/place';
import type { UserRecord } from '../state/record';
import type { Turn } from '../turn';
import { Speech } from './Speech';

/** Silence between the narration and the closing words, so the last instruction does not run into them. */
export const CLOSING_PAUSE_SECONDS = 3;

/**
 * The one way a segment is played: optional lead-in sentences, the narration from the
 * position's block, a short silence, then either "Shall I go on?" or, after the last
 * segment, one goodbye; on a device with a display the exercise screen, unless `screen` is
 * false. The place records when this response was sent and how long its lead-in takes, so
 * the next request can tell how far the person got (interceptors/settlePlace.ts). The last
 * segment counts the exercise as finished, once: its place stays, marked `counted`, until the
 * next request settles it, so a stop inside it can be resumed.
 */
export async function playSegment(
  input: HandlerInput,
  turn: Turn,
  position: Position,
  leadIn: readonly string[] = [],
  changes: Partial<UserRecord> = {},
  offerRating = false,
  screen = true,
): Promise<Response> {
  const { t, locale, now } = turn;
  const record = await turn.record();
  const last = isLastSegment(position);
  const said = leadIn.filter(Boolean);
  const sent = { at: now.toISOString(), leadInSeconds: speakingSeconds(said.join(' '), locale) };
  const place = placeOf(last ? { ...position, counted: true } : position, now, sent);
  // Finishing counts towards progress, with the minutes of the whole exercise; a resumed last segment counted already.
  const finishes = last && !position.counted;
  const progress = finishes ? recordCompletion(record.progress, variantSeconds(position.variant, t, locale) / 60, now) : record.progress;
  turn.update({ ...record, ...changes, place, progress });
  countSegmentPlayed();
  if (finishes) countExerciseFinished();

  if (screen && supportsApl(input.requestEnvelope)) {
    const { part, variant } = describePosition(turn, position);
    const step = position.segment + 1;
    const steps = position.variant.segments.length;
    input.responseBuilder.addDirective(
      exerciseScreenDirective({
        title: t('screen.title', { variant }),
        part: t('screen.part', { part }),
        step,
        steps,
        stepLabel: t('screen.step', { step, steps }),
        hint: t('screen.hint'),
      }),
    );
  }

  const narration = renderSegment(position.variant, position.segment, t, locale, position.block).ssml;
  const speech = new Speech().say(...said).ssml(narration).pause(CLOSING_PAUSE_SECONDS);
  // The flow's next state (waiting at "go on?", or idle after the last segment) is the flow table's.
  if (last && offerRating) {
    // At most once a week, the end asks how tense the person feels now (flow state offeredRating).
    return input.responseBuilder
      .speak(speech.say(t('play.finishedRatingOffer')).toString())
      .reprompt(new Speech().say(t('rating.offerReprompt')).toString())
      .getResponse();
  }
  if (last) {
    // Scripts end on an instruction; the one goodbye is the skill's (docs/protocol.md).
    return input.responseBuilder.speak(speech.say(t('play.finished')).toString()).withShouldEndSession(true).getResponse();
  }
  return input.responseBuilder
    .speak(speech.say(t('play.goOn')).toString())
    .reprompt(new Speech().say(t('play.goOnReprompt')).toString())
    .getResponse();
}

/** "your neck, in the standard relaxation": how a place is named to the person (its starting block). */
export function describePosition(turn: Turn, position: Position): { part: string; variant: string } {
  return { part: turn.t(blockAt(position).nameKey), variant: turn.t(position.variant.nameKey) };
}
