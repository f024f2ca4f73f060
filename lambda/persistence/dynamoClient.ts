import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SkillConfig } from '../config';

/**
 * Short timeouts and one retry keep a failing DynamoDB well inside Alexa's 8 s answer
 * window: worst case about 2 x (connect 250 ms + request 600 ms) plus backoff.
 */
export const DYNAMO_TIMEOUTS = {
  connectionTimeout: 250,
  requestTimeout: 600,
  // Without this the SDK only logs a warning when requestTimeout passes.
  throwOnRequestTimeout: true,
} as const;
export const DYNAMO_MAX_ATTEMPTS = 2;

export function createDocumentClient(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): DynamoDBDocumentClient {
  // A local endpoint (dynalite, DynamoDB Local) with no AWS credentials gets dummy ones.
  const local = Boolean(config.dynamoEndpoint) && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
  const client = new DynamoDBClient({
    maxAttempts: DYNAMO_MAX_ATTEMPTS,
    requestHandler: DYNAMO_TIMEOUTS,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
    ...(local ? { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
