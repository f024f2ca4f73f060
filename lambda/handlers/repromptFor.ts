import type { Turn } from '../turn';

/** The question that fits where the conversation is, so help or a misunderstanding loses nothing. */
export function repromptFor(turn: Turn): string {
  switch (turn.flow.kind) {
    case 'askedToGoOn':
      return turn.t('play.goOnReprompt');
    case 'offeredResume':
      return turn.t('launch.offerReprompt');
    default:
      return turn.t('help.reprompt');
  }
}
