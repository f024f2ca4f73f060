import type { RequestHandler } from 'ask-sdk-core';
import { IntentNames } from '../constants';
import { currentStreak, ratingAverages } from '../state/progress';
import { ask } from '../speech/actions';
import { afterSideRequest, questionFor } from '../speech/questions';
import { Speech } from '../speech/Speech';
import { Turn } from '../turn';
import { isIntent } from './requestMatchers';

/** "How am I doing": sessions, minutes and streak, briefly and without pressure; ratings if stored; then the open question. */
export const ProgressIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentNames.Progress),
  async handle(input) {
    const turn = Turn.of(input);
    const { t } = turn;
    const { progress, ratings } = await turn.record();
    const speech = new Speech();
    if (progress.sessions === 0) {
      speech.say(t('progress.none'));
    } else {
      speech.say(t('progress.sessions', { count: progress.sessions, minutes: Math.round(progress.minutes) }));
      const streak = currentStreak(progress, turn.now);
      if (streak > 1) speech.say(t('progress.streak', { count: streak }));
    }
    const { before, after } = ratingAverages(ratings);
    if (before !== null && after !== null) speech.say(t('progress.ratings', { before, after }));
    else if (ratings.length) speech.say(t('progress.ratingsFew', { count: ratings.length }));
    // Mid-exercise, the answer ends by offering to go on with it (docs/architecture.md).
    afterSideRequest(turn);
    return ask(input, speech.say(t('progress.offer')), await questionFor(turn));
  },
};
