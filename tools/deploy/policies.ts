/**
 * The published privacy policy and terms of use URLs, per skill locale, from
 * `skill-package.config.json` and the environment (docs/operations.md#deployment).
 */
import { existsSync, readFileSync } from 'node:fs';

export const POLICY_CONFIG_FILE = 'skill-package.config.json';

export type PolicyKind = 'privacyPolicyUrl' | 'termsOfUseUrl';
export const POLICY_KINDS: readonly PolicyKind[] = ['privacyPolicyUrl', 'termsOfUseUrl'];

/** Per kind, URLs keyed by locale (`en-GB`) or language (`en`). */
export type PolicyConfig = Partial<Record<PolicyKind, Record<string, string>>>;

const ENV_PREFIX: Record<PolicyKind, string> = { privacyPolicyUrl: 'PRIVACY_POLICY_URL', termsOfUseUrl: 'TERMS_OF_USE_URL' };

/** `PRIVACY_POLICY_URL_EN_GB`, then `PRIVACY_POLICY_URL_EN`. */
export function envNames(kind: PolicyKind, locale: string): string[] {
  const [language = locale] = locale.split('-');
  return [`${ENV_PREFIX[kind]}_${locale.replace('-', '_').toUpperCase()}`, `${ENV_PREFIX[kind]}_${language.toUpperCase()}`];
}

export function readPolicyConfig(path = POLICY_CONFIG_FILE): PolicyConfig {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PolicyConfig) : {};
}

/** The URL for one locale: the environment first (locale, then language), then the file (locale, then language). */
export function policyUrl(kind: PolicyKind, locale: string, config: PolicyConfig, env: NodeJS.ProcessEnv): string | undefined {
  const [language = locale] = locale.split('-');
  const fromEnv = envNames(kind, locale)
    .map((name) => env[name]?.trim())
    .find(Boolean);
  const fromFile = [config[kind]?.[locale], config[kind]?.[language]].map((url) => url?.trim()).find(Boolean);
  return fromEnv || fromFile || undefined;
}

/** Why a URL cannot go into the store listing, or undefined when it can. */
export function urlProblem(url: string | undefined): string | undefined {
  if (!url) return 'missing';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? undefined : `not https: ${url}`;
  } catch {
    return `not a URL: ${url}`;
  }
}
