import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { handler } from '../lambda/index';
import { log } from '../lambda/log';

/**
 * Events Alexa sends with no one listening (golden envelopes in test/fixtures/events/, one
 * per type, shaped as Alexa documents them) get an empty response: no speech, no reprompt,
 * no card, no open session.
 */
const DIR = join(__dirname, 'fixtures/events');
const fixtures: [string, RequestEnvelope][] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, file), 'utf8')) as RequestEnvelope]);

test('every event family the skill may be sent has a fixture', () => {
  const types = fixtures.map(([type]) => type);
  for (const family of ['System.ExceptionEncountered', 'AlexaSkillEvent.SkillEnabled', 'AlexaSkillEvent.SkillPermissionAccepted', 'AlexaSkillEvent.SkillPermissionChanged', 'AlexaSkillEvent.SkillAccountLinked', 'AudioPlayer.', 'PlaybackController.', 'Reminders.', 'Messaging.', 'Some.FutureEvent']) {
    expect(types.some((type) => type.startsWith(family))).toBe(true);
  }
  for (const [type, event] of fixtures) expect(event.request.type).toBe(type);
});

test.each(fixtures)('%s gets an empty response', async (_type, event) => {
  const reply = await handler(event);
  expect(reply.version).toBe('1.0');
  expect(reply.response.outputSpeech).toBeUndefined();
  expect(reply.response.reprompt).toBeUndefined();
  expect(reply.response.card).toBeUndefined();
  expect(reply.response.directives).toBeUndefined();
  expect(reply.response.shouldEndSession).not.toBe(false);
});

test('System.ExceptionEncountered is logged as an error with its error type', async () => {
  const error = jest.spyOn(log, 'error').mockImplementation(() => undefined);
  try {
    const event = fixtures.find(([type]) => type === 'System.ExceptionEncountered')?.[1];
    if (!event) throw new Error('fixture missing');
    await handler(event);
    expect(error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ errorType: 'INVALID_RESPONSE' }));
  } finally {
    error.mockRestore();
  }
});
