import awsLite from '@aws-lite/client';
import dynamodb from '@aws-lite/dynamodb';
import type { SkillConfig } from '../config';
import { createTableParams, updateItemParams, withDeadline, type DynamoTable, type Item, type ItemUpdate } from './DynamoTable';

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

/** The table through aws-lite: about 7 ms of cold start against some 70-150 ms for AWS SDK v3. */
export async function createAwsLiteTable(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): Promise<DynamoTable> {
  // A local endpoint (dynalite) with no AWS credentials gets dummy ones and region `local`.
  const local = Boolean(config.dynamoEndpoint) && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
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
        if (!(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
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
