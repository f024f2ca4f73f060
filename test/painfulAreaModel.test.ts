import { IntentNames, SlotNames } from '../lambda/constants';
import { REGION_IDS } from '../lambda/exercises/regions';
import { translatorFor } from '../lambda/i18n';
import type { UtteranceResolver } from '../tools/models/resolve';
import { resolverFor } from './support/resolver';

/**
 * What people say about where it hurts reaches the painful-area intents with the right region,
 * and a red flag said in similar words still reaches the warning answers (docs/protocol.md).
 */
function heard(resolver: UtteranceResolver, said: string): { intent: string; region?: string | undefined; length?: string | undefined } {
  const resolution = resolver.resolve(said);
  if (resolution.kind !== 'intent') return { intent: resolution.kind };
  const region = resolution.slots[SlotNames.Region]?.id;
  const length = resolution.slots[SlotNames.Length]?.id;
  return { intent: resolution.name, ...(region ? { region } : {}), ...(length ? { length } : {}) };
}

const CASES = {
  'en-US': {
    [IntentNames.SetPainfulArea]: [
      ['my lower back hurts today', 'lowerBack'],
      ['my back hurts', 'lowerBack'],
      ['skip my neck', 'neck'],
      ['my left shoulder is sore', 'shoulders'],
      ['go easy on my hips', 'hips'],
      ['my knees are stiff today', 'legs'],
      ['i have a sore upper back', 'upperBack'],
      ['my neck', 'neck'],
      // How people in the US, UK, India and Australia say it.
      ['my back is killing me', 'lowerBack'],
      ["i've got a bad back today", 'lowerBack'],
      ['my sciatica is playing up', 'lowerBack'],
      ['my neck is stiff', 'neck'],
      ['go easy on my knees', 'legs'],
      ['my neck is really stiff today', 'neck'],
      ['my back is paining since morning', 'lowerBack'],
      ["i'm having neck pain", 'neck'],
      ['i have back pain today', 'lowerBack'],
      ["i've got a dodgy knee", 'legs'],
      ["i've done my back in", 'lowerBack'],
      ['i put my back out again', 'lowerBack'],
      ['my back went out', 'lowerBack'],
      ['my lower back is flaring up', 'lowerBack'],
      ['i have some pain in my lower back', 'lowerBack'],
      ['could you go easy on my shoulders today', 'shoulders'],
      // Short answers to "which area…?".
      ['the lower back', 'lowerBack'],
      ['just my neck', 'neck'],
      ['mostly the lower back', 'lowerBack'],
      ['in my lower back', 'lowerBack'],
    ],
    [IntentNames.ClearPainfulAreas]: [
      ['my back is better', 'lowerBack'],
      ['my neck is better', 'neck'],
      ['forget my back', 'lowerBack'],
      ['you can include my neck again', 'neck'],
      ['feel free to include my knees again', 'legs'],
      ["my back isn't sore anymore", 'lowerBack'],
      ['my neck is no longer stiff', 'neck'],
      ['my back has settled down', 'lowerBack'],
      ['my knees feel a lot better now', 'legs'],
      ['tense everything again', undefined],
      ['nothing hurts today', undefined],
    ],
    [IntentNames.ListPainfulAreas]: [
      ['what do you know about my back', 'lowerBack'],
      ['which areas are you skipping', undefined],
    ],
    [IntentNames.StartGentle]: [
      ['a gentle one', undefined],
      ["i'm in a lot of pain today", undefined],
      ['a bad day', undefined],
      ['start a short gentle relaxation', undefined],
    ],
  },
  'de-DE': {
    [IntentNames.SetPainfulArea]: [
      ['mein unterer rücken tut heute weh', 'lowerBack'],
      ['mein rücken tut weh', 'lowerBack'],
      ['lass den nacken aus', 'neck'],
      ['meine linke schulter ist verspannt', 'shoulders'],
      ['schone meine hüfte', 'hips'],
      ['ich habe schmerzen in den beinen', 'legs'],
      // Die Sätze aus der Durchsicht der Muttersprachlerin.
      ['mir tut der rücken weh', 'lowerBack'],
      ['der rücken tut mir weh', 'lowerBack'],
      ['mir tut gerade der nacken weh', 'neck'],
      ['das kreuz tut weh', 'lowerBack'],
      ['das knie tut mir so weh', 'legs'],
      ['die schultern sind heute so verspannt', 'shoulders'],
      ['ich hab schmerzen im kreuz', 'lowerBack'],
      ["ich hab's im kreuz", 'lowerBack'],
      ['ich habe es heute an der hüfte', 'hips'],
      ['ich hab rücken', 'lowerBack'],
      ['ich habe rückenschmerzen', 'lowerBack'],
      ['ich hab einen hexenschuss', 'lowerBack'],
      ['ich habe heute kreuzschmerzen', 'lowerBack'],
      ['ich habe einen steifen nacken', 'neck'],
      ['ich habe einen steifen hals', 'neck'],
      ['ich habe nackenschmerzen', 'neck'],
      ['ich habe knieschmerzen', 'legs'],
      ['mein ischias zwickt wieder', 'lowerBack'],
      ['es zieht heute im kreuz', 'lowerBack'],
      ['es sticht in der schulter', 'shoulders'],
      ['heute ist es der nacken', 'neck'],
      ['ist es wieder mein rücken', 'lowerBack'],
      // Ein genannter Bereich geht vor: er wird geschont, statt nur die sanfte Übung zu starten.
      ['ich habe heute starke schmerzen im rücken', 'lowerBack'],
      // Kurze Antworten auf "Welchen Bereich soll ich schonen?".
      ['im nacken', 'neck'],
      ['unten im kreuz', 'lowerBack'],
      ['den rücken', 'lowerBack'],
      ['in den knien', 'legs'],
    ],
    [IntentNames.ClearPainfulAreas]: [
      ['meinem rücken geht es besser', 'lowerBack'],
      ['meinem nacken geht es wieder besser', 'neck'],
      ['vergiss meinen rücken', 'lowerBack'],
      ['mein rücken ist besser', 'lowerBack'],
      ['mein nacken ist heute gut', 'neck'],
      ["dem rücken geht's besser", 'lowerBack'],
      ['es geht meinem rücken besser', 'lowerBack'],
      ['meinen knien geht es wieder besser', 'legs'],
      ['mein rücken tut nicht mehr so weh', 'lowerBack'],
      ['die schultern tun mir nicht mehr weh', 'shoulders'],
      ['wieder alles anspannen', undefined],
    ],
    [IntentNames.ListPainfulAreas]: [
      ['was weißt du über meinen rücken', 'lowerBack'],
      ['welche bereiche lässt du aus', undefined],
    ],
    [IntentNames.StartGentle]: [
      ['eine sanfte übung', undefined],
      ['ich habe heute starke schmerzen', undefined],
      ['ich habe einen schlechten tag', undefined],
      ['ich hab heute starke schmerzen', undefined],
      ['ich hab einen schlechten tag', undefined],
    ],
  },
} as const;

