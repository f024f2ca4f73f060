import { findExercise, findVariant } from '../exercises/catalog';
import type { Turn } from '../turn';

/** The question that fits where the conversation is, so help or a misunderstanding loses nothing. */
export function repromptFor(turn: Turn): string {
  const flow = turn.flow;
  switch (flow.kind) {
    case 'askedToGoOn':
      return turn.t('play.goOnReprompt');
    case 'offeredResume':
      return turn.t('launch.offerReprompt');
    case 'offeredTip':
      return turn.t('tips.offerReprompt');
    case 'offeredExercise': {
      const exercise = findExercise(flow.exercise);
      if (!exercise) break;
      return turn.t('offer.reprompt', { variant: turn.t(findVariant(exercise, flow.variant).nameKey) });
    }
    case 'confirmingDelete':
      return turn.t('delete.confirmReprompt');
    case 'askingRatingConsent':
      return turn.t('rating.askConsentReprompt');
    case 'idle':
      break;
  }
  return turn.t('help.reprompt');
}
