import { types } from 'node:util';
import { runInThisContext } from 'node:vm';
import type { events, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import * as fc from 'fast-check';
import { IntentNames, SlotNames } from '../lambda/constants';
import { TIP_TOPICS } from '../lambda/content/tips';
import { scriptVersion } from '../lambda/engine/segments';
import { allExercises } from '../lambda/exercises/catalog';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { handler } from '../lambda/index';
import type { Reply } from '../tools/alexa/Conversation';
import { LIMITS, limitViolations } from './support/limits';
import { newCaller, SKILL_APP_ID, talkTo } from './support/skill';

/**
 * Property-based fuzzing of the real Lambda entry point (lambda/index.ts, real DynamoDB
 * client on dynalite) with malformed and odd request envelopes. Whatever arrives, the
 * handler either resolves with a valid Alexa response envelope or, for an envelope that is
 * structurally broken, rejects with an Error: never a hang, a non-Error rejection or an
 * unhandled rejection, and user-provided text never reaches the SSML unescaped.
 */

const SEED = 20_240_611;
const NUM_RUNS = 150;
const HANG_MS = 5000;
const PROPERTY_TIMEOUT_MS = 120_000;

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Errors made by Node itself come from another realm than jest's sandbox, so instanceof alone is not enough. */
function isError(value: unknown): value is Error {
  return value instanceof Error || types.isNativeError(value);
}

// ---------------------------------------------------------------------------------------
// Unhandled rejections anywhere in the process fail the suite.

/**
 * Jest gives each test file a copy of `process` whose listeners Node never calls; the
 * 'unhandledRejection' event is emitted on the real one, the global of the main context.
 */
const hostProcess = runInThisContext('process') as NodeJS.Process;
const processes = new Set<NodeJS.Process>([process, hostProcess]);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  for (const p of processes) p.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  await settle(100);
  for (const p of processes) p.off('unhandledRejection', onUnhandled);
  expect(unhandled.map(describeError)).toEqual([]);
});

