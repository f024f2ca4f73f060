import { findExercise } from '../exercises/catalog';
import { RATING, type Elicit } from '../flow/effects';
import { playedVariant, positionOf } from '../state/place';
import type { Turn } from '../turn';

/** The one question an open response ends on, and its reprompt (the same question, or a shorter form). */
export interface Question {
  readonly ask: string;
  readonly reprompt: string;
  /** The slot the question asks for, so it is elicited however often it is asked again. */
  readonly elicit?: Elicit;
}

/** "the standard relaxation", or "the gentle relaxation" for the gentle practice. */
function variantName(turn: Turn, exerciseId: string, variantId: string | undefined, gentle = false): string {
  const exercise = findExercise(exerciseId);
  return exercise ? turn.t(playedVariant(exercise, variantId, gentle && exercise.family === 'pmr', []).nameKey) : '';
}

/**
 * The question that matches the state the flow is in (docs/architecture.md, "Flow table"),
 * so help, a misunderstanding or a side request always hands the turn back with the
 * question a bare "yes" or "no" will answer.
 */
export async function questionFor(turn: Turn): Promise<Question> {
  const { t } = turn;
  const flow = turn.flow;
  switch (flow.kind) {
    case 'askedToGoOn':
      return { ask: t('play.goOn'), reprompt: t('play.goOnReprompt') };
    case 'offeredResume': {
      const { place, painfulAreas } = await turn.record();
      const position = place ? positionOf(place, painfulAreas) : undefined;
      if (!position) break;
      // The reprompt asks the very question asked ("Shall I go on with …?"), after how to answer it.
      const ask = t('resume.question', { variant: t(position.variant.nameKey) });
      return { ask, reprompt: `${t('launch.offerReprompt')} ${ask}` };
    }
    case 'offeredTip':
      return { ask: t('tips.offer'), reprompt: t('tips.offerReprompt') };
    case 'offeredExercise': {
      const variant = variantName(turn, flow.exercise, flow.variant);
      return { ask: t('offer.question', { variant }), reprompt: t('offer.reprompt', { variant }) };
    }
    case 'cautioned': {
      const question = t('caution.mindfulnessQuestion', { variant: variantName(turn, flow.exercise, flow.variant) });
      return { ask: question, reprompt: question };
    }
    case 'confirmingReplace': {
      const question = t('replace.question', { variant: variantName(turn, flow.exercise, flow.variant, flow.gentle === true) });
      return { ask: question, reprompt: question };
    }
    case 'confirmingDelete':
      return { ask: t('delete.confirmReprompt'), reprompt: t('delete.confirmReprompt') };
    case 'offeredRating':
      return { ask: t('rating.offer'), reprompt: t('rating.offerReprompt'), elicit: RATING };
    case 'askingRatingConsent':
      return { ask: t('rating.askConsentReprompt'), reprompt: t('rating.askConsentReprompt') };
    case 'idle':
      break;
  }
  turn.resetFlow();
  return { ask: t('help.question'), reprompt: t('help.reprompt') };
}
