import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { addRating } from '../state/progress';
import type { Turn } from '../turn';
import { ask } from './actions';
import { questionFor } from './questions';

/** Stores a tension rating (the person has agreed) and says so, then asks what next. */
export async function storeRating(input: HandlerInput, turn: Turn, value: number): Promise<Response> {
  const record = await turn.record();
  const ratings = addRating(record.ratings, value, record.progress, turn.now);
  turn.update({ ...record, ratingsConsent: true, ratings });
  if (turn.flow.kind === 'askingRatingConsent') turn.resetFlow();
  return ask(input, turn.t('rating.stored', { value }), await questionFor(turn));
}
