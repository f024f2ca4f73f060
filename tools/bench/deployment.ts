import { join } from 'node:path';
import { openFile } from 'cfn-lint/lib/parser';

/** The stack template `ask deploy` uses (ask-resources.json `templatePath`). */
export const TEMPLATE = 'infrastructure/cfn-deployer/skill-stack.yaml';

/** How the stack runs the function, as far as start-up time and memory go. */
export interface Deployment {
  /** The function's NODE_OPTIONS, or undefined when the template sets none. */
  readonly nodeOptions: string | undefined;
  readonly memorySize: number | undefined;
}

interface FunctionResource {
  Type?: string;
  Properties?: { MemorySize?: unknown; Environment?: { Variables?: Record<string, unknown> } };
}

/** Reads the Lambda function's settings from the template, so the bench runs what is deployed. */
export function readDeployment(root: string): Deployment {
  // cfn-lint's parser knows the short tags (!Ref, !GetAtt, !Sub).
  const template = openFile(join(root, TEMPLATE)) as { Resources?: Record<string, FunctionResource> };
  const functions = Object.values(template.Resources ?? {}).filter((r) => r.Type === 'AWS::Lambda::Function');
  if (functions.length !== 1) throw new Error(`${TEMPLATE}: expected one AWS::Lambda::Function, found ${functions.length}`);
  const properties = functions[0]?.Properties ?? {};
  const nodeOptions = properties.Environment?.Variables?.NODE_OPTIONS;
  if (nodeOptions !== undefined && typeof nodeOptions !== 'string') throw new Error(`${TEMPLATE}: NODE_OPTIONS is not a plain string`);
  return {
    nodeOptions,
    memorySize: typeof properties.MemorySize === 'number' ? properties.MemorySize : undefined,
  };
}
