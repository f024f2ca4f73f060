import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { positionOf, isStale } from '../state/place';
import { ask, startExercise } from '../speech/actions';
import { describePosition } from '../speech/playSegment';
import { Turn } from '../turn';

/** "Alexa, open/start muscle relaxation": offer a kept place, or begin the relaxation at once. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const turn = Turn.of(input);
    const place = (await turn.record()).place;
    const position = place ? positionOf(place) : undefined;
    if (!place || !position) return startExercise(input, turn, 'pmr');
    turn.flow = { kind: 'offeredResume' };
    const offer = isStale(place, turn.now) ? 'launch.offerStale' : 'launch.offer';
    // The offer ends on its own question.
    return ask(input, turn.t(offer, describePosition(turn, position)), { ask: '', reprompt: turn.t('launch.offerReprompt') });
  },
};