/** Red flags and stopping, said in words close to the ones above. */
const STILL_ELSEWHERE = {
  'en-US': [
    ['my legs are numb', IntentNames.UrgentSymptom],
    ["i can't feel my legs", IntentNames.UrgentSymptom],
    ['i have chest pain', IntentNames.UrgentSymptom],
    ['my leg is numb', IntentNames.WhenToSeeDoctor],
    ['i fell and my back hurts', IntentNames.WhenToSeeDoctor],
    ['my back pain is getting worse', IntentNames.WhenToSeeDoctor],
    ['my back pain is unbearable', IntentNames.WhenToSeeDoctor],
    ['my back is hurting i need a break', IntentNames.PauseForNow],
    ['my legs are weak', IntentNames.UrgentSymptom],
    ["i can't pee", IntentNames.UrgentSymptom],
    ['my back pain is really bad', IntentNames.WhenToSeeDoctor],
    ['my leg is tingling', IntentNames.WhenToSeeDoctor],
    ['forget everything about me', IntentNames.DeleteData],
  ],
  'de-DE': [
    ['meine beine sind taub', IntentNames.UrgentSymptom],
    ['ich spüre meine beine nicht mehr', IntentNames.UrgentSymptom],
    ['meine beine sind schwach', IntentNames.UrgentSymptom],
    ['ich kann nicht mehr wasser lassen', IntentNames.UrgentSymptom],
    ['ich kann kein wasser lassen', IntentNames.UrgentSymptom],
    ['mein bein kribbelt', IntentNames.WhenToSeeDoctor],
    ['ich habe brustschmerzen', IntentNames.UrgentSymptom],
    ['mein bein ist taub', IntentNames.WhenToSeeDoctor],
    ['ich bin gestürzt und mein rücken tut weh', IntentNames.WhenToSeeDoctor],
    ['meine rückenschmerzen werden immer schlimmer', IntentNames.WhenToSeeDoctor],
  ],
} as const;

describe.each(['en-US', 'de-DE'] as const)('painful areas in the %s model', (locale) => {
  const resolver = resolverFor(locale);

  test('what people say about where it hurts reaches the right intent and region', () => {
    for (const [intent, cases] of Object.entries(CASES[locale])) {
      for (const [said, region] of cases) {
        expect({ said, ...heard(resolver, said) }).toMatchObject({ said, intent, ...(region ? { region } : {}) });
      }
    }
  });

  test('a red flag, stopping or deleting said in similar words does not become a painful area', () => {
    for (const [said, intent] of STILL_ELSEWHERE[locale]) expect({ said, intent: heard(resolver, said).intent }).toEqual({ said, intent });
  });

  test('every phrase the skill suggests for an area that is better reaches that area', () => {
    const t = translatorFor(locale);
    for (const id of REGION_IDS) {
      const said = t(`areas.better.${id}`).toLowerCase();
      expect({ said, ...heard(resolver, said) }).toEqual({ said, intent: IntentNames.ClearPainfulAreas, region: id });
    }
  });

  test('the examples the welcome and the list of areas suggest reach the right intent', () => {
    const t = translatorFor(locale);
    const example = (key: string, options?: Record<string, unknown>) => /(?:for example|zum Beispiel|etwa):\s*([^.:]+)\./.exec(t(key, options))?.[1]?.toLowerCase() ?? '';
    const hurts = example('welcome.safety');
    expect({ said: hurts, ...heard(resolver, hurts) }).toEqual({ said: hurts, intent: IntentNames.SetPainfulArea, region: 'neck' });
    // The example names the area actually noted: every one of them is understood as that area being better.
    for (const region of REGION_IDS) {
      const better = example('areas.howToClear', { better: t(`areas.better.${region}`) });
      expect({ said: better, ...heard(resolver, better) }).toEqual({ said: better, intent: IntentNames.ClearPainfulAreas, region });
    }
  });

  test('the phrase the gentle opening suggests for the warning signs reaches the answer about seeing a doctor', () => {
    const opening = translatorFor(locale)('pmr:attention.gentle.opening');
    const said = /(?:say|sagen):\s*([^.:]+)\.$/.exec(opening)?.[1]?.toLowerCase();
    expect(said).toBeDefined();
    expect({ said, intent: heard(resolver, said ?? '').intent }).toEqual({ said, intent: IntentNames.WhenToSeeDoctor });
  });
});
