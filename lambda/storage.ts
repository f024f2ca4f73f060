import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from './config';
import { createAwsLiteTable } from './persistence/awsLiteTable';
import { DynamoPersistenceAdapter } from './persistence/DynamoPersistenceAdapter';

/**
 * The skill's storage, chosen in this one place (the Lambda handler and the benchmark's
 * minimal storage skill both use it): aws-lite starts some 10x faster than AWS SDK v3
 * (createSdkV3Table), and cold starts are what most Alexa requests meet.
 */
export function createPersistence(config: SkillConfig): PersistenceAdapter {
  return new DynamoPersistenceAdapter({ table: () => createAwsLiteTable(config), createTable: config.createTable });
}
