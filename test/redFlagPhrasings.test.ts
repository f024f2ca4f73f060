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
  // As a first-time user said them mid-exercise (they had fallen to the fallback).
  "I can't pee properly",
  "I've got a numb feeling in my bottom",
  "I'm numb around my bottom",
  "I can't move my legs properly",
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
  'my leg is completely numb',
  "I can't feel my leg",
  'my left leg is really weak',
])('"%s" gets the doctor answer', (said) => {
  expect(intentOf(said)).toBe(IntentNames.WhenToSeeDoctor);
});

/** The same for German, as a 70-year-old tester said them (they had fallen to the fallback). */
const german = new UtteranceResolver(buildModel('de-DE') as GeneratedModel, modelSources['de-DE']);
const germanIntentOf = (said: string) => {
  const resolution = german.resolve(said);
  return resolution.kind === 'intent' ? resolution.name : resolution.kind;
};

test.each(['ich hab so ein taubes gefühl im po', 'ich kann nicht mehr richtig pinkeln', 'meine beine werden plötzlich schwach', 'ich kann meine beine kaum bewegen'])(
  '"%s" bekommt die Notfallantwort',
  (said) => {
    expect(germanIntentOf(said)).toBe(IntentNames.UrgentSymptom);
  },
);

test.each(['mein bein ist ganz taub', 'ich spüre mein bein nicht mehr', 'mein rechtes bein kribbelt so'])('"%s" bekommt die Arzt-Antwort', (said) => {
  expect(germanIntentOf(said)).toBe(IntentNames.WhenToSeeDoctor);
});

/** Heat or cold, asked for directly, gets that tip as an answer (two first-time testers asked it). */
test.each([
  ['en-US', 'can I use heat'],
  ['en-US', 'is heat or ice better for my back'],
  ['en-US', 'what about a heating pad'],
  ['de-DE', 'hilft Wärme'],
  ['de-DE', 'soll ich eine Wärmflasche nehmen'],
  ['de-DE', 'ist Wärme gut für den Rücken'],
] as const)('%s: "%s" gets the heat-or-cold answer', (locale, said) => {
  const intent = locale === 'de-DE' ? germanIntentOf(said) : intentOf(said);
  expect(intent).toBe(IntentNames.HeatOrCold);
});
