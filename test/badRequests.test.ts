import type { RequestEnvelope } from 'ask-sdk-model';
import { emptyRecord } from '../lambda/state/record';
import { readConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { InvalidEnvelopeError } from '../lambda/envelope';
import { handler } from '../lambda/index';
import { createHttpTable } from '../lambda/persistence/httpTable';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from '../lambda/skill';
import { Conversation } from '../tools/alexa/Conversation';
import { envelope, intent } from '../tools/alexa/requests';
import { segmentSsml, spoken } from './support/expectations';
import { invoke } from './support/invoke';
import { newCaller, SKILL_APP_ID, talkTo } from './support/skill';

function lambdaWith(env: NodeJS.ProcessEnv) {
  const config = readConfig({ ...process.env, ...env });
  // As lambda/index.ts builds it: the table is created when the environment says so.
  const persistence = new DynamoPersistenceAdapter({ table: () => createHttpTable(config), createTable: config.createTable });
  const lambda = createLambdaHandler({ config, persistence });
  return (event: RequestEnvelope) => invoke(lambda, event);
}

describe('SKILL_ID', () => {
  const guarded = lambdaWith({ SKILL_ID: SKILL_APP_ID });

  test('requests for another skill are refused, not served', async () => {
    const stranger = { ...newCaller(), applicationId: 'amzn1.ask.skill.someone-else' };
    await expect(guarded(envelope(stranger, { type: 'LaunchRequest' }))).rejects.toThrow(/skill id/i);
  });

  test('requests for this skill are served', async () => {
    const reply = await new Conversation(guarded, newCaller()).launch();
    expect(reply.speech).toContain(segmentSsml('en-US', 'standard', 0));
  });
});

describe('odd requests get a clear spoken answer', () => {
  test('an intent this skill does not know', async () => {
    const reply = await talkTo().send({ type: 'IntentRequest', intent: intent('SomebodyElsesIntent') });
    expect(reply.speech).toContain(spoken('en-US', 'fallback'));
    expect(reply.ended).toBe(false);
  });

  test('an unsupported locale is answered in US English', async () => {
    const reply = await talkTo(newCaller('fr-FR')).intent(IntentNames.Help);
    expect(reply.speech).toContain(spoken('en-US', 'help.text'));
  });

  test('a request type the skill does not expect', async () => {
    const reply = await talkTo().send({ type: 'Display.ElementSelected', token: 'x' });
    expect(reply.speech).toContain(spoken('en-US', 'fallback'));
  });

  test('session attributes from elsewhere are ignored, not trusted', async () => {
    const caller = newCaller();
    const reply = await lambdaWith({})({
      ...envelope(caller, { type: 'IntentRequest', intent: intent(IntentNames.Yes) }, {
        sessionId: 'amzn1.echo-api.session.forged',
        isNew: false,
        attributes: { flow: { kind: 'askedToGoOn', place: { segment: -4 } }, record: 'garbage' },
      }),
    });
    expect(reply.response.outputSpeech).toBeDefined();
    expect(JSON.stringify(reply.response.outputSpeech)).toContain(spoken('en-US', 'help.unsure'));
  });

  test('forged or huge session attributes are not echoed back', async () => {
    const caller = newCaller();
    const reply = await lambdaWith({})(
      envelope(caller, { type: 'IntentRequest', intent: intent(IntentNames.Help) }, {
        sessionId: 'amzn1.echo-api.session.forged',
        isNew: false,
        attributes: { junk: 'x'.repeat(100_000), storageNoticeGiven: 'yes', flow: { kind: 'idle' } },
      }),
    );
    // Only the skill's own keys: the flow, and the cache of the record this turn read (a new person's).
    expect(reply.sessionAttributes).toEqual({ flow: { kind: 'idle' }, record: emptyRecord() });
    expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(24 * 1024);
  });
});

describe('every input has a defined result', () => {
  const unhandled = jest.fn();
  beforeAll(() => process.on('unhandledRejection', unhandled));
  afterAll(() => process.off('unhandledRejection', unhandled));
  afterEach(() => expect(unhandled).not.toHaveBeenCalled());

  test.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'LaunchRequest'],
    ['an array', [{ request: { type: 'LaunchRequest' } }]],
    ['an empty object', {}],
    ['a null request', { version: '1.0', request: null }],
    ['a string request', { version: '1.0', request: 'LaunchRequest' }],
  ])('%s is not an envelope: refused with InvalidEnvelopeError', async (_kind, event) => {
    await expect(handler(event as RequestEnvelope)).rejects.toBeInstanceOf(InvalidEnvelopeError);
  });

  test.each<[string, unknown]>([
    ['a number', 42],
    ['an object', { lang: 'de-DE' }],
    ['an array', ['de-DE']],
    ['null', null],
    ['a boolean', true],
  ])('a locale that is %s is answered in US English', async (_kind, locale) => {
    const event = envelope(newCaller(), { type: 'IntentRequest', intent: intent(IntentNames.Help) });
    const reply = await handler({ ...event, request: { ...event.request, locale } } as unknown as RequestEnvelope);
    expect(JSON.stringify(reply.response.outputSpeech)).toContain(spoken('en-US', 'help.text'));
  });
});
