import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { createDocumentClient } from './persistence/dynamoClient';
import { DynamoPersistenceAdapter } from './persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from './skill';

let skill: LambdaHandler | undefined;

/** Built on first use, so a test can set the environment before the first request. */
function lambdaSkill(): LambdaHandler {
  if (!skill) {
    const config = readConfig();
    const client = createDocumentClient(config);
    skill = createLambdaHandler({
      config,
      persistence: new DynamoPersistenceAdapter({ client, tableName: config.tableName, createTable: config.createTable }),
    });
  }
  return skill;
}

/** The Lambda entry point (GUIDE.md section 1): a Promise of the Alexa response envelope. */
export function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    void lambdaSkill()(event, context, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
  });
}
