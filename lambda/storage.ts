import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from './config';
import type * as HttpTable from './persistence/httpTable';
import { DynamoPersistenceAdapter } from './persistence/DynamoPersistenceAdapter';

/**
 * The skill's storage, chosen in this one place (the Lambda handler and the benchmark's
 * minimal storage skill both use it): our own signed HTTP calls (persistence/httpTable.ts),
 * which no broken answer can crash (docs/operations.md#storage-client). Required on the first
 * request that needs storage, so events and session ends skip loading https and signing.
 */
export function createPersistence(config: SkillConfig): PersistenceAdapter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy in the bundle on purpose
  const table = () => (require('./persistence/httpTable') as typeof HttpTable).createHttpTable(config);
  return new DynamoPersistenceAdapter({ table, createTable: config.createTable });
}
