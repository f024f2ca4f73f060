import type { RequestHandler } from 'ask-sdk-core';
import { log } from '../log';

/**
 * Request types that come from a person in a session (a touch on the screen, the answer
 * to a task the skill started): they reach the fallback and get a spoken answer.
 */
const FROM_A_PERSON = new Set([
  'LaunchRequest',
  'IntentRequest',
  'SessionResumedRequest',
  'Display.ElementSelected',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
]);

/**
 * Everything else is an event no one is listening to: System.ExceptionEncountered,
 * AlexaSkillEvent.*, AudioPlayer.*, PlaybackController.*, Reminders.*, Messaging.* and any
 * type Alexa adds later. Alexa takes no speech in answer to these, so they get an empty
 * response (docs/platform.md). Registered just before the fallback.
 */
export const EventHandler: RequestHandler = {
  canHandle: (input) => !FROM_A_PERSON.has(String(input.requestEnvelope.request?.type)),
  handle(input) {
    const request = input.requestEnvelope.request as { type?: unknown; error?: { type?: unknown } };
    const requestType = String(request.type).slice(0, 80);
    if (requestType === 'System.ExceptionEncountered') {
      // Alexa could not use one of this skill's responses: a bug to look at (docs/operations.md).
      log.error('Alexa reported an error with a response', { requestType, errorType: String(request.error?.type).slice(0, 80) });
    } else {
      log.info('event', { requestType });
    }
    return input.responseBuilder.getResponse();
  },
};
