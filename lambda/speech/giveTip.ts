import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextTip, type TipTopic } from '../content/tips';
import type { Turn } from '../turn';
import { sourceCard } from './sourceCard';
import { Speech } from './Speech';

/** The next unheard tip (of a topic, or of the least-heard one), its source on a card, and an offer of another. */
export async function giveTip(input: HandlerInput, turn: Turn, topic?: TipTopic): Promise<Response> {
  const { t } = turn;
  const record = await turn.record();
  const choice = nextTip(record.tipsHeard, topic);
  await turn.save({ ...record, tipsHeard: choice.heard });
  const key = `advice:tips.${choice.topic}.${choice.index}`;
  const text = t(`${key}.text`);
  turn.flow = topic ? { kind: 'offeredTip', topic } : { kind: 'offeredTip' };
  const startedOver = choice.startedOver ? t('tips.startingOver', { topic: t(`tips.topicName.${choice.topic}`) }) : '';
  return input.responseBuilder
    .speak(new Speech().say(startedOver, text, turn.storageNotice(), t('tips.offer')).toString())
    .reprompt(new Speech().say(t('tips.offerReprompt')).toString())
    .withSimpleCard(t('card.tipTitle'), sourceCard(t, key))
    .getResponse();
}
