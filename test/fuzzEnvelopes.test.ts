import * as fc from 'fast-check';
import { envelopeWithMissingParts, hasRequest, wellFormedEnvelope } from './support/fuzz/arbitraries';
import {
  assertProperty,
  dangerousStrings,
  envelopeProblems,
  expectValidOutcome,
  failOnUnhandledRejections,
  hostProcess,
  onUnhandled,
  PROPERTY_TIMEOUT_MS,
} from './support/fuzz/harness';

/** Fuzzing the whole envelope: odd content in every field, parts missing, and things that are not envelopes. */
failOnUnhandledRejections();

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
