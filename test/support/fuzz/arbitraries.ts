import * as fc from 'fast-check';
import { IntentNames, SlotNames } from '../../../lambda/constants';
import { TIP_TOPICS } from '../../../lambda/content/tips';
import { scriptVersion } from '../../../lambda/engine/segments';
import { allExercises } from '../../../lambda/exercises/catalog';
import { SUPPORTED_LOCALES } from '../../../lambda/i18n';
import { SKILL_APP_ID } from '../skill';
import { INJECTIONS, isObject, type JsonObject } from './harness';

/** fast-check generators of Alexa request envelopes, from plausible to broken. */


export const EXERCISES = allExercises();
export const EXERCISE_IDS = EXERCISES.map((e) => e.id);
export const VARIANT_IDS = [...new Set(EXERCISES.flatMap((e) => Object.keys(e.variants)))];
/** Ids the interaction model resolves slots to: exercises, lengths, tip topics. */
export const SLOT_IDS = [...EXERCISE_IDS, ...VARIANT_IDS, ...TIP_TOPICS];
export const INTENT_NAMES = Object.values(IntentNames);
export const SLOT_NAMES = Object.values(SlotNames);

/** Request types Alexa really sends that this skill has no handler of its own for. */
export const UNHANDLED_TYPES = [
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
export const hugeString = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.integer({ min: 1000, max: 10_000 }))
  .map(([seed, length]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length));

export const oddString = fc.constantFrom(
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
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
);

export const idLike = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.uuid().map((u) => `${prefix}.${u}`) },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: hugeString },
  );

export const locale: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SUPPORTED_LOCALES) },
  { weight: 2, arbitrary: fc.constantFrom('fr-FR', 'xx', '', 'EN-us', 'de-de', 'en', 'de', 'en_US', 'ja-JP', 'es-US') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const timestamp = fc.oneof(
  fc.constant(new Date().toISOString()),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  text,
);

export const authority = (slotName: string): string => `amzn1.er-authority.echo-sdk.${SKILL_APP_ID}.${slotName}`;

/** One slot, every way Alexa (or something pretending to be it) fills one. */
export const slot = (name: string): fc.Arbitrary<unknown> =>
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

export const slots: fc.Arbitrary<unknown> = fc.oneof(
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

export const intentName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INTENT_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('AMAZON.ScrollDownIntent', 'AMAZON.SelectIntent', 'AMAZON.LoopOffIntent', 'AnswerIntent', '') },
  { weight: 1, arbitrary: text },
);

export const intentRequest = fc.record(
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

export const sessionEndedRequest = fc.record(
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
export const otherRequest = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...UNHANDLED_TYPES) }, { weight: 2, arbitrary: text }),
    fc.dictionary(fc.constantFrom('token', 'error', 'body', 'cause', 'payload', 'arguments', 'intent', 'reason'), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 3,
    }),
  )
  .map(([type, fields]) => ({ ...fields, type }));

export const requestBody: fc.Arbitrary<JsonObject> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ type: 'LaunchRequest' }) },
  { weight: 6, arbitrary: intentRequest },
  { weight: 2, arbitrary: sessionEndedRequest },
  { weight: 3, arbitrary: otherRequest },
);

/** A place in an exercise: mostly one of today's, sometimes nonsense. */
export const forgedPlace: fc.Arbitrary<unknown> = fc.oneof(
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

export const forgedFlow: fc.Arbitrary<unknown> = fc.oneof(
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

export const forgedRecord: fc.Arbitrary<unknown> = fc.oneof(
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

export const sessionAttributes: fc.Arbitrary<unknown> = fc.oneof(
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

export interface EnvelopeParts {
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

export function buildEnvelope(parts: EnvelopeParts): JsonObject {
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

export const envelopeWith = (body: fc.Arbitrary<JsonObject>, localeArb: fc.Arbitrary<string | undefined>, attributes: fc.Arbitrary<unknown>) =>
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
export const wellFormedEnvelope = envelopeWith(requestBody, locale, sessionAttributes);

/** Parts of an envelope a broken client or a test tool might leave out. */
export const DROPPABLE = [
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

export function without(envelope: JsonObject, paths: readonly string[]): JsonObject {
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

export const envelopeWithMissingParts = fc
  .tuple(wellFormedEnvelope, fc.subarray([...DROPPABLE], { minLength: 1, maxLength: 4 }))
  .map(([envelope, dropped]) => without(envelope, dropped));

/** Structurally broken: no request object to answer (Alexa never sends that). */
export function hasRequest(event: unknown): boolean {
  return isObject(event) && isObject(event.request);
}

