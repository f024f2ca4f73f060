import { randomUUID } from 'node:crypto';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { readConfig } from '../../lambda/config';
import { handler } from '../../lambda/index';
import { createLambdaHandler } from '../../lambda/skill';
import { Conversation, type SkillHandler } from '../../tools/alexa/Conversation';
import type { Caller } from '../../tools/alexa/requests';
import { invoke } from './invoke';

export const SKILL_APP_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** A new person (unique user id) on a device, in a locale. */
export function newCaller(locale = 'en-US', userId = `amzn1.ask.account.${randomUUID()}`): Caller {
  return { applicationId: SKILL_APP_ID, userId, deviceId: `amzn1.ask.device.${randomUUID()}`, locale };
}

/** A conversation through the real Lambda handler and the real DynamoDB client (dynalite). */
export function talkTo(caller: Caller = newCaller()): Conversation {
  return new Conversation(handler, caller);
}

/** The same skill with another persistence adapter (fakes for failure cases, counters). */
export function skillWith(persistence: PersistenceAdapter): SkillHandler {
  const lambda = createLambdaHandler({ config: readConfig(), persistence });
  return (event: RequestEnvelope) => invoke(lambda, event);
}
