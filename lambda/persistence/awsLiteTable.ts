import type awsLiteClient from '@aws-lite/client';
import { usesLocalCredentials, type SkillConfig } from '../config';
import { withDeadline } from '../deadline';
import { createTableParams, isTableInUse, updateItemParams, type DynamoTable, type Item, type ItemUpdate } from './DynamoTable';

/**
 * aws-lite has no request timeout of its own, so every call gets a deadline; one retry.
 * Together well inside Alexa's 8 s, and a slow read leaves time to answer within 3 s.
 */
export const AWS_LITE_DEADLINE_MS = 900;
const RETRIES = 1;

type Call = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;
interface DynamoDbPlugin {
  GetItem: Call;
  UpdateItem: Call;
  DeleteItem: Call;
  CreateTable: Call;
  DescribeTable: Call;
}

/**
 * The table through aws-lite, kept only for comparison (tools/bench): aws-lite 0.23 parses
 * answers in an unguarded `end` listener, so a body that is not JSON throws an uncaught
 * SyntaxError and ends the process (test/storageFaults.test.ts failed on it). The skill uses
 * httpTable.ts. About 9 ms to load against some 70 ms for AWS SDK v3.
 * Loaded on the first request that needs storage, so requests that never do (name-free
 * CanFulfillIntentRequest, session ends, help) do not pay for it.
 */
export async function createAwsLiteTable(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): Promise<DynamoTable> {
  /* eslint-disable @typescript-eslint/no-require-imports -- required here, not at the top, to stay lazy in the bundle */
  const awsLite = require('@aws-lite/client') as typeof awsLiteClient;
  const dynamodb = (require('@aws-lite/dynamodb') as { default: unknown }).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const local = usesLocalCredentials(config, env);
  const aws = await awsLite({
    plugins: [dynamodb],
    retries: RETRIES,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
    ...(local ? { region: 'local', accessKeyId: 'local', secretAccessKey: 'local' } : {}),
  });
  const db = (aws as unknown as { DynamoDB: DynamoDbPlugin }).DynamoDB;
  const TableName = config.tableName;
  const call = <T>(what: string, operation: Promise<T>) => withDeadline(operation, AWS_LITE_DEADLINE_MS, what);

  return {
    async getItem(key: string): Promise<Item | undefined> {
      const result = await call('GetItem', db.GetItem({ TableName, Key: { id: key }, ConsistentRead: true }));
      return result.Item as Item | undefined;
    },
    async updateItem(update: ItemUpdate): Promise<void> {
      await call('UpdateItem', db.UpdateItem(updateItemParams(TableName, update)));
    },
    async deleteItem(key: string): Promise<void> {
      await call('DeleteItem', db.DeleteItem({ TableName, Key: { id: key } }));
    },
    async createTable(): Promise<void> {
      try {
        await db.CreateTable(createTableParams(TableName));
      } catch (error) {
        if (!isTableInUse(error)) throw error;
      }
      for (let i = 0; i < 40; i++) {
        const { Table } = (await db.DescribeTable({ TableName })) as { Table?: { TableStatus?: string } };
        if (Table?.TableStatus === 'ACTIVE') return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`table ${TableName} did not become active`);
    },
  };
}
