import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { usesLocalCredentials, type SkillConfig } from '../config';
import { createTableParams, isTableInUse, updateItemParams, type DynamoTable, type Item, type ItemUpdate } from './DynamoTable';

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

/** The table through AWS SDK v3 (`lib-dynamodb`): the reference client, slower to start. */
export function createSdkV3Table(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): DynamoTable {
  const local = usesLocalCredentials(config, env);
  const client = new DynamoDBClient({
    maxAttempts: DYNAMO_MAX_ATTEMPTS,
    requestHandler: DYNAMO_TIMEOUTS,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
    ...(local ? { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const TableName = config.tableName;

  return {
    async getItem(key: string): Promise<Item | undefined> {
      const { Item } = await documents.send(new GetCommand({ TableName, Key: { id: key }, ConsistentRead: true }));
      return Item;
    },
    async updateItem(update: ItemUpdate): Promise<void> {
      await documents.send(new UpdateCommand(updateItemParams(TableName, update)));
    },
    async deleteItem(key: string): Promise<void> {
      await documents.send(new DeleteCommand({ TableName, Key: { id: key } }));
    },
    async createTable(): Promise<void> {
      try {
        await client.send(new CreateTableCommand(createTableParams(TableName)));
      } catch (error) {
        if (!isTableInUse(error)) throw error;
      }
      await waitUntilTableExists({ client, maxWaitTime: 20, minDelay: 1 }, { TableName });
    },
  };
}
