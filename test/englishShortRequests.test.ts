import { IntentNames, SlotNames } from '../lambda/constants';
import { resolverFor } from './support/resolver';

/** Short things people say in English that the model must hear: bare words in a session, and the time they have. */
const resolver = resolverFor('en-US');

test.each([
  ['continue', IntentNames.Resume],
  ['go on', IntentNames.Resume],
  ["let's go on", IntentNames.Resume],
  ['next', IntentNames.Next],
  ['wait', IntentNames.Pause],
  ['hang on', IntentNames.Pause],
  ['stop here', IntentNames.Pause],
  ['Pause it, thanks', IntentNames.Pause],
])('inside a session "%s" is %s', (said, intent) => {
  expect(resolver.resolve(said)).toMatchObject({ kind: 'intent', name: intent });
});

test.each([
  ["I've got ten minutes", 'PT10M'],
  ['I have half an hour', 'PT30M'],
])('"%s" starts what fits the time (%s)', (said, duration) => {
  expect(resolver.resolve(said)).toMatchObject({ kind: 'intent', name: IntentNames.TimeAvailable, slots: { [SlotNames.Duration]: { value: duration } } });
});

test('"I only have a few minutes, what can I do" is a vague amount: few', () => {
  expect(resolver.resolve('I only have a few minutes, what can I do')).toMatchObject({ name: IntentNames.TimeAvailable, slots: { [SlotNames.Amount]: { id: 'few' } } });
});

test('"something quick" asks for the short one', () => {
  expect(resolver.resolve('something quick')).toMatchObject({ name: IntentNames.StartRelaxation, slots: { [SlotNames.Length]: { id: 'short' } } });
});

test.each(['do one thing, start the body scan', 'kindly start the body scan', 'I fancy a body scan'])('Indian and British English: "%s"', (said) => {
  expect(resolver.resolve(said)).toMatchObject({ name: IntentNames.StartMindfulness, slots: { [SlotNames.Exercise]: { id: 'bodyScan' } } });
});