function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => (ms ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

function describeError(error: unknown): string {
  return isError(error) ? (error.stack ?? `${error.name}: ${error.message}`) : `non-Error ${typeof error}: ${String(error)}`;
}

// ---------------------------------------------------------------------------------------
// Calling the handler: resolved, rejected, or no answer within 5 s.

type Outcome =
  | { readonly kind: 'resolved'; readonly value: unknown }
  | { readonly kind: 'rejected'; readonly error: unknown }
  | { readonly kind: 'hung' };

async function call(event: unknown): Promise<Outcome> {
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
const INJECTIONS = [
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
function isDangerous(text: string): boolean {
  return /</.test(text) || /&(?!amp;|lt;|gt;|quot;|apos;)/.test(text);
}

/** Every string in the request that is long and SSML-special enough to be recognisable in speech. */
function dangerousStrings(value: unknown, found: Set<string> = new Set()): Set<string> {
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

function ssmlProblems(label: string, speech: unknown, injected: ReadonlySet<string>): string[] {
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

function ssmlOf(speech: unknown): string {
  return isObject(speech) && typeof speech.ssml === 'string' ? speech.ssml : '';
}

/** Request types a person speaks: these must always be answered with speech. */
const SPOKEN_TYPES: readonly unknown[] = ['LaunchRequest', 'IntentRequest'];

async function envelopeProblems(event: unknown, value: unknown, injected: ReadonlySet<string>): Promise<string[]> {
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
      seconds: 0,
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
async function expectValidOutcome(raw: unknown, mustResolve: (event: unknown) => boolean): Promise<void> {
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

function assertProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns = NUM_RUNS): Promise<void> {
  return fc.assert(fc.asyncProperty(arbitrary, check), { seed: SEED, numRuns, endOnFailure: false });
}

// ---------------------------------------------------------------------------------------
// Generators.

const EXERCISES = allExercises();
const EXERCISE_IDS = EXERCISES.map((e) => e.id);
const VARIANT_IDS = [...new Set(EXERCISES.flatMap((e) => Object.keys(e.variants)))];
/** Ids the interaction model resolves slots to: exercises, lengths, tip topics. */
const SLOT_IDS = [...EXERCISE_IDS, ...VARIANT_IDS, ...TIP_TOPICS];
const INTENT_NAMES = Object.values(IntentNames);
const SLOT_NAMES = Object.values(SlotNames);

/** Request types Alexa really sends that this skill has no handler of its own for. */
const UNHANDLED_TYPES = [
  'CanFulfillIntentRequest',
  'Display.ElementSelected',
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.PlayCommandIssued',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
  'SessionResumedRequest',
  'System.ExceptionEncountered',
  'Messaging.MessageReceived',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
] as const;

/** Some thousands of characters, possibly ending in half a surrogate pair. */
const hugeString = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.integer({ min: 1000, max: 10_000 }))
  .map(([seed, length]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length));

const oddString = fc.constantFrom(
  '',
  ' ',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'äöü ß',
  '😀🧘‍♀️',
  'e\u0301',
  '\u202Eevil',
  '\u0000',
  '\uD800',
  'a'.repeat(300),
);

/** Anything a person or a broken client might send as text. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
);

const idLike = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.uuid().map((u) => `${prefix}.${u}`) },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: hugeString },
  );

const locale: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SUPPORTED_LOCALES) },
  { weight: 2, arbitrary: fc.constantFrom('fr-FR', 'xx', '', 'EN-us', 'de-de', 'en', 'de', 'en_US', 'ja-JP', 'es-US') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const timestamp = fc.oneof(
  fc.constant(new Date().toISOString()),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  text,
);

const authority = (slotName: string): string => `amzn1.er-authority.echo-sdk.${SKILL_APP_ID}.${slotName}`;

/** One slot, every way Alexa (or something pretending to be it) fills one. */
const slot = (name: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    // Empty: the person did not say it.
    fc.constant({ name, confirmationStatus: 'NONE' }),
    // A value with no entity resolution (built-in slot types).
    text.map((value) => ({ name, value, confirmationStatus: 'NONE' })),
    // A value Alexa could not match.
    text.map((value) => ({
      name,
      value,
      confirmationStatus: 'NONE',
      resolutions: { resolutionsPerAuthority: [{ authority: authority(name), status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
    })),
    // A match, to a real id or to anything at all.
    fc.tuple(text, fc.oneof(fc.constantFrom(...SLOT_IDS), text)).map(([value, id]) => ({
      name,
      value,
      confirmationStatus: 'NONE',
      resolutions: {
        resolutionsPerAuthority: [
          { authority: authority(name), status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
        ],
      },
    })),
    // Broken resolutions.
    fc
      .tuple(
        fc.option(text, { nil: undefined }),
        fc.constantFrom<unknown>(
          {},
          null,
          'ER_SUCCESS_MATCH',
          { resolutionsPerAuthority: [] },
          { resolutionsPerAuthority: {} },
          { resolutionsPerAuthority: [null] },
          { resolutionsPerAuthority: [{}] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' } }] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [] }] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: '' } }] }] },
          { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: null }] }] },
        ),
      )
      .map(([value, resolutions]) => ({ name, value, confirmationStatus: 'NONE', resolutions })),
    // Not a slot at all.
    fc.jsonValue({ maxDepth: 2 }),
  );

const slots: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], 'slots') },
  {
    weight: 6,
    arbitrary: fc
      .uniqueArray(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SLOT_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), {
        maxLength: 4,
      })
      .chain((names) => fc.tuple(...names.map((name) => slot(name))).map((filled) => Object.fromEntries(names.map((name, i) => [name, filled[i]])))),
  },
);

const intentName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INTENT_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('AMAZON.ScrollDownIntent', 'AMAZON.SelectIntent', 'AMAZON.LoopOffIntent', 'AnswerIntent', '') },
  { weight: 1, arbitrary: text },
);

const intentRequest = fc.record(
  {
    type: fc.constant('IntentRequest'),
    dialogState: fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED'),
    intent: fc.record(
      { name: intentName, confirmationStatus: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED'), slots },
      { requiredKeys: ['name', 'slots'] },
    ),
  },
  { requiredKeys: ['type', 'intent'] },
);

const sessionEndedRequest = fc.record(
  {
    type: fc.constant('SessionEndedRequest'),
    reason: fc.oneof(fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'), text),
    error: fc.record({
      type: fc.oneof(fc.constantFrom('INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR', 'ENDPOINT_TIMEOUT'), text),
      message: text,
    }),
  },
  { requiredKeys: ['type', 'reason'] },
);

/** A request type the skill does not handle itself, with whatever fields it carries. */
const otherRequest = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...UNHANDLED_TYPES) }, { weight: 2, arbitrary: text }),
    fc.dictionary(fc.constantFrom('token', 'error', 'body', 'cause', 'payload', 'arguments', 'intent', 'reason'), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 3,
    }),
  )
  .map(([type, fields]) => ({ ...fields, type }));

