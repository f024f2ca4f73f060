import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Painful areas and the gentle practice for a bad day (docs/protocol.md, "Painful areas").
 * Nothing here may take a red flag: numbness, weakness, tingling, a fall, pain getting worse
 * or unbearable stay with WhenToSeeDoctorIntent and UrgentSymptomIntent (test/painfulAreaModel.test.ts).
 */
const TODAY = '[today|again|right now|this morning|since morning|since yesterday]';
/** How an area that hurts is said, singular and plural; US, UK, Indian ("is paining") and Australian English. */
const HURTS =
  '(hurts|is sore|is hurting|aches|is aching|is painful|is stiff|is tight|is tense|is playing up|is acting up|is bothering me|is killing me|is paining|is bad|is flaring up' +
  '|hurt|are sore|are hurting|ache|are aching|are painful|are stiff|are tight|are tense|are playing up|are acting up|are bothering me|are killing me|are paining|are bad|are flaring up)';
const SPARE = "(skip|leave out|go easy on|be gentle with|be careful with|take it easy on|spare|avoid|don't tense|do not tense|no tensing for|don't squeeze|don't work)";
/** Said with a contraction or without: "i've got", "i have got", "i'm having". */
const I_HAVE = "(i have|i've got|i have got|i got|i'm having|i am having)";

/** The areas people name, by region id (lambda/exercises/regions.ts); sides are not told apart. */
export const englishRegionType: SlotTypeSource = {
  name: SlotTypes.Region,
  values: [
    { id: 'neck', name: 'neck', synonyms: ['throat', 'back of my head', 'back of the head', 'back of my neck', 'nape', 'nape of my neck', 'cervical spine', 'stiff neck'] },
    { id: 'shoulders', name: 'shoulders', synonyms: ['shoulder', 'left shoulder', 'right shoulder', 'shoulder blade', 'shoulder blades', 'both shoulders', 'rotator cuff'] },
    { id: 'upperBack', name: 'upper back', synonyms: ['upper spine', 'middle back', 'mid back', 'thoracic spine', 'between my shoulder blades', 'between the shoulder blades', 'top of my back'] },
    { id: 'lowerBack', name: 'lower back', synonyms: ['back', 'low back', 'lumbar spine', 'lumbar', 'lower spine', 'spine', 'sacrum', 'tailbone', 'coccyx', 'lower part of my back', 'small of my back', 'bottom of my back', 'whole back', 'sciatica', 'sciatic nerve'] },
    { id: 'arms', name: 'arms', synonyms: ['arm', 'left arm', 'right arm', 'elbow', 'elbows', 'wrist', 'wrists', 'hand', 'hands', 'fingers', 'forearm', 'forearms', 'upper arm', 'left hand', 'right hand'] },
    { id: 'hips', name: 'hips', synonyms: ['hip', 'left hip', 'right hip', 'buttock', 'buttocks', 'bottom', 'bum', 'groin', 'glutes', 'pelvis', ] },
    { id: 'legs', name: 'legs', synonyms: ['leg', 'left leg', 'right leg', 'thigh', 'thighs', 'knee', 'knees', 'calf', 'calves', 'hamstrings', 'left knee', 'right knee'] },
    { id: 'feet', name: 'feet', synonyms: ['foot', 'left foot', 'right foot', 'ankle', 'ankles', 'heel', 'heels', 'toes', 'arch of my foot'] },
  ],
};

