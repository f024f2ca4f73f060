/**
 * `npm run deploy`: checks the skill package is ready for certification, writes the policy
 * URLs into skill.json, builds, and runs `ask deploy` (docs/operations.md#deployment).
 *
 *   npm run deploy                         refuses while a policy URL or an icon is missing
 *   npm run deploy -- --development        deploys anyway, for testing; not for certification
 *   npm run deploy -- --manual <lambdaArn> only writes dist/skill-package/ for a manual upload
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { certificationProblems, forFirstUpload, forManualUpload, SKILL_PACKAGE, withPolicyUrls, type ManifestEnvelope } from './deploy/manifest';
import { envNames, POLICY_CONFIG_FILE, readPolicyConfig } from './deploy/policies';

const MANIFEST = join(SKILL_PACKAGE, 'skill.json');
const ASK_CLI_DIR = 'tools/ask-cli';
const ASK = join(ASK_CLI_DIR, 'node_modules/.bin/ask');
const MANUAL_PACKAGE = 'dist/skill-package';

const readManifest = (path = MANIFEST) => JSON.parse(readFileSync(path, 'utf8')) as ManifestEnvelope;
const writeManifest = (envelope: ManifestEnvelope, path = MANIFEST) => writeFileSync(path, `${JSON.stringify(envelope, null, 2)}\n`);

/** The message `npm run deploy` stops with when the package is not ready. */
export function refusal(problems: readonly string[]): string {
  return [
    'Not deploying: this skill package would fail certification.',
    ...problems.map((p) => `  - ${p}`),
    '',
    `Publish docs/privacy-policy.md, docs/terms-of-use.md and their German versions (docs/de/), then put`,
    `their URLs in ${POLICY_CONFIG_FILE} ("privacyPolicyUrl"/"termsOfUseUrl", keyed by "en", "de" or a locale)`,
    `or in the environment (${envNames('privacyPolicyUrl', 'en-GB').join(', ')}, ${envNames('termsOfUseUrl', 'de-DE')[1]}, ...).`,
    'Run `npm run icons` if an icon is missing. To deploy for testing only: npm run deploy -- --development',
  ].join('\n');
}

/** The skill ID the ASK CLI stored after its first deploy, if any. */
function deployedSkillId(): string | undefined {
  const states = '.ask/ask-states.json';
  if (!existsSync(states)) return undefined;
  const parsed = JSON.parse(readFileSync(states, 'utf8')) as { profiles?: Record<string, { skillId?: string }> };
  return parsed.profiles?.default?.skillId || undefined;
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit' });
}

function main(): void {
  const { values } = parseArgs({ options: { development: { type: 'boolean', default: false }, manual: { type: 'string' } } });
  const manifest = withPolicyUrls(readManifest(), readPolicyConfig(), process.env);
  const problems = certificationProblems(manifest);
  if (problems.length && !values.development) {
    console.error(refusal(problems));
    process.exitCode = 1;
    return;
  }
  if (problems.length) console.warn(`Deploying for testing only; before certification fix:\n  - ${problems.join('\n  - ')}`);

  if (values.manual) {
    rmSync(MANUAL_PACKAGE, { recursive: true, force: true });
    mkdirSync('dist', { recursive: true });
    cpSync(SKILL_PACKAGE, MANUAL_PACKAGE, { recursive: true });
    writeManifest(forManualUpload(manifest, values.manual), join(MANUAL_PACKAGE, 'skill.json'));
    console.log(`${MANUAL_PACKAGE}/ is ready to upload, with its endpoints set to ${values.manual}.`);
    return;
  }

  writeManifest(deployedSkillId() ? manifest : forFirstUpload(manifest));
  if (!existsSync(ASK)) run('npm', ['ci', '--prefix', ASK_CLI_DIR, '--no-audit', '--no-fund']);
  run('npm', ['run', '--silent', 'build']);
  run(ASK, ['deploy']);
}

if (require.main === module) main();