const requestBody: fc.Arbitrary<JsonObject> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ type: 'LaunchRequest' }) },
  { weight: 6, arbitrary: intentRequest },
  { weight: 2, arbitrary: sessionEndedRequest },
  { weight: 3, arbitrary: otherRequest },
);

/** A place in an exercise: mostly one of today's, sometimes nonsense. */
const forgedPlace: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...EXERCISES).chain((exercise) =>
      fc.constantFrom(...Object.values(exercise.variants)).chain((variant) =>
        fc.record({
          exercise: fc.constant(exercise.id),
          variant: fc.constant(variant.id),
          segment: fc.oneof(fc.integer({ min: 0, max: Math.max(0, variant.segments.length - 1) }), fc.integer({ min: -3, max: 120 })),
          blockId: fc.oneof(fc.constantFrom(...variant.segments.flat().map((b) => b.id)), text),
          scriptVersion: fc.oneof(fc.constant(scriptVersion(exercise, variant)), text),
          savedAt: fc.oneof(
            fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
            text,
          ),
        }),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const forgedFlow: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.oneof(
          fc.constantFrom('idle', 'askedToGoOn', 'offeredResume', 'offeredTip', 'offeredExercise', 'confirmingDelete'),
          text,
        ),
        place: forgedPlace,
        topic: fc.oneof(fc.constantFrom(...TIP_TOPICS), text),
        exercise: fc.oneof(fc.constantFrom(...EXERCISE_IDS), text),
        variant: fc.oneof(fc.constantFrom(...VARIANT_IDS), text),
      },
      { requiredKeys: ['kind'] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const forgedRecord: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 0 })),
        version: fc.oneof(fc.nat({ max: 5 }), fc.integer(), fc.double(), fc.jsonValue({ maxDepth: 0 })),
        welcomed: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 0 })),
        mindfulnessCautioned: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 0 })),
        place: fc.oneof(fc.constant(null), forgedPlace),
        tipsHeard: fc.oneof(
          fc.dictionary(fc.oneof(fc.constantFrom(...TIP_TOPICS), fc.string({ maxLength: 25 })), fc.array(fc.integer({ min: -5, max: 120 }), { maxLength: 12 }), {
            maxKeys: 4,
          }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const sessionAttributes: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 5,
    arbitrary: fc.record(
      { flow: forgedFlow, record: forgedRecord, storageNoticeGiven: fc.jsonValue({ maxDepth: 0 }), turn: fc.jsonValue({ maxDepth: 1 }) },
      { requiredKeys: [] },
    ),
  },
);

interface EnvelopeParts {
  readonly body: JsonObject;
  readonly locale: string | undefined;
  readonly requestId: string;
  readonly timestamp: string;
  readonly applicationId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly session: { readonly isNew: boolean; readonly sessionId: string; readonly attributes: unknown } | undefined;
  readonly supportedInterfaces: unknown;
}

function buildEnvelope(parts: EnvelopeParts): JsonObject {
  const application = { applicationId: parts.applicationId };
  const user = { userId: parts.userId };
  return {
    version: '1.0',
    session: parts.session && {
      new: parts.session.isNew,
      sessionId: parts.session.sessionId,
      application,
      user,
      attributes: parts.session.attributes,
    },
    context: {
      System: {
        application,
        user,
        device: { deviceId: parts.deviceId, supportedInterfaces: parts.supportedInterfaces },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'local-token',
      },
    },
    request: { ...parts.body, requestId: parts.requestId, timestamp: parts.timestamp, locale: parts.locale },
  };
}

const envelopeWith = (body: fc.Arbitrary<JsonObject>, localeArb: fc.Arbitrary<string | undefined>, attributes: fc.Arbitrary<unknown>) =>
  fc
    .record({
      body,
      locale: localeArb,
      requestId: idLike('amzn1.echo-api.request'),
      timestamp,
      applicationId: fc.oneof({ weight: 4, arbitrary: fc.constant(SKILL_APP_ID) }, { weight: 1, arbitrary: idLike('amzn1.ask.skill') }),
      userId: idLike('amzn1.ask.account'),
      deviceId: idLike('amzn1.ask.device'),
      session: fc.option(
        fc.record({ isNew: fc.boolean(), sessionId: idLike('amzn1.echo-api.session'), attributes }),
        { nil: undefined, freq: 4 },
      ),
      supportedInterfaces: fc.oneof(fc.constant({}), fc.constant({ AudioPlayer: {} }), fc.jsonValue({ maxDepth: 2 })),
    })
    .map(buildEnvelope);

