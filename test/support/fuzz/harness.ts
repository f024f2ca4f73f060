import { types } from 'node:util';
import { runInThisContext } from 'node:vm';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import * as fc from 'fast-check';
import { handler } from '../../../lambda/index';
import type { Reply } from '../../../tools/alexa/Conversation';
import { LIMITS, limitViolations } from '../limits';

/**
 * The fuzzing harness for the real Lambda entry point (lambda/index.ts, real DynamoDB client
 * on dynalite): whatever arrives, the handler either resolves with a valid Alexa response
 * envelope or, for an envelope that is structurally broken, rejects with an Error: never a
 * hang, a non-Error rejection or an unhandled rejection, and user-provided text never
 * reaches the SSML unescaped. The suites are test/fuzz*.test.ts, one per thing fuzzed.
 */

export const SEED = 20_240_611;
export const NUM_RUNS = 150;
export const HANG_MS = 5000;
export const PROPERTY_TIMEOUT_MS = 120_000;

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Errors made by Node itself come from another realm than jest's sandbox, so instanceof alone is not enough. */
export function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

// ---------------------------------------------------------------------------------------
// Unhandled rejections anywhere in the process fail the suite.

/**
 * Jest gives each test file a copy of `process` whose listeners Node never calls; the
 * 'unhandledRejection' event is emitted on the real one, the global of the main context.
 */
export const hostProcess = runInThisContext('process') as NodeJS.Process;
export const processes = new Set<NodeJS.Process>([process, hostProcess]);

export const unhandled: unknown[] = [];
export const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
/** Call at the top of a fuzz suite: any unhandled rejection during it fails the suite. */
export function failOnUnhandledRejections(): void {
  beforeAll(() => {
    for (const p of processes) p.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    await settle(100);
    for (const p of processes) p.off('unhandledRejection', onUnhandled);
    expect(unhandled.map(describeError)).toEqual([]);
  });
}

export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => (ms ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

export function describeError(error: unknown): string {
  return isError(error) ? (error.stack ?? `${error.name}: ${error.message}`) : `non-Error ${typeof error}: ${String(error)}`;
}

// ---------------------------------------------------------------------------------------
// Calling the handler: resolved, rejected, or no answer within 5 s.

export type Outcome =
  | { readonly kind: 'resolved'; readonly value: unknown }
  | { readonly kind: 'rejected'; readonly error: unknown }
  | { readonly kind: 'hung' };

export async function call(event: unknown): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hung' }), HANG_MS);
  });
  const answer = Promise.resolve()
    .then(() => handler(event as RequestEnvelope))
    .then(
      (value): Outcome => ({ kind: 'resolved', value }),
      (error: unknown): Outcome => ({ kind: 'rejected', error }),
    );
  try {
    return await Promise.race([answer, hang]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------
// What a valid answer is.

/** Text a person (or a forger) sent that must never reach the SSML as it is. */
export const INJECTIONS = [
  '<break time="99s"/>',
  'Tom & Jerry',
  '</speak><speak>',
  '<audio src="https://example.com/a.mp3"/>',
  '<amazon:effect name="whispered">psst</amazon:effect>',
  'R&B <3',
  '{{variant}}',
  '$t(common:error)',
] as const;

/** Would be visibly unescaped if it appeared verbatim in SSML: a '<', or a '&' that starts no entity. */
export function isDangerous(text: string): boolean {
  return /</.test(text) || /&(?!amp;|lt;|gt;|quot;|apos;)/.test(text);
}

/** Every string in the request that is long and SSML-special enough to be recognisable in speech. */
export function dangerousStrings(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if ((value.length >= 8 || (INJECTIONS as readonly string[]).includes(value)) && isDangerous(value)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) dangerousStrings(item, found);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      dangerousStrings(key, found);
      dangerousStrings(item, found);
    }
  }
  return found;
}

