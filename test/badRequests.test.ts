import type { RequestEnvelope } from 'ask-sdk-model';
import { readConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { createAwsLiteTable } from '../lambda/persistence/awsLiteTable';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { createLambdaHandler } from '../lambda/skill';
import { Conversation } from '../tools/alexa/Conversation';
import { envelope, intent } from '../tools/alexa/requests';
import { segmentSsml, spoken } from './support/expectations';
import { invoke } from './support/invoke';
import { newCaller, SKILL_APP_ID, talkTo } from './support/skill';

function lambdaWith(env: NodeJS.ProcessEnv) {
  const config = readConfig({ ...process.env, ...env });
  const persistence = new DynamoPersistenceAdapter({ table: () => createAwsLiteTable(config) });
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
    expect(reply.sessionAttributes).toEqual({ flow: { kind: 'idle' } });
    expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(24 * 1024);
  });
});
