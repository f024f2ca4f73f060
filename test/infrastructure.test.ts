import { readFileSync } from 'node:fs';
import { validateFile } from 'cfn-lint';
import { openFile } from 'cfn-lint/lib/parser';
import { extendSpecification } from 'cfn-lint/lib/resourcesSpec';
import { readConfig } from '../lambda/config';
import { METRICS_NAMESPACE, METRICS_SERVICE, MetricNames } from '../lambda/metrics';
import { TTL_ATTRIBUTE } from '../lambda/persistence/DynamoPersistenceAdapter';

/** The stack `ask deploy` creates, and the manifest and project config that point at it. */
const TEMPLATE = 'infrastructure/cfn-deployer/skill-stack.yaml';

interface Resource {
  Type: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties: Record<string, unknown>;
}
interface Template {
  Parameters: Record<string, { Type: string; Default?: string }>;
  Resources: Record<string, Resource>;
  Outputs: Record<string, { Description?: string; Value: unknown }>;
}
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}
interface UserConfig {
  cfn?: { parameters?: Record<string, string> };
  runtime: string;
  handler: string;
  templatePath: string;
  awsRegion: string;
  skillEvents?: { subscriptions?: string[] };
}
interface Manifest {
  events?: { subscriptions?: { eventName: string }[]; endpoint?: { uri?: string } };
  privacyAndCompliance: Record<string, unknown>;
  apis: { custom: { endpoint?: { uri?: string } } };
}

// cfn-lint's parser knows the short tags (!Ref, !GetAtt, !Sub) and turns them into the long form.
const template = openFile(TEMPLATE) as Template;
const resources = Object.entries(template.Resources);
const askResources = JSON.parse(readFileSync('ask-resources.json', 'utf8')) as {
  profiles: { default: { code: { default: { src: string } }; skillInfrastructure: { type: string; userConfig: UserConfig } } };
};
const profile = askResources.profiles.default;
const userConfig = profile.skillInfrastructure.userConfig;
const manifest = (JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as { manifest: Manifest }).manifest;

/** The one resource of a type, with its logical ID for !Ref / !GetAtt comparisons. */
function only(type: string): { id: string; resource: Resource } {
  const found = resources.filter(([, resource]) => resource.Type === type);
  expect(found.map(([id]) => id)).toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
}
const ref = (id: string) => ({ Ref: id });
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

describe('cfn-lint', () => {
  test('the npm cfn-lint reports nothing on the template', () => {
    // The package's resource specification dates from 2019; these two Lambda properties came
    // later (2021, 2023). Add them with their current CloudFormation definitions, through the
    // package's own extension hook, so they are checked rather than reported as unknown.
    extendSpecification({
      ResourceTypes: {
        'AWS::Lambda::Function': {
          Properties: {
            Architectures: { Required: false, Type: 'List', PrimitiveItemType: 'String', UpdateType: 'Mutable' },
            LoggingConfig: { Required: false, Type: 'LoggingConfig', UpdateType: 'Mutable' },
          },
        },
      },
      PropertyTypes: {
        'AWS::Lambda::Function.LoggingConfig': {
          Properties: {
            ApplicationLogLevel: { Required: false, PrimitiveType: 'String', UpdateType: 'Mutable' },
            LogFormat: { Required: false, PrimitiveType: 'String', UpdateType: 'Mutable' },
            LogGroup: { Required: false, PrimitiveType: 'String', UpdateType: 'Mutable' },
            SystemLogLevel: { Required: false, PrimitiveType: 'String', UpdateType: 'Mutable' },
          },
        },
      },
    });
    const result = validateFile(TEMPLATE);
    expect(result.errors).toEqual({ crit: [], warn: [], info: [] });
    expect(result.templateValid).toBe(true);
    expect(result.outputs).toHaveProperty('SkillEndpoint');
  });
});

