import type { PersistenceAdapter } from 'ask-sdk-core';
import { readConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { createHttpTable } from '../lambda/persistence/httpTable';
import { DynamoPersistenceAdapter } from '../lambda/persistence/DynamoPersistenceAdapter';
import { parseRecord } from '../lambda/state/record';
import { Conversation } from '../tools/alexa/Conversation';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, skillWith } from './support/skill';
import { storedItem } from './support/table';

/** The real DynamoDB adapter (dynalite), with a switch that makes every call fail while storage is "down". */
class Outage implements PersistenceAdapter {
  down = false;
  constructor(private readonly inner: PersistenceAdapter) {}
  private check(): void {
    if (this.down) throw Object.assign(new Error('storage down'), { name: 'ServiceUnavailable' });
  }
  getAttributes: PersistenceAdapter['getAttributes'] = async (envelope) => {
    this.check();
    return this.inner.getAttributes(envelope);
  };
  saveAttributes: PersistenceAdapter['saveAttributes'] = async (envelope, attributes) => {
    this.check();
    return this.inner.saveAttributes(envelope, attributes);
  };
}

describe.each(['en-US', 'de-DE'])('a storage outage at launch, in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test('a launch on another device while storage is down never overwrites the long relaxation kept at segment 2', async () => {
    const storage = new Outage(new DynamoPersistenceAdapter({ table: () => createHttpTable(readConfig()), createTable: true }));
    const skill = skillWith(storage);
    const caller = newCaller(locale);
    const bedroom = new Conversation(skill, caller);
    await bedroom.intent(IntentNames.StartRelaxation, { length: { value: 'long', id: 'long' } });
    await bedroom.listen().intent(IntentNames.Yes);
    await bedroom.listen().intent(IntentNames.Pause); // heard segment 1 to its end
    const kept = parseRecord(await storedItem(caller.userId)).place;
    expect(kept).toMatchObject({ variant: 'long', segment: 2, block: 0 });

    storage.down = true;
    const kitchen = new Conversation(skill, { ...caller, deviceId: 'amzn1.ask.device.kitchen' }, new Date(Date.now() + 3600 * 1000));
    const launch = await kitchen.launch();
    expect(launch.speech).toContain(say('storage.notLoaded'));
    expect(launch.speech).toContain(segmentSsml(locale, 'standard', 0));
    expect(parseRecord(await storedItem(caller.userId)).place).toEqual(kept);

    storage.down = false;
    const yes = await kitchen.listen().intent(IntentNames.Yes);
    // The stored place wins, and is named before it continues.
    const long = say('pmr:variant.long');
    expect(yes.speech).toContain(say('play.continueWith', { variant: long }));
    expect(yes.speech).toContain(segmentSsml(locale, 'long', 2));
    expect(yes.speech).not.toContain(say('storage.notLoaded'));
    expect(parseRecord(await storedItem(caller.userId)).place).toMatchObject({ variant: 'long', segment: 2, block: 0 });
  });
});
