import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import { AMOUNT_MINUTES, isTimeAmount } from '../lambda/content/amountMinutes';
import { exerciseForMinutes } from '../lambda/content/exerciseForMinutes';
import { buildModel } from '../tools/models/buildModel';
import type { GeneratedModel } from '../tools/models/resolve';
import { resolverFor } from './support/resolver';

/** Vague amounts of time ("a few minutes", "plenty of time"): what they start (docs/platform.md, "Time decides the exercise"). */
test('each vague amount starts the exercise its name promises', () => {
  expect(exerciseForMinutes(AMOUNT_MINUTES.few)).toEqual({ exercise: 'breathingSpace', variant: 'standard' });
  expect(exerciseForMinutes(AMOUNT_MINUTES.some)).toEqual({ exercise: 'pmr', variant: 'standard' });
  expect(exerciseForMinutes(AMOUNT_MINUTES.plenty)).toEqual({ exercise: 'pmr', variant: 'long' });
});

test('only the known ids are amounts', () => {
  for (const id of ['few', 'some', 'plenty']) expect(isTimeAmount(id)).toBe(true);
  for (const other of ['lots', '', undefined, 3, 'toString', '__proto__']) expect(isTimeAmount(other)).toBe(false);
});

test.each(['en-US', 'de-DE'] as const)('the %s model names every amount, and no other', (locale) => {
  const { types } = (buildModel(locale) as GeneratedModel).interactionModel.languageModel;
  const ids = types.find((type) => type.name === SlotTypes.TimeAmount)?.values.map((value) => value.id);
  expect(ids?.sort()).toEqual(Object.keys(AMOUNT_MINUTES).sort());
});

// Phrasings written for this test, not taken from the held-out corpus.
test.each([
  ['en-US', "i've got a couple of minutes before my train", 'few'],
  ['en-US', "could you find me something, i've only got a minute or two", 'few'],
  ['en-US', "i've got a bit of time what do you recommend", 'some'],
  ['en-US', 'i have all evening', 'plenty'],
  ['en-US', "i've got loads of time today", 'plenty'],
  ['de-DE', 'ich hab nur ein paar minuten bis der zug kommt', 'few'],
  ['de-DE', 'gib mir was für ein paar minuten', 'few'],
  ['de-DE', 'ich habe etwas zeit was empfehlen sie', 'some'],
  ['de-DE', 'ich hab den ganzen abend', 'plenty'],
] as const)('%s: "%s" is the amount %s', (locale, said, id) => {
  expect(resolverFor(locale).resolve(said)).toMatchObject({ name: IntentNames.TimeAvailable, slots: { [SlotNames.Amount]: { id } } });
});

test.each([
  ['en-US', "i'm in a hurry, just two minutes", 'PT2M'],
  ['en-US', "i've got a bit of time, maybe ten minutes", 'PT10M'],
  ['en-US', 'my lunch break is twenty five minutes what do you suggest', 'PT25M'],
  ['de-DE', 'ich bin in eile nur zwei minuten', 'PT2M'],
  ['de-DE', 'in der mittagspause hab ich noch eine viertelstunde', 'PT15M'],
] as const)('%s: "%s" is a precise time (%s)', (locale, said, duration) => {
  expect(resolverFor(locale).resolve(said)).toMatchObject({ name: IntentNames.TimeAvailable, slots: { [SlotNames.Duration]: { value: duration } } });
});

test.each([
  ['en-US', "i can't feel my legs", IntentNames.UrgentSymptom],
  ['en-US', 'what can i do for work', IntentNames.Tip],
  ['de-DE', 'ich spüre meine beine nicht mehr', IntentNames.UrgentSymptom],
] as const)('%s: "%s" stays %s', (locale, said, intent) => {
  expect(resolverFor(locale).resolve(said)).toMatchObject({ name: intent });
});
