/** Environment contract (docs/architecture.md#contracts), read once at cold start. */
export interface SkillConfig {
  tableName: string;
  createTable: boolean;
  skillId: string | undefined;
  dynamoEndpoint: string | undefined;
}

/**
 * docs/architecture.md#contracts: a local endpoint (dynalite, DynamoDB Local) with no AWS credentials in
 * the environment gets dummy credentials and region `local`.
 */
export function usesLocalCredentials(config: SkillConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(config.dynamoEndpoint) && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  return {
    tableName: env.SKILL_TABLE_NAME || 'muscle-relaxation',
    createTable: env.SKILL_CREATE_TABLE === 'true',
    skillId: env.SKILL_ID || undefined,
    dynamoEndpoint: env.AWS_ENDPOINT_URL_DYNAMODB || undefined,
  };
}