describe('stack template', () => {
  test('takes exactly the deployer parameters plus an optional table name and alarm address', () => {
    expect(Object.keys(template.Parameters).sort()).toEqual(
      ['AlarmEmail', 'CodeBucket', 'CodeKey', 'CodeVersion', 'LambdaHandler', 'LambdaRuntime', 'SkillId', 'TableName'].sort(),
    );
    expect(template.Parameters.AlarmEmail?.Default).toBe('');
    expect(template.Parameters.TableName?.Default).toBe(readConfig({}).tableName);
    expect(template.Parameters.LambdaRuntime?.Default).toBe('nodejs22.x');
    expect(template.Parameters.LambdaHandler?.Default).toBe('index.handler');
  });

  test('the table: key id (string) alone, on demand, TTL on expiresAt, PITR, encryption, kept on delete', () => {
    const { resource } = only('AWS::DynamoDB::Table');
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties).toMatchObject({
      TableName: ref('TableName'),
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    expect(TTL_ATTRIBUTE).toBe('expiresAt');
    expect(resource.Properties.KeySchema).toHaveLength(1);
    expect(resource.Properties).not.toHaveProperty('ProvisionedThroughput');
  });

  test('the log group keeps logs 30 days', () => {
    expect(only('AWS::Logs::LogGroup').resource.Properties.RetentionInDays).toBe(30);
  });

  test('the role may only use four item operations on the table and write to its log group', () => {
    const table = only('AWS::DynamoDB::Table').id;
    const logGroup = only('AWS::Logs::LogGroup').id;
    const role = only('AWS::IAM::Role').resource.Properties;
    expect(role).not.toHaveProperty('ManagedPolicyArns');
    expect(role.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const statements = (role.Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) => policy.PolicyDocument.Statement);
    const actions = statements.flatMap((statement) => statement.Action);
    expect(actions.sort()).toEqual(
      [
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ].sort(),
    );
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      const service = [statement.Action].flat()[0]?.split(':')[0];
      expect({ service, resource: statement.Resource }).toEqual({ service, resource: arnOf(service === 'dynamodb' ? table : logGroup) });
    }
  });

  test('the function: runtime and handler from the deployer, arm64, inside the 8 s Alexa waits', () => {
    const table = only('AWS::DynamoDB::Table').id;
    const logGroup = only('AWS::Logs::LogGroup').id;
    const role = only('AWS::IAM::Role').id;
    const fn = only('AWS::Lambda::Function').resource.Properties;
    expect(fn).toMatchObject({
      Runtime: ref('LambdaRuntime'),
      Handler: ref('LambdaHandler'),
      Architectures: ['arm64'],
      Code: { S3Bucket: ref('CodeBucket'), S3Key: ref('CodeKey'), S3ObjectVersion: ref('CodeVersion') },
      Role: arnOf(role),
      MemorySize: 1024,
      Timeout: 7,
      Environment: {
        Variables: { SKILL_TABLE_NAME: ref(table), SKILL_ID: ref('SkillId') },
      },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: ref(logGroup) },
    });
    // SKILL_CREATE_TABLE is for local use; in AWS the stack owns the table.
    expect(fn.Environment).not.toHaveProperty('Variables.SKILL_CREATE_TABLE');
    // The zip holds no source map, and reading one on every cold start is what docs/performance.md measured away.
    expect(fn.Environment).not.toHaveProperty('Variables.NODE_OPTIONS');
  });

  test('only this skill may invoke the function', () => {
    const fn = only('AWS::Lambda::Function').id;
    expect(only('AWS::Lambda::Permission').resource.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: arnOf(fn),
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: ref('SkillId'),
    });
  });

  test('outputs SkillEndpoint, the function ARN the deployer writes into skill.json', () => {
    const fn = only('AWS::Lambda::Function').id;
    expect(template.Outputs.SkillEndpoint?.Value).toEqual(arnOf(fn));
    expect(template.Outputs.SkillEndpoint?.Description).toBeTruthy();
  });
});

