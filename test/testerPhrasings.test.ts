import { IntentNames } from '../lambda/constants';
import type { SupportedLocale } from '../lambda/i18n';
import { intentOf } from './support/resolver';

/**
 * Words first-time testers used (an Indian English speaker of 67, a British one of 71, German speakers of 72 and 69)
 * that once fell to the fallback, and the intent each must reach now.
 */
const CASES: readonly (readonly [SupportedLocale, string, string])[] = [
  ['en-IN', 'it is paining in my lower back', IntentNames.ItHurts],
  ['en-IN', 'ouch, my back is hurting', IntentNames.ItHurts],
  ['en-IN', 'aah, that is hurting my leg', IntentNames.ItHurts],
  ['en-IN', 'stop stop, someone is at the door', IntentNames.PauseForNow],
  ['en-IN', "hold on, someone's at the door", IntentNames.PauseForNow],
  ['en-IN', 'I have to go, doorbell is ringing', IntentNames.PauseForNow],
  ['en-IN', 'ek minute, someone has come', IntentNames.PauseForNow],
  ['en-IN', 'no, start fresh', IntentNames.StartOver],
  // A British tester (71).
  ['en-GB', 'ow, that hurts my back', IntentNames.ItHurts],
  ['en-GB', 'the short one please', IntentNames.StartRelaxation],
  ['en-GB', 'can we do a shorter one', IntentNames.StartRelaxation],
  ['en-GB', 'ask muscle relaxation for a tip for sitting at a desk all day', IntentNames.Tip],
  ['de-DE', 'oh, ich krieg nen Krampf im Fuß', IntentNames.ItHurts],
  ['de-DE', 'au, mein Kreuz', IntentNames.ItHurts],
  ['de-DE', 'das zieht im Kreuz, das tut weh', IntentNames.ItHurts],
  ['de-DE', 'warte mal, es hat geklingelt', IntentNames.PauseForNow],
  ['de-DE', 'nein, lieber von vorne', IntentNames.StartOver],
  ['de-DE', 'fang nochmal neu an', IntentNames.StartOver],
  ['de-DE', 'frag progressive Muskelentspannung, ob das überhaupt hilft', IntentNames.DoesItWork],
  ['de-DE', 'frag progressive Muskelentspannung, wie ich richtig sitzen soll', IntentNames.Tip],
  ['de-DE', 'frag progressive Muskelentspannung, was ich machen kann, damit ich nachts besser schlafe', IntentNames.Tip],
  ['de-DE', 'hilft das denn überhaupt was', IntentNames.DoesItWork],
  // A second German tester (69).
  ['de-DE', 'au, mein Kreuz tut weh', IntentNames.ItHurts],
  ['de-DE', 'aua, das zieht im Kreuz', IntentNames.ItHurts],
  ['de-DE', 'oh, es klingelt an der Tür, ich muss mal eben weg', IntentNames.PauseForNow],
  ['de-DE', 'hör mal kurz auf', IntentNames.Pause],
  ['de-DE', 'ich muss ans Telefon', IntentNames.Pause],
  ['de-DE', 'nein, heute lieber die kurze', IntentNames.StartRelaxation],
  ['de-DE', 'ja, fang an', IntentNames.Yes],
  // Round 19's first-time testers (en-GB 64, en-IN 58, de-DE 71 and 45): pain said with "stop", the door, yes and no in their words.
  ['en-GB', "Ooh, that's hurting my back", IntentNames.ItHurts],
  ['en-IN', 'no no stop it, it hurts', IntentNames.ItHurts],
  ['en-IN', 'stop, it is hurting again', IntentNames.ItHurts],
  ['en-IN', 'someone is at the door', IntentNames.Pause],
  ['en-GB', 'ow, my back', IntentNames.ItHurts],
  ['en-GB', 'yes please, go on then', IntentNames.Resume],
  ['en-IN', 'yes do that', IntentNames.Yes],
  ['de-DE', 'stopp, das tut mir im Kreuz weh', IntentNames.ItHurts],
  ['de-DE', 'au, das tut mir jetzt im Kreuz weh', IntentNames.ItHurts],
  ['de-DE', 'aua, das zieht im Rücken, ich hör auf', IntentNames.ItHurts],
  ['de-DE', 'ja, bitte weitermachen', IntentNames.Resume],
  ['de-DE', 'ja mach', IntentNames.Yes],
  ['de-DE', 'nee, passt', IntentNames.No],
];

test.each(CASES)('%s: "%s" reaches %s', (locale, said, intent) => {
  expect(intentOf(locale, said)).toBe(intent);
});

test('a bare "das zieht" is not taken as pain: the leg steps expect a pull', () => {
  expect(intentOf('de-DE', 'das zieht')).not.toBe(IntentNames.ItHurts);
  expect(intentOf('de-DE', 'es zieht')).not.toBe(IntentNames.ItHurts);
});
