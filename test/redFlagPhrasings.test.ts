import { modelSources } from '../interactionModels';
import { IntentNames } from '../lambda/constants';
import { buildModel } from '../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../tools/models/resolve';

/**
 * The English model grows by grammar (slot values, carriers); none of it may pull a red-flag
 * phrasing away from the emergency answer or the doctor answer (docs/protocol.md, "Red flags").
 */
const resolver = new UtteranceResolver(buildModel('en-US') as GeneratedModel, modelSources['en-US']);
const intentOf = (said: string) => {
  const resolution = resolver.resolve(said);
  return resolution.kind === 'intent' ? resolution.name : resolution.kind;
};

test.each([
  "I can't feel my legs",
  'my legs are numb',
  'I have numbness in both legs',
  "I can't control my bladder",
  "I'm having trouble with my bladder and my back hurts",
  'I have chest pain',
])('"%s" gets the emergency answer', (said) => {
  expect(intentOf(said)).toBe(IntentNames.UrgentSymptom);
});

test.each([
  'when should I see a doctor about my back',
  'should I go to the hospital with my back pain',
  'what are the warning signs with back pain',
  'my back pain is getting worse should I see a doctor',
  'pain goes down my leg do I need a doctor',
  'my leg is numb',
  'is my back pain serious',
])('"%s" gets the doctor answer', (said) => {
  expect(intentOf(said)).toBe(IntentNames.WhenToSeeDoctor);
});
