import { getRequestType, SkillBuilders, type LambdaHandler } from 'ask-sdk-core';

/** The smallest ask-sdk-core skill: one handler, built at module init like most skills. */
export function minimalSkill(): LambdaHandler {
  return SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
      handle: (input) => input.responseBuilder.speak('Hello.').withShouldEndSession(true).getResponse(),
    })
    .lambda();
}
