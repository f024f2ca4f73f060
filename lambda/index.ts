import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { createLambdaHandler } from './skill';
import { createPersistence } from './storage';

let skill: LambdaHandler | undefined;

/** Built on first use, so a test can set the environment before the first request. */
function lambdaSkill(): LambdaHandler {
  if (!skill) {
    const config = readConfig();
    skill = createLambdaHandler({ config, persistence: createPersistence(config) });
  }
  return skill;
}

/** The Lambda entry point (docs/architecture.md#contracts): a Promise of the Alexa response envelope. */
export function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    void lambdaSkill()(event, context, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
  });
}