export const englishPainfulAreaIntents: readonly IntentSource[] = [
  {
    name: IntentNames.SetPainfulArea,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      `my {region} ${HURTS} ${TODAY}`,
      'my {region} (is|are) (so|really|very|pretty|quite) (sore|stiff|tight|tense|painful|bad) [today|again]',
      'my {region} (hurts|is sore|hurt|are sore) [today] so (skip it|leave it out|go easy on it|go easy on them|leave them out)',
      `${SPARE} [my|the] {region} [today|this time]`,
      '(could you|can you) (skip|leave out|go easy on|be gentle with|be careful with|take it easy on|avoid) [my|the] {region} [today]',
      "(i have|i've got|i have got|i got) [a] (sore|bad|painful|stiff|aching|tight|dodgy) {region} [today|again]",
      // Said as one word, as in "i've got back pain", "i'm having neck pain".
      `${I_HAVE} [some|a lot of|bad] {region} pain [today|again]`,
      `${I_HAVE} [some|a bit of|a lot of] pain in my {region} [today|again]`,
      "(i've|i have|i) (hurt|strained|pulled|tweaked|twisted|jarred) my {region} [again]",
      "(i've done|i have done) my {region} in [again]",
      "(i've put|i've thrown|i put|i threw) my {region} out [again]",
      'my {region} (is|has gone|went) out [again]',
      "(it's|it is) my {region} [that hurts|today|again]",
      // Short answers to "which area should I go easy on?": always with "my" or "the", never the area alone.
      '[just|mostly|mainly|probably|only] (my|the) {region}',
      '(in|around) (my|the) {region}',
      'leave my {region} (out|alone) [today]',
    ],
  },
  {
    name: IntentNames.ClearPainfulAreas,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      "my {region} (is|are|feels|feel) (better|fine|okay|all right|alright|good) [now|again|today]",
      "my {region} (is|are|feels|feel) (much|a lot|a bit) better [now|again|today]",
      "my {region} (doesn't|does not|don't|do not) hurt (anymore|any more|today|now)",
      "my {region} (is|are) (not|no longer) (sore|hurting|stiff|as bad) [anymore|any more|now]",
      "my {region} (has|have) (settled down|calmed down|eased off|eased up|improved) [now|again]",
      "(forget|clear|remove|drop) [about] my {region}",
      "(you can|go ahead and|feel free to) (tense|include|use|work) my {region} again",
      "(tense|include) my {region} again",
      "(stop|no more) (skipping|sparing|leaving out) [my] {region}",
      "(tense|include|do) everything again",
      "(go back to|back to) (normal|tensing everything|the usual relaxation|the normal relaxation)",
      "(forget|clear|reset|remove) [all] my (painful areas|sore areas|sore spots|painful spots)",
      "nothing hurts (today|anymore|any more|now)",
      "(stop skipping|don't skip|no more skipping) (anything|any areas|any parts)",
    ],
  },
  {
    name: IntentNames.ListPainfulAreas,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      "what do you (know|remember) [now] about my {region}",
      "what are you (skipping|leaving out|sparing|going easy on) [today|now]",
      "what (do you know|have you noted|did i tell you) about my (pain|painful areas|sore areas)",
      "(which|what) (areas|parts|body parts) (are you skipping|are you leaving out|are you sparing|are you going easy on|do you skip|have you noted)",
      "(which|what) (areas|parts) (hurt|are sore) (did i tell you|have i told you)",
      "(list|tell me) [my] (painful areas|sore areas|sore spots)",
      "where did i (say|tell you) it hurts",
      "(are you skipping|do you skip|are you going easy on) my {region}",
    ],
  },
  {
    // Its own intent, not a slot of the relaxation: a statement of pain is no request for a
    // length, and it is never claimed name-free (docs/certification.md).
    name: IntentNames.StartGentle,
    slots: [{ name: SlotNames.Length, type: SlotTypes.Length }],
    samples: [
      "[start|play|give me|i want|i'd like|can i have|let's do] [a|the] [{length}] gentle (one|relaxation|version|session|exercise)",
      "[start|give me|i want|i'd like|i need] [a|the] (very gentle|gentler) (one|relaxation|version|session|exercise)",
      "(a|the) [{length}] gentle (one|relaxation|version|session) (today|please|for me)",
      "[start|play|give me|i want|i'd like|can i have] [a|the] [{length}] relaxation (without tensing|with no tensing|without any tensing)",
      "(something|an exercise|a relaxation|one) for a bad day",
      "i'm in (a lot of|so much|too much|quite a lot of|a bit of) pain [today|right now|at the moment]",
      "i am in (a lot of|so much|too much) pain [today|right now]",
      "[it's|today is|i'm having|i have] a bad (day|pain day|back day) [today]",
      "(everything|it all) hurts today",
      "i hurt all over [today]",
      "i (can't|cannot|don't want to) tense [anything|my muscles] today",
      "[let's] (take it|keep it) (easy|gentle) today",
      // Asked for by what it is like, as a first-time tester did.
      "[i (need|want|would like|'d like)|give me|can we do|let's do] something (gentle|gentler|easy|easier|soft) [today|please|for my back]",
      "(do you have|is there|have you got) a (gentle|gentler|easier|softer) (one|relaxation|exercise|version)",
      "i'm in (a lot of|so much) pain [today] [so] [give me|i need|i want] something gentle",
    ],
  },
];
