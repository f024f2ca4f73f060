import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { checkedEnvelope } from './envelope';
import { flushMetrics } from './metrics';
import type * as HttpTable from './persistence/httpTable';
import { DynamoPersistenceAdapter } from './persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from './skill';

let skill: LambdaHandler | undefined;

/** Built on first use, so a test can set the environment before the first request. */
function lambdaSkill(): LambdaHandler {
  if (!skill) {
    const config = readConfig();
    // The DynamoDB client is chosen here, in one line: our own signed HTTP calls
    // (persistence/httpTable.ts), which no broken answer can crash. Required on the first
    // request that needs storage, so events and session ends skip loading https and signing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy in the bundle on purpose
    const table = () => (require('./persistence/httpTable') as typeof HttpTable).createHttpTable(config);
    skill = createLambdaHandler({
      config,
      persistence: new DynamoPersistenceAdapter({ table, createTable: config.createTable }),
    });
  }
  return skill;
}

function invoke(event: RequestEnvelope, context: Context | undefined): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    void lambdaSkill()(event, context, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
  });
}

/**
 * The Lambda entry point (docs/architecture.md#contracts): a Promise of the Alexa response envelope.
 * Rejects for what is not an envelope (lambda/envelope.ts) and for a SkillDisabled whose
 * deletion failed, so Alexa delivers it again; writes this invocation's metrics either way.
 */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  try {
    return await invoke(checkedEnvelope(event), context);
  } finally {
    flushMetrics();
  }
}
