import { getSlotValue, type RequestHandler } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../constants';
import { ask } from '../speech/actions';
import { afterSideRequest } from '../speech/questions';
import { storeRating } from '../speech/storeRating';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "My tension is 6": stored only with the person's consent, asked for the first time. */
export const RateTensionIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.RateTension),
  async handle(input) {
    const turn = Turn.of(input);
    const raw = getSlotValue(input.requestEnvelope, SlotNames.Rating);
    const value = raw !== undefined && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    afterSideRequest(turn);
    const askValue = turn.t('rating.askValue');
    if (!(value >= 0 && value <= 10)) return ask(input, askValue, { ask: '', reprompt: askValue });
    const { ratingsConsent } = await turn.record();
    if (ratingsConsent === true) return storeRating(input, turn, value);
    turn.flow = { kind: 'askingRatingConsent', value };
    return ask(input, turn.t('rating.askConsent'), { ask: '', reprompt: turn.t('rating.askConsentReprompt') });
  },
};
