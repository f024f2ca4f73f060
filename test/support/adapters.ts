import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { hashedUserKey } from '../../lambda/persistence/userKey';

type Attributes = Record<string, unknown>;

/**
 * Storage with no network: a Map, with the DynamoDB adapter's visible behaviour (copies in and
 * out, attributes merged on write, `version` incremented) so the skill runs the same code paths.
 */
export class MemoryAdapter implements PersistenceAdapter {
  private readonly items = new Map<string, Attributes>();

  getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    const item = this.items.get(hashedUserKey(envelope));
    return Promise.resolve(item ? structuredClone(item) : {});
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const key = hashedUserKey(envelope);
    const stored = this.items.get(key) ?? {};
    const version = typeof attributes.version === 'number' ? attributes.version : 0;
    const fields = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
    this.items.set(key, structuredClone({ ...stored, ...fields, version: version + 1 }));
    return Promise.resolve();
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(hashedUserKey(envelope));
    return Promise.resolve();
  }
}

/** Counts the calls that reach the adapter it wraps. */
export class CountingAdapter implements PersistenceAdapter {
  reads = 0;
  writes = 0;
  deletes = 0;

  constructor(private readonly inner: PersistenceAdapter) {}

  getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    this.reads += 1;
    return this.inner.getAttributes(envelope);
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    this.writes += 1;
    return this.inner.saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.deletes += 1;
    await this.inner.deleteAttributes?.(envelope);
  }
}
