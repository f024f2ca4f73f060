import { IntentNames } from '../lambda/constants';
import { log } from '../lambda/log';
import { envelope } from '../tools/alexa/requests';
import { handler } from '../lambda/index';
import { spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { storedItem } from './support/table';

describe.each(['en-US', 'de-DE'])('deleting a person\'s data in %s', (locale) => {
  const say = (key: string) => spoken(locale, key);

  test('"delete my data" asks first; yes deletes everything', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.intent(IntentNames.Pause);
    expect(await storedItem(alexa.caller.userId)).toBeDefined();

    const question = await alexa.intent(IntentNames.DeleteData);
    expect(question.speech).toContain(say('delete.confirm'));
    expect(question.reprompt).toContain(say('delete.confirmReprompt'));
    const done = await alexa.intent(IntentNames.Yes);
    expect(done.speech).toContain(say('delete.done'));
    expect(done.ended).toBe(true);
    expect(await storedItem(alexa.caller.userId)).toBeUndefined();
    // Everything is gone: the welcome comes again, and no place is offered.
    const fresh = await alexa.launch();
    expect(fresh.speech).toContain(say('welcome.firstTime'));
  });

  test('no keeps everything', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.intent(IntentNames.DeleteData);
    const kept = await alexa.intent(IntentNames.No);
    expect(kept.speech).toContain(say('delete.kept'));
    expect(kept.ended).toBe(false);
    expect(await storedItem(alexa.caller.userId)).toMatchObject({ welcomed: true });
  });
});

test('AlexaSkillEvent.SkillDisabled deletes the person\'s item', async () => {
  const caller = newCaller();
  await talkTo(caller).launch();
  expect(await storedItem(caller.userId)).toBeDefined();
  const event = envelope(caller, {
    type: 'AlexaSkillEvent.SkillDisabled',
    eventCreationTime: new Date().toISOString(),
    eventPublishingTime: new Date().toISOString(),
    body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
  });
  const response = await handler(event);
  expect(response.response.outputSpeech).toBeUndefined();
  expect(await storedItem(caller.userId)).toBeUndefined();
});

test('logs are JSON and hold no user id, device id or slot value', async () => {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  log.setLogLevel('DEBUG');
  try {
    const caller = newCaller();
    const alexa = talkTo(caller);
    await alexa.launch();
    await alexa.intent(IntentNames.StartMindfulness, { exercise: { value: 'my secret words', id: 'bodyScan' } });
    await alexa.intent(IntentNames.Stop);
    const logged = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of logged.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(logged).toContain(IntentNames.StartMindfulness);
    for (const secret of [caller.userId, caller.deviceId, 'my secret words']) expect(logged).not.toContain(secret);
  } finally {
    log.setLogLevel('SILENT');
    spy.mockRestore();
  }
});
