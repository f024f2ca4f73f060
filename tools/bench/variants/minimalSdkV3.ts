// Cold-init variant (c): the minimal skill plus an AWS SDK v3 DynamoDBDocumentClient built at init.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { minimalSkill } from './minimalSkill';

export const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'local',
    endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB ?? 'http://127.0.0.1:8000',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 250, requestTimeout: 600 },
  }),
  { marshallOptions: { removeUndefinedValues: true } },
);

export const handler = minimalSkill();
