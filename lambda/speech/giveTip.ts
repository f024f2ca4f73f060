import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextTip, type TipTopic } from '../content/tips';
import type { Turn } from '../turn';
import { ask } from './actions';
import { questionFor } from './questions';
import { sourceCard } from './sourceCard';
import { Speech } from './Speech';

/** The next unheard tip (of a topic, or of the least-heard one), its source on a card, and an offer of another. */
export async function giveTip(input: HandlerInput, turn: Turn, topic?: TipTopic): Promise<Response> {
  const { t } = turn;
  const record = await turn.record();
  const choice = nextTip(record.tipsHeard, topic);
  turn.update({ ...record, tipsHeard: choice.heard });
  const key = `advice:tips.${choice.topic}.${choice.index}`;
  turn.flow = topic ? { kind: 'offeredTip', topic } : { kind: 'offeredTip' };
  const startedOver = choice.startedOver ? t('tips.startingOver', { topic: t(`tips.topicName.${choice.topic}`) }) : '';
  input.responseBuilder.withSimpleCard(t('card.tipTitle'), sourceCard(t, key));
  return ask(input, new Speech().say(startedOver, t(`${key}.text`)), await questionFor(turn));
}
