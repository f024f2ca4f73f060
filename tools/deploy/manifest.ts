/**
 * What `npm run deploy` does to skill-package/skill.json before the ASK CLI uploads it
 * (docs/operations.md#deployment): policy URLs per locale, the certification checks, and the
 * two ways the events block gets its endpoint (the CLI after its stack, or a manual upload).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { POLICY_KINDS, policyUrl, urlProblem, type PolicyConfig } from './policies';

export type ManifestEnvelope = v1.skill.Manifest.SkillManifestEnvelope;
type Events = v1.skill.Manifest.SkillManifestEvents;

export const SKILL_PACKAGE = 'skill-package';
export const ICON_PREFIX = 'file://assets/images/';

function localesOf(envelope: ManifestEnvelope): string[] {
  return Object.keys(envelope.manifest?.publishingInformation?.locales ?? {});
}

/** A copy with every locale's privacy policy and terms of use URL from the configuration. */
export function withPolicyUrls(envelope: ManifestEnvelope, config: PolicyConfig, env: NodeJS.ProcessEnv): ManifestEnvelope {
  const copy = structuredClone(envelope);
  const privacy = (copy.manifest ??= {}).privacyAndCompliance ?? {};
  const locales = (privacy.locales ??= {});
  for (const locale of localesOf(copy)) {
    const entry = (locales[locale] ??= {});
    for (const kind of POLICY_KINDS) {
      const url = policyUrl(kind, locale, config, env);
      if (url) entry[kind] = url;
    }
  }
  copy.manifest.privacyAndCompliance = privacy;
  return copy;
}

/** Everything that would make Amazon's certification reject this package; empty when it is ready. */
export function certificationProblems(envelope: ManifestEnvelope, packageDir = SKILL_PACKAGE): string[] {
  const problems: string[] = [];
  const privacy = envelope.manifest?.privacyAndCompliance?.locales ?? {};
  for (const locale of localesOf(envelope)) {
    for (const kind of POLICY_KINDS) {
      const problem = urlProblem(privacy[locale]?.[kind]);
      if (problem) problems.push(`${locale}: ${kind} ${problem}`);
    }
    const info = envelope.manifest?.publishingInformation?.locales?.[locale];
    for (const icon of ['smallIconUri', 'largeIconUri'] as const) {
      const uri = info?.[icon];
      if (!uri?.startsWith(ICON_PREFIX)) problems.push(`${locale}: ${icon} is not a file://assets/images/ PNG`);
      else if (!existsSync(join(packageDir, uri.slice('file://'.length)))) problems.push(`${locale}: ${icon} ${uri} does not exist`);
    }
  }
  return problems;
}

/**
 * For the very first `ask deploy` (no skill ID yet): the package is uploaded before the stack
 * exists, and Amazon rejects an events block without an endpoint. The CLI writes the block
 * back, with the stack's endpoint, from ask-resources.json `userConfig.skillEvents`.
 */
export function forFirstUpload(envelope: ManifestEnvelope): ManifestEnvelope {
  if (!envelope.manifest?.events || envelope.manifest.events.endpoint) return envelope;
  const copy = structuredClone(envelope);
  if (copy.manifest) delete copy.manifest.events;
  return copy;
}

/** For a manual upload (developer console or SMAPI): the skill's and the events' endpoint set to the Lambda ARN. */
export function forManualUpload(envelope: ManifestEnvelope, lambdaArn: string): ManifestEnvelope {
  if (!/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(lambdaArn)) {
    throw new Error(`not a Lambda function ARN: ${lambdaArn}`);
  }
  const copy = structuredClone(envelope);
  const manifest = copy.manifest ?? {};
  const custom = ((manifest.apis ??= {}).custom ??= {});
  custom.endpoint = { uri: lambdaArn };
  if (manifest.events) {
    const events: Events = { ...manifest.events, endpoint: { uri: lambdaArn } };
    manifest.events = events;
  }
  copy.manifest = manifest;
  return copy;
}