describe('alarms (docs/operations.md)', () => {
  interface MetricStat {
    Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: unknown }[] };
    Stat: string;
  }
  interface Query {
    Id: string;
    Expression?: string;
    ReturnData?: boolean;
    MetricStat?: MetricStat;
  }
  const alarms = resources.filter(([, resource]) => resource.Type === 'AWS::CloudWatch::Alarm');
  /** Every metric an alarm watches, whether directly or through metric math. */
  function watched(properties: Record<string, unknown>): MetricStat['Metric'][] {
    if (properties.MetricName) return [properties as unknown as MetricStat['Metric']];
    return (properties.Metrics as Query[]).flatMap((query) => (query.MetricStat ? [query.MetricStat.Metric] : []));
  }
  function alarmOn(namespace: string, metricName: string): Record<string, unknown> {
    const found = alarms.filter(([, alarm]) => watched(alarm.Properties).some((m) => m.Namespace === namespace && m.MetricName === metricName));
    expect(found).toHaveLength(1);
    return (found[0] as [string, Resource])[1].Properties;
  }

  test('every alarm notifies the one topic when it fires and when it clears, and ignores idle periods', () => {
    const topic = only('AWS::SNS::Topic').id;
    expect(alarms.length).toBeGreaterThanOrEqual(7);
    for (const [, alarm] of alarms) {
      expect(alarm.Properties).toMatchObject({ AlarmActions: [ref(topic)], OKActions: [ref(topic)], TreatMissingData: 'notBreaching' });
      expect(alarm.Properties.AlarmDescription).toContain('docs/operations.md');
    }
    expect(template.Outputs.AlarmTopic?.Value).toEqual(ref(topic));
  });

  test('Lambda errors, throttles and a p99 duration below the 8 s Alexa waits, on this function', () => {
    const fn = only('AWS::Lambda::Function');
    for (const metric of ['Errors', 'Throttles', 'Duration']) {
      expect(alarmOn('AWS/Lambda', metric).Dimensions).toEqual([{ Name: 'FunctionName', Value: ref(fn.id) }]);
    }
    const duration = alarmOn('AWS/Lambda', 'Duration');
    expect(duration.ExtendedStatistic).toBe('p99');
    expect(duration.Threshold).toBeLessThan(8000);
    expect(duration.Threshold).toBeLessThan(Number(fn.resource.Properties.Timeout) * 1000);
    expect(duration.Threshold).toBeGreaterThanOrEqual(3000);
  });

  test('DynamoDB throttles and system errors on this table, for every operation the skill uses', () => {
    const table = only('AWS::DynamoDB::Table').id;
    for (const metric of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      expect(alarmOn('AWS/DynamoDB', metric).Dimensions).toEqual([{ Name: 'TableName', Value: ref(table) }]);
    }
    const systemErrors = watched(alarmOn('AWS/DynamoDB', 'SystemErrors'));
    for (const metric of systemErrors) expect(metric.Dimensions).toContainEqual({ Name: 'TableName', Value: ref(table) });
    const operations = systemErrors.map((metric) => metric.Dimensions.find((d) => d.Name === 'Operation')?.Value);
    expect(operations.sort()).toEqual(['DeleteItem', 'GetItem', 'UpdateItem']);
  });

  test("the skill's own storage failures, under the namespace and names lambda/metrics.ts emits", () => {
    const alarm = alarmOn(METRICS_NAMESPACE, MetricNames.StorageFailure.read);
    const metrics = watched(alarm);
    expect(metrics.map((m) => m.MetricName).sort()).toEqual([MetricNames.StorageFailure.read, MetricNames.StorageFailure.write].sort());
    for (const metric of metrics) {
      expect(metric).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [{ Name: 'service', Value: METRICS_SERVICE }] });
    }
    const math = (alarm.Metrics as Query[]).filter((query) => query.ReturnData !== false);
    expect(math).toHaveLength(1);
    for (const query of alarm.Metrics as Query[]) if (query.MetricStat) expect(math[0]?.Expression).toContain(query.Id);
  });
});

describe('ask-resources.json', () => {
  test('deploys the esbuild bundle through this template with the runtime and handler it declares', () => {
    expect(profile.code.default.src).toBe('./dist/lambda');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(userConfig).toMatchObject({
      runtime: template.Parameters.LambdaRuntime?.Default,
      handler: template.Parameters.LambdaHandler?.Default,
      templatePath: `./${TEMPLATE}`,
      awsRegion: 'us-east-1',
    });
  });

  test('passes the table name the skill expects (the deployer reads userConfig.cfn.parameters)', () => {
    expect(userConfig.cfn?.parameters?.TableName).toBe(readConfig({}).tableName);
    expect(Object.keys(userConfig.cfn?.parameters ?? {}).every((key) => key in template.Parameters)).toBe(true);
  });

  test('has the deployer fill the events endpoint, with the same subscriptions as skill.json', () => {
    // ask-cli 2.30 writes events.endpoint (and these subscriptions) into skill.json after the
    // stack deploys, only when userConfig.skillEvents is set.
    expect(userConfig.skillEvents?.subscriptions).toEqual(manifest.events?.subscriptions?.map((s) => s.eventName));
  });
});

describe('skill.json', () => {
  test('subscribes to SKILL_DISABLED, so a person who disables the skill has their item deleted', () => {
    expect(manifest.events?.subscriptions).toContainEqual({ eventName: 'SKILL_DISABLED' });
  });

  test('hardcodes no endpoint: the deployer sets Lambda ARNs', () => {
    for (const uri of [manifest.apis.custom.endpoint?.uri, manifest.events?.endpoint?.uri]) {
      if (uri !== undefined) expect(uri).toMatch(/^arn:aws:lambda:/);
    }
  });

  test('states privacy and compliance truthfully', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
      usesHealthInfo: false,
    });
  });
});
