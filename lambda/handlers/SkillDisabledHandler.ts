import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { log } from '../log';
import { userIdOf } from '../persistence/userKey';

/**
 * Deleting a disabled person's data failed. Thrown through the error handler so the Lambda
 * invocation fails and Alexa delivers the event again; the item's TTL is the backstop.
 */
export class DeletionFailedError extends Error {
  override readonly name = 'DeletionFailedError';
}

/** The person disabled the skill: delete everything stored about them. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    if (!userIdOf(input.requestEnvelope)) {
      // Nothing identifies whose data it is: sending it again would not help.
      log.warn('SkillDisabled without a user id', { reason: 'SkillDisabled' });
      return input.responseBuilder.getResponse();
    }
    try {
      await input.attributesManager.deletePersistentAttributes?.();
    } catch (error) {
      const cause = error instanceof Error ? error.name : 'unknown';
      log.error('data not deleted; failing the invocation so the event comes again', { reason: 'SkillDisabled', error: cause });
      throw new DeletionFailedError(`SkillDisabled: delete failed (${cause})`);
    }
    log.info('data deleted', { reason: 'SkillDisabled' });
    return input.responseBuilder.getResponse();
  },
};
