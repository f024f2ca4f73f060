import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { log } from '../log';

/** The person disabled the skill: delete everything stored about them. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    await input.attributesManager.deletePersistentAttributes?.();
    log.info('data deleted', { reason: 'SkillDisabled' });
    return input.responseBuilder.getResponse();
  },
};
