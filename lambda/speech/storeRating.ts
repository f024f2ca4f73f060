import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { addRating } from '../state/progress';
import type { Turn } from '../turn';
import { ask } from './actions';
import { Speech } from './Speech';

/** Stores a tension rating (the person has agreed) and says so. */
export async function storeRating(input: HandlerInput, turn: Turn, value: number): Promise<Response> {
  const record = await turn.record();
  const ratings = addRating(record.ratings, value, record.progress, new Date());
  await turn.save({ ...record, ratingsConsent: true, ratings });
  turn.resetFlow();
  const speech = new Speech().say(turn.t('rating.stored', { value }), turn.storageNotice());
  return ask(input, speech, turn.t('help.reprompt'));
}
