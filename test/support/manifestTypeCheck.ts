import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * Type-checks skill.json variants against Amazon's own manifest types (ask-smapi-model) with
 * the TypeScript compiler: each manifest becomes an object literal assigned to the envelope
 * type, so literal values are checked and misspelled keys fail as excess properties.
 */

/** The declarations each checked file starts with. */
const PRELUDE = `
import type { v1 } from 'ask-smapi-model';
// ask-smapi-model 1.24 lists CAN_FULFILL_INTENT_REQUEST in InterfaceType but has no Interface
// member for it; Amazon's docs declare it as { "type": "CAN_FULFILL_INTENT_REQUEST" }.
type CanFulfill = { type: Extract<v1.skill.Manifest.InterfaceType, 'CAN_FULFILL_INTENT_REQUEST'> };
type Custom = Omit<v1.skill.Manifest.CustomApis, 'interfaces'> & { interfaces?: Array<v1.skill.Manifest.Interface | CanFulfill> };
type Apis = Omit<v1.skill.Manifest.SkillManifestApis, 'custom'>;
type Manifest<E, C> = Omit<v1.skill.Manifest.SkillManifest, 'apis' | 'events'> & { apis: Apis & { custom: C }; events?: E };
/** In the repository: the ASK CLI writes events.endpoint and the skill endpoint on deploy. */
type CliEnvelope = { manifest: Manifest<Omit<v1.skill.Manifest.SkillManifestEvents, 'endpoint'> & { endpoint?: v1.skill.Manifest.SkillManifestEndpoint }, Custom> };
/** What Amazon accepts as an upload: an events block only with its endpoint. */
type FirstUploadEnvelope = { manifest: Manifest<v1.skill.Manifest.SkillManifestEvents, Custom> };
/** For a manual upload: every endpoint present. */
type UploadEnvelope = { manifest: Manifest<v1.skill.Manifest.SkillManifestEvents, Custom & { endpoint: v1.skill.Manifest.SkillManifestEndpoint }> };
`;

export type EnvelopeKind = 'CliEnvelope' | 'FirstUploadEnvelope' | 'UploadEnvelope';

export interface ManifestCase {
  readonly name: string;
  readonly kind: EnvelopeKind;
  readonly envelope: unknown;
}

/** Compiler errors per case name (an empty list: the manifest type-checks). */
export function typeCheckManifests(cases: readonly ManifestCase[]): Record<string, string[]> {
  const root = resolve(__dirname, '../..');
  const files = new Map(
    cases.map((c, i) => [resolve(root, `.manifest-check-${i}.ts`), `${PRELUDE}\nexport const manifest: ${c.kind} = ${JSON.stringify(c.envelope, null, 2)};\n`]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(resolve(fileName));
    return text === undefined ? getSourceFile(fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(resolve(fileName)) || fileExists(fileName);
  const program = ts.createProgram([...files.keys()], options, host);
  const result: Record<string, string[]> = {};
  [...files.keys()].forEach((fileName, i) => {
    const source = program.getSourceFile(fileName);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    result[cases[i]?.name ?? fileName] = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  });
  return result;
}
