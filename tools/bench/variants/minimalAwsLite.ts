// Cold-init variant (d): the minimal skill plus aws-lite with its DynamoDB plugin. Like our
// bundle (lambda/index.ts), the client (async: it loads its configuration) starts on first use.
import awsLite from '@aws-lite/client';
import dynamodb from '@aws-lite/dynamodb';
import { minimalSkill } from './minimalSkill';

let client: ReturnType<typeof awsLite> | undefined;

export function dynamo(): ReturnType<typeof awsLite> {
  client ??= awsLite({
    plugins: [dynamodb],
    region: 'local',
    accessKeyId: 'local',
    secretAccessKey: 'local',
    endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB ?? 'http://127.0.0.1:8000',
    retries: 1,
  });
  return client;
}

export const handler = minimalSkill();