/** Envelopes as Alexa could send them, with odd content in every field. */
const wellFormedEnvelope = envelopeWith(requestBody, locale, sessionAttributes);

/** Parts of an envelope a broken client or a test tool might leave out. */
const DROPPABLE = [
  'request',
  'session',
  'context',
  'version',
  'request.locale',
  'request.type',
  'request.intent',
  'request.requestId',
  'context.System',
  'context.System.user',
  'context.System.application',
  'session.attributes',
  'session.user',
  'session.application',
] as const;

function without(envelope: JsonObject, paths: readonly string[]): JsonObject {
  const copy = JSON.parse(JSON.stringify(envelope)) as JsonObject;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop();
    let node: unknown = copy;
    for (const key of keys) node = isObject(node) ? node[key] : undefined;
    if (isObject(node) && last !== undefined) delete node[last];
  }
  return copy;
}

const envelopeWithMissingParts = fc
  .tuple(wellFormedEnvelope, fc.subarray([...DROPPABLE], { minLength: 1, maxLength: 4 }))
  .map(([envelope, dropped]) => without(envelope, dropped));

/** Structurally broken: no request object to answer (Alexa never sends that). */
function hasRequest(event: unknown): boolean {
  return isObject(event) && isObject(event.request);
}

// ---------------------------------------------------------------------------------------
// Properties.

describe('the checks themselves', () => {
  test('flag user text in the speech, a missing reprompt and a wrong version', async () => {
    const event = { request: { type: 'IntentRequest', intent: { name: 'X', slots: { s: { value: '<break time="99s"/>' } } } } };
    const bad = {
      version: '2.0',
      response: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi <break time="99s"/></speak>' }, shouldEndSession: false },
    };
    expect(await envelopeProblems(event, bad, dangerousStrings(event))).toEqual([
      'version is "2.0"',
      'outputSpeech contains user-provided text verbatim: "<break time=\\"99s\\"/>"',
      'session stays open without a reprompt',
    ]);
  });

  test('see unhandled rejections on the real process', async () => {
    expect(hostProcess).not.toBe(process);
    expect(hostProcess.listeners('unhandledRejection')).toContain(onUnhandled);
  });
});

