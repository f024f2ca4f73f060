/** Environment contract (GUIDE.md section 1), read once at cold start. */
export interface SkillConfig {
  tableName: string;
  createTable: boolean;
  skillId: string | undefined;
  dynamoEndpoint: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  return {
    tableName: env.SKILL_TABLE_NAME || 'muscle-relaxation',
    createTable: env.SKILL_CREATE_TABLE === 'true',
    skillId: env.SKILL_ID || undefined,
    dynamoEndpoint: env.AWS_ENDPOINT_URL_DYNAMODB || undefined,
  };
}
