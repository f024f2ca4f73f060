import { readFileSync } from 'node:fs';
import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../lambda/constants';
import { handler } from '../lambda/index';
import { newCaller, talkTo } from './support/skill';
import { storedItem } from './support/table';

/** Golden envelopes a test cannot produce by speaking (test/fixtures/events/), as Alexa sends them. */
const fixtureText = (name: string) => readFileSync(`test/fixtures/events/${name}.json`, 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as RequestEnvelope;
const FIXTURE_USER = fixture('skill-disabled').context.System.user.userId;

/** The SkillDisabled fixture for another person, with data kept by Alexa or not. */
function skillDisabled(userId: string, status: 'PERSISTED' | 'NOT_PERSISTED'): RequestEnvelope {
  const text = fixtureText('skill-disabled').replaceAll(FIXTURE_USER, userId).replace('"NOT_PERSISTED"', JSON.stringify(status));
  return JSON.parse(text) as RequestEnvelope;
}

test('SessionEndedRequest with reason ERROR and an error object: an empty response', async () => {
  const answer = await handler(fixture('session-ended-with-error'));
  expect(answer.version).toBe('1.0');
  // Alexa does not accept speech, cards or directives in answer to a SessionEndedRequest.
  expect(answer.response.outputSpeech).toBeUndefined();
  expect(answer.response.reprompt).toBeUndefined();
  expect(answer.response.card).toBeUndefined();
  expect(answer.response.shouldEndSession).not.toBe(false);
});

test('AlexaSkillEvent.SkillDisabled for someone with stored data resolves and deletes it', async () => {
  const caller = newCaller('en-US', FIXTURE_USER);
  await talkTo(caller).intent(IntentNames.Tip); // leaves a stored record
  expect(await storedItem(caller.userId)).toBeDefined();
  await expect(handler(skillDisabled(caller.userId, 'NOT_PERSISTED'))).resolves.toMatchObject({ version: '1.0' });
  expect(await storedItem(caller.userId)).toBeUndefined();
});

test('AlexaSkillEvent.SkillDisabled for someone never seen, with data kept by Alexa, resolves', async () => {
  await expect(handler(skillDisabled(newCaller().userId, 'PERSISTED'))).resolves.toMatchObject({ version: '1.0' });
});