export function ssmlProblems(label: string, speech: unknown, injected: ReadonlySet<string>): string[] {
  if (!isObject(speech)) return [`${label} is not an object`];
  if (speech.type !== 'SSML' || typeof speech.ssml !== 'string') return [`${label} is not SSML: ${JSON.stringify(speech).slice(0, 200)}`];
  const ssml = speech.ssml;
  const problems: string[] = [];
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.push(`${label} is not wrapped in <speak>: ${ssml.slice(0, 200)}`);
  if (ssml.length > LIMITS.speechChars) problems.push(`${label} has ${ssml.length} characters`);
  for (const text of injected) {
    if (ssml.includes(text)) problems.push(`${label} contains user-provided text verbatim: ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}

export function ssmlOf(speech: unknown): string {
  return isObject(speech) && typeof speech.ssml === 'string' ? speech.ssml : '';
}

/** Request types a person speaks: these must always be answered with speech. */
export const SPOKEN_TYPES: readonly unknown[] = ['LaunchRequest', 'IntentRequest'];

export async function envelopeProblems(event: unknown, value: unknown, injected: ReadonlySet<string>): Promise<string[]> {
  if (!isObject(value)) return [`resolved with ${JSON.stringify(value)} instead of an envelope`];
  const problems: string[] = [];
  if (value.version !== '1.0') problems.push(`version is ${JSON.stringify(value.version)}`);
  try {
    JSON.stringify(value);
  } catch (error) {
    problems.push(`envelope is not serialisable: ${describeError(error)}`);
  }
  const response = value.response;
  if (!isObject(response)) return [...problems, `response is ${JSON.stringify(response)}`];
  if (response.outputSpeech !== undefined) problems.push(...ssmlProblems('outputSpeech', response.outputSpeech, injected));
  if (response.reprompt !== undefined) {
    if (!isObject(response.reprompt)) problems.push('reprompt is not an object');
    else problems.push(...ssmlProblems('reprompt', response.reprompt.outputSpeech, injected));
  }
  if (response.shouldEndSession === false && !(isObject(response.reprompt) && isObject(response.reprompt.outputSpeech))) {
    problems.push('session stays open without a reprompt');
  }
  // Alexa's limits as the conversation tests check them (SSML validity, breaks, leaked keys, size).
  if (isObject(event) && isObject(event.request) && problems.length === 0) {
    const speech = ssmlOf(response.outputSpeech);
    const reprompt = isObject(response.reprompt) ? ssmlOf(response.reprompt.outputSpeech) : undefined;
    const reply: Reply = {
      request: event as unknown as RequestEnvelope,
      response: value as unknown as ResponseEnvelope,
      speech,
      reprompt,
      ended: response.shouldEndSession !== false || event.request.type === 'SessionEndedRequest',
    };
    const spoken = SPOKEN_TYPES.includes(event.request.type);
    problems.push(...(await limitViolations(reply)).filter((p) => spoken || p !== 'no speech'));
  }
  return problems;
}

/**
 * The property itself. `mustResolve`: the envelope is well-formed enough that the skill
 * has to answer it; otherwise a rejection with an Error is a deliberate refusal.
 */
export async function expectValidOutcome(raw: unknown, mustResolve: (event: unknown) => boolean): Promise<void> {
  // Lambda hands the handler parsed JSON: no undefined values, no prototypes, no sharing.
  const event: unknown = raw === undefined ? undefined : JSON.parse(JSON.stringify(raw));
  const before = unhandled.length;
  const outcome = await call(event);
  await settle();
  const problems: string[] = [];
  switch (outcome.kind) {
    case 'hung':
      problems.push(`no answer within ${HANG_MS} ms`);
      break;
    case 'rejected':
      if (!isError(outcome.error)) problems.push(`rejected with a non-Error: ${describeError(outcome.error)}`);
      else if (mustResolve(event)) problems.push(`rejected a well-formed envelope: ${describeError(outcome.error)}`);
      break;
    case 'resolved':
      problems.push(...(await envelopeProblems(event, outcome.value, dangerousStrings(event))));
      break;
  }
  for (const reason of unhandled.slice(before)) problems.push(`unhandled rejection: ${describeError(reason)}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns = NUM_RUNS): Promise<void> {
  return fc.assert(fc.asyncProperty(arbitrary, check), { seed: SEED, numRuns, endOnFailure: false });
}

