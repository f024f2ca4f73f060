import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import { usesLocalCredentials, type SkillConfig } from '../config';
import { DynamoCallError, DynamoHttp, type AwsCredentials } from './dynamoHttp';
import { createTableParams, isTableInUse, updateItemParams, type DynamoTable, type Item, type ItemUpdate } from './DynamoTable';

const MARSHALL = { removeUndefinedValues: true, convertEmptyValues: false } as const;

/**
 * Lambda puts the function role's keys in the environment; a self-hosted server gets them
 * the same way (docs/operations.md). Local endpoints without keys use dummy ones.
 */
function credentialsFrom(config: SkillConfig, env: NodeJS.ProcessEnv): { region: string; credentials: AwsCredentials } {
  if (usesLocalCredentials(config, env)) return { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  if (!accessKeyId || !secretAccessKey) {
    throw new DynamoCallError('CredentialsMissing', 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set', false);
  }
  return {
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
  };
}

/**
 * The table through DynamoDB's HTTP API directly (dynamoHttp.ts): no client library to
 * load at cold start, and no answer, however broken, can crash the process. The item
 * format is converted by AWS's own `@aws-sdk/util-dynamodb`.
 */
export function createHttpTable(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): DynamoTable {
  const { region, credentials } = credentialsFrom(config, env);
  const http = new DynamoHttp({ region, credentials, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) });
  const TableName = config.tableName;
  const key = (id: string) => marshall({ id });

  return {
    async getItem(id: string): Promise<Item | undefined> {
      const { Item: stored } = await http.call('GetItem', { TableName, Key: key(id), ConsistentRead: true });
      if (stored === undefined) return undefined;
      if (stored === null || typeof stored !== 'object') throw new DynamoCallError('MalformedResponse', 'GetItem: Item is not a map', false);
      return unmarshall(stored as Parameters<typeof unmarshall>[0]);
    },
    async updateItem(update: ItemUpdate): Promise<void> {
      const params = updateItemParams(TableName, update);
      await http.call('UpdateItem', {
        ...params,
        Key: key(update.key),
        ExpressionAttributeValues: marshall(params.ExpressionAttributeValues as Record<string, NativeAttributeValue>, MARSHALL),
      });
    },
    async deleteItem(id: string): Promise<void> {
      await http.call('DeleteItem', { TableName, Key: key(id) });
    },
    async createTable(): Promise<void> {
      try {
        await http.call('CreateTable', createTableParams(TableName));
      } catch (error) {
        if (!isTableInUse(error)) throw error;
      }
      for (let i = 0; i < 40; i++) {
        const { Table } = (await http.call('DescribeTable', { TableName })) as { Table?: { TableStatus?: string } };
        if (Table?.TableStatus === 'ACTIVE') return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`table ${TableName} did not become active`);
    },
  };
}
