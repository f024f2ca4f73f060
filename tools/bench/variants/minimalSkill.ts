import { getRequestType, SkillBuilders, type LambdaHandler, type PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * The smallest ask-sdk-core skill: one LaunchRequest handler, built at module init like most
 * skills. With storage it reads the person's record and writes it back changed, as our first
 * answer to a new person does.
 */
export function minimalSkill(persistence?: PersistenceAdapter): (event: RequestEnvelope) => Promise<ResponseEnvelope> {
  const builder = SkillBuilders.custom().addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: async (input) => {
      if (persistence) {
        const attributes = await input.attributesManager.getPersistentAttributes();
        input.attributesManager.setPersistentAttributes({ ...attributes, welcomed: true });
        await input.attributesManager.savePersistentAttributes();
      }
      return input.responseBuilder.speak('Hello.').withShouldEndSession(true).getResponse();
    },
  });
  if (persistence) builder.withPersistenceAdapter(persistence);
  const lambda: LambdaHandler = builder.lambda();
  return (event) =>
    new Promise((resolve, reject) => {
      void lambda(event, undefined, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
    });
}
