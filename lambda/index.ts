import type { LambdaHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { checkedEnvelope } from './envelope';
import { flushMetrics } from './metrics';
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
