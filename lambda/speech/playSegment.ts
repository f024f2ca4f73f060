import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { exerciseScreenDirective, supportsApl } from '../apl/exerciseScreen';
import { renderSegment, variantSeconds } from '../engine/segments';
import { recordCompletion } from '../state/progress';
import { isLastSegment, placeOf, type Position } from '../state/place';
import type { UserRecord } from '../state/record';
import type { Turn } from '../turn';
import { Speech } from './Speech';

/**
 * The one way a segment is played: optional lead-in sentences, the narration, then
 * either the soft "go on?" question or, after the last segment, the goodbye.
 * The place (and any other `changes`) is saved before answering; finishing clears it.
 */
export async function playSegment(
  input: HandlerInput,
  turn: Turn,
  position: Position,
  leadIn: readonly string[] = [],
  changes: Partial<UserRecord> = {},
): Promise<Response> {
  const { t, locale } = turn;
  const record = await turn.record();
  const last = isLastSegment(position);
  const place = placeOf(position, new Date());
  // Finishing counts towards progress, with the minutes the person just heard.
  const progress = last
    ? recordCompletion(record.progress, variantSeconds(position.variant, t, locale) / 60, new Date())
    : record.progress;
  await turn.save({ ...record, ...changes, place: last ? null : place, progress });

  if (supportsApl(input.requestEnvelope)) {
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

  const speech = new Speech().say(...leadIn).ssml(renderSegment(position.variant, position.segment, t, locale).ssml);
  const notice = turn.storageNotice();
  if (last) {
    turn.resetFlow();
    return input.responseBuilder
      .speak(speech.say(notice, t('play.finished')).toString())
      .withShouldEndSession(true)
      .getResponse();
  }
  turn.flow = { kind: 'askedToGoOn', place };
  return input.responseBuilder
    .speak(speech.say(notice, t('play.goOn')).toString())
    .reprompt(new Speech().say(t('play.goOnReprompt')).toString())
    .getResponse();
}

/** "your neck, in the standard relaxation": how a place is named to the person. */
export function describePosition(turn: Turn, position: Position): { part: string; variant: string } {
  const block = position.variant.segments[position.segment]?.[0];
  return {
    part: block ? turn.t(block.nameKey) : '',
    variant: turn.t(position.variant.nameKey),
  };
}