describe('fuzzing the Lambda handler with odd envelopes', () => {
  test(
    'well-formed envelopes with odd content always get a valid answer',
    () => assertProperty(wellFormedEnvelope, (event) => expectValidOutcome(event, () => true)),
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'every intent with forged session state (flow, record) always gets a valid answer',
    () =>
      assertProperty(
        envelopeWith(
          intentRequest,
          fc.constantFrom(...SUPPORTED_LOCALES),
          fc.record({ flow: forgedFlow, record: forgedRecord }, { requiredKeys: ['flow'] }),
        ),
        (event) => expectValidOutcome(event, () => true),
      ),
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'slot values with markup, entities and huge text never reach the speech unescaped',
    () =>
      assertProperty(
        fc
          .tuple(wellFormedEnvelope, fc.constantFrom(...INTENT_NAMES), fc.constantFrom(...SLOT_NAMES), fc.constantFrom(...INJECTIONS), fc.option(fc.constantFrom(...SLOT_IDS)))
          .map(([envelope, name, slotName, value, id]) => {
            const request = isObject(envelope.request) ? envelope.request : {};
            const filled = {
              name: slotName,
              value,
              confirmationStatus: 'NONE',
              resolutions: {
                resolutionsPerAuthority: [
                  id === null
                    ? { authority: authority(slotName), status: { code: 'ER_SUCCESS_NO_MATCH' } }
                    : { authority: authority(slotName), status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
                ],
              },
            };
            return {
              ...envelope,
              request: { ...request, type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots: { [slotName]: filled } } },
            };
          }),
        (event) => expectValidOutcome(event, () => true),
      ),
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'envelopes with missing parts get a valid answer, or a deliberate Error when there is no request',
    () => assertProperty(envelopeWithMissingParts, (event) => expectValidOutcome(event, hasRequest)),
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'things that are not envelopes at all are refused with an Error, never a hang',
    () =>
      assertProperty(
        fc.oneof(
          fc.constantFrom<unknown>(undefined, null, {}, [], '', 'LaunchRequest', 42, true, { request: null }, { request: 'LaunchRequest' }, { request: [] }),
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ version: fc.jsonValue({ maxDepth: 0 }), request: fc.jsonValue({ maxDepth: 2 }), context: fc.jsonValue({ maxDepth: 2 }) }),
        ),
        (event) => expectValidOutcome(event, () => false),
        100,
      ),
    PROPERTY_TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------------------------------
// Golden fixtures: envelopes a test cannot produce by speaking.

const FIXTURE_USER = 'amzn1.ask.account.FIXTURE-SKILL-EVENTS-0001';

/** Alexa ends the session after a response it could not use, and says why. */
const SESSION_ENDED_WITH_ERROR: RequestEnvelope = {
  version: '1.0',
  session: {
    new: false,
    sessionId: 'amzn1.echo-api.session.fixture-0001',
    application: { applicationId: SKILL_APP_ID },
    user: { userId: FIXTURE_USER },
    attributes: { flow: { kind: 'idle' } },
  },
  context: {
    System: {
      application: { applicationId: SKILL_APP_ID },
      user: { userId: FIXTURE_USER },
      device: { deviceId: 'amzn1.ask.device.fixture-0001', supportedInterfaces: {} },
      apiEndpoint: 'https://api.amazonalexa.com',
      apiAccessToken: 'local-token',
    },
  },
  request: {
    type: 'SessionEndedRequest',
    requestId: 'amzn1.echo-api.request.fixture-0001',
    timestamp: '2025-01-15T08:30:00Z',
    locale: 'en-US',
    reason: 'ERROR',
    error: {
      type: 'INVALID_RESPONSE',
      message: 'An exception occurred while dispatching the request to the skill.',
    },
  },
};

type SkillDisabledEnvelope = RequestEnvelope & {
  request: events.skillevents.SkillDisabledRequest & {
    body: { userInformationPersistenceStatus: 'PERSISTED' | 'NOT_PERSISTED' };
  };
};

/** The person disabled the skill: out of session, no locale, no device. */
function skillDisabled(userId: string, status: 'PERSISTED' | 'NOT_PERSISTED' = 'NOT_PERSISTED'): SkillDisabledEnvelope {
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: SKILL_APP_ID },
        user: { userId },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'local-token',
      },
    },
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      requestId: 'amzn1.echo-api.request.fixture-0002',
      timestamp: '2025-01-15T08:31:00Z',
      eventCreationTime: '2025-01-15T08:30:58Z',
      eventPublishingTime: '2025-01-15T08:30:59Z',
      body: { userInformationPersistenceStatus: status },
    },
  };
}

describe('golden fixtures', () => {
  test('SessionEndedRequest with reason ERROR and an error object: an empty response', async () => {
    const outcome = await call(SESSION_ENDED_WITH_ERROR);
    expect(outcome.kind).toBe('resolved');
    if (outcome.kind !== 'resolved' || !isObject(outcome.value)) return;
    expect(outcome.value.version).toBe('1.0');
    // Alexa does not accept speech, cards or directives in answer to a SessionEndedRequest.
    const response = outcome.value.response;
    expect(isObject(response)).toBe(true);
    if (!isObject(response)) return;
    expect(response.outputSpeech).toBeUndefined();
    expect(response.reprompt).toBeUndefined();
    expect(response.card).toBeUndefined();
    expect(response.shouldEndSession).not.toBe(false);
  });

  test('AlexaSkillEvent.SkillDisabled for someone with stored data resolves', async () => {
    const caller = newCaller('en-US', FIXTURE_USER);
    await talkTo(caller).intent(IntentNames.Tip); // leaves a stored record
    await expect(handler(skillDisabled(caller.userId))).resolves.toMatchObject({ version: '1.0' });
  });

  test('AlexaSkillEvent.SkillDisabled for someone never seen, with data kept by Alexa, resolves', async () => {
    await expect(handler(skillDisabled(newCaller().userId, 'PERSISTED'))).resolves.toMatchObject({ version: '1.0' });
  });
});
