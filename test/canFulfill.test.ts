import { readFileSync } from 'node:fs';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { IntentNames, SlotNames } from '../lambda/constants';
import { handler } from '../lambda/index';
import { envelope, intent } from '../tools/alexa/requests';
import { readConfig } from '../lambda/config';
import { createHttpTable } from '../lambda/persistence/httpTable';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { newCaller, skillWith } from './support/skill';
import { storedItem } from './support/table';

/** Name-free requests ("Alexa, start a body scan"): real CanFulfillIntentRequest envelopes. */
async function canFulfill(name: string, slots: Parameters<typeof intent>[1] = {}) {
  const caller = newCaller();
  const response: ResponseEnvelope = await handler(
    envelope(caller, { type: 'CanFulfillIntentRequest', intent: intent(name, slots) }, { sessionId: 'amzn1.echo-api.session.cfir', isNew: true, attributes: {} }),
  );
  return { caller, response: response.response };
}

test('YES: a known intent whose slots all resolve', async () => {
  const { response, caller } = await canFulfill(IntentNames.StartMindfulness, {
    [SlotNames.Exercise]: { value: 'body scan', id: 'bodyScan' },
    [SlotNames.Length]: { value: 'short', id: 'short' },
  });
  expect(response.canFulfillIntent).toEqual({
    canFulfill: 'YES',
    slots: {
      [SlotNames.Exercise]: { canUnderstand: 'YES', canFulfill: 'YES' },
      [SlotNames.Length]: { canUnderstand: 'YES', canFulfill: 'YES' },
    },
  });
  // Only a question: nothing said, nothing stored.
  expect(response.outputSpeech).toBeUndefined();
  expect(await storedItem(caller.userId)).toBeUndefined();
});

test('YES: a known intent without slots', async () => {
  expect((await canFulfill(IntentNames.WhenToSeeDoctor)).response.canFulfillIntent).toEqual({ canFulfill: 'YES', slots: {} });
});

test('MAYBE: a slot value the skill does not know', async () => {
  const { response } = await canFulfill(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'forty minute' } });
  expect(response.canFulfillIntent).toEqual({
    canFulfill: 'MAYBE',
    slots: { [SlotNames.Length]: { canUnderstand: 'MAYBE', canFulfill: 'NO' } },
  });
});

// Said without the skill's name, "my lower back hurts" or "I'm in a lot of pain" is a person's
// statement for Alexa, not a request for this skill (docs/certification.md).
test.each([
  'PlayMusicIntent',
  IntentNames.DeleteData,
  IntentNames.Resume,
  IntentNames.ResumeWhereLeftOff,
  IntentNames.PauseForNow,
  IntentNames.SetPainfulArea,
  IntentNames.ClearPainfulAreas,
  IntentNames.ListPainfulAreas,
  IntentNames.StartGentle,
  IntentNames.TimeAvailable,
])('NO: %s is not served name-free', async (name) => {
  expect((await canFulfill(name)).response.canFulfillIntent).toEqual({ canFulfill: 'NO' });
});

test('skill.json declares the CanFulfillIntentRequest interface', () => {
  const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as {
    manifest: { apis: { custom: { interfaces: { type: string }[] } } };
  };
  expect(manifest.manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
});

test('answering name-free requests never starts the storage client', async () => {
  let started = 0;
  const lambda = skillWith(
    new DynamoPersistenceAdapter({
      table: () => {
        started += 1;
        return createHttpTable(readConfig());
      },
    }),
  );
  await lambda(envelope(newCaller(), { type: 'CanFulfillIntentRequest', intent: intent(IntentNames.Tip) }));
  expect(started).toBe(0);
  await lambda(envelope(newCaller(), { type: 'LaunchRequest' }, { sessionId: 'amzn1.echo-api.session.s', isNew: true, attributes: {} }));
  expect(started).toBe(1);
});
