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
    turn.flow = { kind: 'offeredResume', place };
    const where = describePosition(turn, position);
    const offer = isStale(place, new Date()) ? 'launch.offerStale' : 'launch.offer';
    return ask(input, turn.t(offer, where), turn.t('launch.offerReprompt'));
  },
};
