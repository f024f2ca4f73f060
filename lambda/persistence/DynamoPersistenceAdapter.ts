import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { log } from '../log';
import { countStorageFailure, type StorageOperation } from '../metrics';
import { isConditionFailure, isMissingTable, newWriteId, StaleWriteError, WRITE_ID_ATTRIBUTE, type DynamoTable, type Item } from './DynamoTable';
import { hashedUserKey } from './userKey';

/** Incremented on every write; a write only lands on the version it read (optimistic locking). */
export const VERSION_ATTRIBUTE = 'version';
/** DynamoDB's TTL deletes an item 12 months after its last write. */
export const TTL_ATTRIBUTE = 'expiresAt';
export const TTL_SECONDS = 365 * 24 * 60 * 60;

/** What a version written by this adapter looks like: a whole number from 1 up. */
function isValidVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isSafeInteger(version) && version > 0;
}

export interface DynamoAdapterOptions {
  /** Makes the table client; called once, on the first request that needs storage. */
  table: () => DynamoTable | Promise<DynamoTable>;
  /** Local use only: create the table on first use when it is missing. */
  createTable?: boolean;
  now?: () => Date;
}

/**
 * ask-sdk's PersistenceAdapter on a small DynamoTable interface, so the client library is
 * one file. One item per person under the SHA-256 of the userId. Writes SET only the
 * attributes given (others already stored are kept), refresh the TTL, and are conditional
 * on the `version` read: a concurrent change makes the write fail with StaleWriteError.
 */
export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private readonly makeTable: () => DynamoTable | Promise<DynamoTable>;
  private table: Promise<DynamoTable> | undefined;
  private tableReady: Promise<void> | undefined;
  private readonly now: () => Date;

  constructor(options: DynamoAdapterOptions) {
    this.makeTable = options.table;
    this.tableReady = options.createTable ? undefined : Promise.resolve();
    this.now = options.now ?? (() => new Date());
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Item> {
    const key = hashedUserKey(envelope);
    const item = await this.counted('read', this.withTable((table) => table.getItem(key)));
    if (!item) return {};
    const { id: _id, [WRITE_ID_ATTRIBUTE]: _writeId, ...attributes } = item;
    const version = attributes[VERSION_ATTRIBUTE];
    if (version === undefined || isValidVersion(version)) return attributes;
    return { ...attributes, [VERSION_ATTRIBUTE]: await this.healVersion(key, version) };
  }

  /**
   * A stored version that is not a whole number above zero ("3", 2.5, -1, a map) matches no
   * write condition, so the item could never be written again. Replace it with 1, only if
   * it is still corrupt (the number read, or still not a number), and hand that on; the
   * next write then lands.
   */
  private async healVersion(key: string, corrupt: unknown): Promise<number> {
    const stillCorrupt =
      typeof corrupt === 'number'
        ? { conditionExpression: '#version = :corrupt', values: { ':healed': 1, ':corrupt': corrupt } }
        : { conditionExpression: 'NOT attribute_type(#version, :number)', values: { ':healed': 1, ':number': 'N' } };
    try {
      await this.withTable((table) =>
        table.updateItem({ key, updateExpression: 'SET #version = :healed', names: { '#version': VERSION_ATTRIBUTE }, ...stillCorrupt }),
      );
      log.warn('corrupt version replaced', { type: Array.isArray(corrupt) ? 'array' : typeof corrupt });
      return 1;
    } catch (error) {
      // Someone else wrote (or healed) in between: their version stands, the write will merge.
      log.warn('corrupt version not replaced', { error: error instanceof Error ? error.name : 'unknown' });
      return 0;
    }
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Item): Promise<void> {
    const key = hashedUserKey(envelope);
    const { id: _id, [VERSION_ATTRIBUTE]: version, [TTL_ATTRIBUTE]: _ttl, [WRITE_ID_ATTRIBUTE]: givenId, ...fields } = attributes;
    const expected = isValidVersion(version) ? version : 0;
    const names: Record<string, string> = { '#version': VERSION_ATTRIBUTE, '#ttl': TTL_ATTRIBUTE, '#writeId': WRITE_ID_ATTRIBUTE };
    const values: Record<string, unknown> = {
      ':one': 1,
      ':zero': 0,
      ':ttl': Math.floor(this.now().getTime() / 1000) + TTL_SECONDS,
      ':writeId': typeof givenId === 'string' && givenId ? givenId : newWriteId(),
    };
    // Counted up, not set: a write that lands twice moves the version on, so no one else's
    // write made in between can land on it unmerged.
    const sets = ['#version = if_not_exists(#version, :zero) + :one', '#ttl = :ttl', '#writeId = :writeId'];
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .forEach(([name, value], i) => {
        names[`#a${i}`] = name;
        values[`:a${i}`] = value;
        sets.push(`#a${i} = :a${i}`);
      });
    // The version read, or this very write already landed (a retry after a lost answer).
    let conditionExpression = 'attribute_not_exists(#version) OR #writeId = :writeId';
    if (expected > 0) {
      conditionExpression = '#version = :expected OR #writeId = :writeId';
      values[':expected'] = expected;
    }
    try {
      await this.withTable((table) =>
        table.updateItem({ key, updateExpression: `SET ${sets.join(', ')}`, conditionExpression, names, values }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new StaleWriteError(`item ${key.slice(0, 8)}… changed since version ${expected}`);
      countStorageFailure('write');
      throw error;
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const key = hashedUserKey(envelope);
    await this.counted('delete', this.withTable((table) => table.deleteItem(key)));
  }

  /** Counts a failed storage call for the operator's metrics (lambda/metrics.ts), then passes it on. */
  private async counted<T>(operation: StorageOperation, call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      countStorageFailure(operation);
      throw error;
    }
  }

  private async withTable<T>(operation: (table: DynamoTable) => Promise<T>): Promise<T> {
    // A client that failed to start is tried again on the next request.
    this.table ??= Promise.resolve()
      .then(this.makeTable)
      .catch((error: unknown) => {
        this.table = undefined;
        throw error;
      });
    const table = await this.table;
    if (this.tableReady) return operation(table);
    try {
      return await operation(table);
    } catch (error) {
      if (!isMissingTable(error)) throw error;
      this.tableReady ??= table.createTable().catch((failure: unknown) => {
        this.tableReady = undefined;
        throw failure;
      });
      await this.tableReady;
      return operation(table);
    }
  }
}
