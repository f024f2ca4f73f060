import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { createAwsLiteTable } from './persistence/awsLiteTable';
import { DynamoPersistenceAdapter } from './persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from './skill';

let skill: LambdaHandler | undefined;

/** Built on first use, so a test can set the environment before the first request. */
function lambdaSkill(): LambdaHandler {
  if (!skill) {
    const config = readConfig();
    // The DynamoDB client is chosen here, in one line: aws-lite starts some 10x faster than
    // AWS SDK v3 (createSdkV3Table), and cold starts are what most Alexa requests meet.
    const table = () => createAwsLiteTable(config);
    skill = createLambdaHandler({
      config,
      persistence: new DynamoPersistenceAdapter({ table, createTable: config.createTable }),
    });
  }
  return skill;
}

/** The Lambda entry point (docs/architecture.md#contracts): a Promise of the Alexa response envelope. */
export function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    void lambdaSkill()(event, context, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
  });
}
