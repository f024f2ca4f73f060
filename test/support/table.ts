import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { readConfig } from '../../lambda/config';

/** Direct access to the test table (dynalite) through AWS SDK v3, to plant and inspect items. */
const config = readConfig();
const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient({ endpoint: config.dynamoEndpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
);

export const hashOf = (userId: string) => createHash('sha256').update(userId).digest('hex');

/** The stored item, or undefined when there is none (or no table yet: nothing was ever stored). */
export async function storedItem(userId: string): Promise<Record<string, unknown> | undefined> {
  try {
    const key = { id: hashOf(userId) };
    return (await documents.send(new GetCommand({ TableName: config.tableName, Key: key, ConsistentRead: true }))).Item;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

export async function plantItem(userId: string, attributes: Record<string, unknown>): Promise<void> {
  await documents.send(new PutCommand({ TableName: config.tableName, Item: { ...attributes, id: hashOf(userId) } }));
}
