import { CreateTableCommand, ResourceNotFoundException, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { hashedUserKey } from './userKey';

export type StoredAttributes = Record<string, unknown>;

export interface DynamoAdapterOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Local use only: create the table on first use when it is missing. */
  createTable?: boolean;
}

/**
 * ask-sdk's PersistenceAdapter on AWS SDK v3 (the official adapter needs the retired v2).
 * One item per person, partition key `id` = SHA-256 of the userId.
 */
export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private tableReady: Promise<void> | undefined;

  constructor(options: DynamoAdapterOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.tableReady = options.createTable ? undefined : Promise.resolve();
  }

  async getAttributes(envelope: RequestEnvelope): Promise<StoredAttributes> {
    const { Item } = await this.withTable(() =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { id: hashedUserKey(envelope) }, ConsistentRead: true }),
      ),
    );
    if (!Item) return {};
    const { id: _id, ...attributes } = Item;
    return attributes;
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: StoredAttributes): Promise<void> {
    const Item = { ...attributes, id: hashedUserKey(envelope) };
    await this.withTable(() => this.client.send(new PutCommand({ TableName: this.tableName, Item })));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.withTable(() =>
      this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { id: hashedUserKey(envelope) } })),
    );
  }

  private async withTable<T>(operation: () => Promise<T>): Promise<T> {
    if (this.tableReady) return operation();
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      this.tableReady ??= this.createMissingTable();
      await this.tableReady;
      return operation();
    }
  }

  private async createMissingTable(): Promise<void> {
    try {
      await this.client.send(
        new CreateTableCommand({
          TableName: this.tableName,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    } catch (error) {
      if (!(error instanceof Error && error.name === 'ResourceInUseException')) {
        this.tableReady = undefined;
        throw error;
      }
    }
    await waitUntilTableExists({ client: this.client, maxWaitTime: 20, minDelay: 1 }, { TableName: this.tableName });
  }
}
