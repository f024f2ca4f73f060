/** A stored item's attributes, without its key. */
export type Item = Record<string, unknown>;

/** One conditional update: SET the given attributes, keep any others the item has. */
export interface ItemUpdate {
  readonly key: string;
  readonly updateExpression: string;
  readonly conditionExpression: string;
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * The few DynamoDB operations the skill needs, on a table keyed by `id`. One small
 * implementation per client (httpTable, the one the skill uses; sdkV3Table and awsLiteTable for
 * comparison), chosen in lambda/index.ts.
 */
export interface DynamoTable {
  getItem(key: string): Promise<Item | undefined>;
  /** Rejects with the client's ConditionalCheckFailedException when the condition fails. */
  updateItem(update: ItemUpdate): Promise<void>;
  deleteItem(key: string): Promise<void>;
  /** Creates the table (on-demand, key `id`) unless it exists; for local use. */
  createTable(): Promise<void>;
}

/** The UpdateItem request for an update, in DynamoDB's own parameter names (both clients take them). */
export function updateItemParams(TableName: string, update: ItemUpdate) {
  return {
    TableName,
    Key: { id: update.key },
    UpdateExpression: update.updateExpression,
    ConditionExpression: update.conditionExpression,
    ExpressionAttributeNames: update.names,
    ExpressionAttributeValues: update.values,
  };
}

/** The table this skill needs: on demand, partition key `id`, no sort key. */
export function createTableParams(TableName: string) {
  return {
    TableName,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' as const }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' as const }],
    BillingMode: 'PAY_PER_REQUEST' as const,
  };
}

/**
 * Names one write. A write whose answer was lost (a timeout, a reset) may still have landed;
 * sent again with the same id it lands once more on its own result instead of failing as a
 * concurrent change, which the merge would then count twice (docs/architecture.md, "Persistence").
 */
export const WRITE_ID_ATTRIBUTE = 'writeId';

/** An id for one write, unique enough among one person's writes; no crypto to load at start. */
export function newWriteId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** Another request changed the item since it was read. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
}

/** A missing table, as each client reports it. */
export function isMissingTable(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceNotFoundException';
}

/** CreateTable on a table that already exists (another request created it first). */
export function isTableInUse(error: unknown): boolean {
  return error instanceof Error && error.name === 'ResourceInUseException';
}

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
