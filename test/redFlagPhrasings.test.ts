import { IntentNames } from '../lambda/constants';
import { intentOf as heardIn } from './support/resolver';

/**
 * The English model grows by grammar (slot values, carriers); none of it may pull a red-flag
 * phrasing away from the emergency answer or the doctor answer (docs/protocol.md, "Red flags").
 */
const intentOf = (said: string) => heardIn('en-US', said);

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
  // An "ow" in front must not pull a sign away to ItHurtsIntent.
  "ow, I can't feel my legs",
  // An urgent sign asked as a question still gets the emergency answer.
  'back pain and tingling in both legs, is that serious',
  "I'm having trouble with my bladder and my back hurts, do I need a doctor",
  // Everyday words for the signs (the clinician's review, round 19).
  'I wet myself',
  "I can't hold my pee",
  "I'm numb between my legs",
  "I've lost control of my bowels",
  'do I need to call an ambulance',
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
  // A sign said with a request for a tip gets the doctor answer, not a tip.
  'my leg is numb, any tips',
  'my back pain is getting worse, what should I do',
  'I fell and my back hurts, what should I do',
  // Pain shooting down a leg mid-exercise: the warning signs, not the "ow" answer.
  'I felt a shooting pain down my leg',
  'ouch, the pain is shooting down my leg',
  'ow, my leg is numb',
  // Pain worse at night or lying down is a sign to see a doctor, never a sleep tip (as in German).
  'my back hurts at night',
  'my back pain keeps me awake at night',
  "I can't sleep because of my back",
  'my back aches when I lie down',
])('"%s" gets the doctor answer', (said) => {
  expect(intentOf(said)).toBe(IntentNames.WhenToSeeDoctor);
});

/** The same for German, as a 70-year-old tester said them (they had fallen to the fallback). */
const germanIntentOf = (said: string) => heardIn('de-DE', said);

test.each(['ich kann das Wasser nicht halten', 'ich habe Probleme mit der Blase', 'ich habe Taubheit im Schritt', 'muss ich einen Krankenwagen rufen', 'ich hab so ein taubes gefühl im po', 'ich kann nicht mehr richtig pinkeln', 'meine beine werden plötzlich schwach', 'ich kann meine beine kaum bewegen', 'au, ich spüre meine Beine nicht'])(
  '"%s" bekommt die Notfallantwort',
  (said) => {
    expect(germanIntentOf(said)).toBe(IntentNames.UrgentSymptom);
  },
);

test.each(['mein bein ist ganz taub', 'ich spüre mein bein nicht mehr', 'mein rechtes bein kribbelt so', 'au, das schießt ins Bein', 'der Schmerz strahlt ins Bein aus', 'au, mein Bein ist taub'])('"%s" bekommt die Arzt-Antwort', (said) => {
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
  expect(heardIn(locale, said)).toBe(IntentNames.HeatOrCold);
});

test.each(['my back hurts at night, any tips', 'back pain at night, what can I do', 'a sleep tip, my back keeps me awake at night'])(
  'night pain said with a request for a tip, "%s", is never taken for a sleep tip',
  (said) => {
    expect(intentOf(said)).not.toBe(IntentNames.Tip);
  },
);
