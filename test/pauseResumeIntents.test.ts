import { IntentNames, type IntentName } from '../lambda/constants';
import type { SupportedLocale } from '../lambda/i18n';
import { parseRecord } from '../lambda/state/record';
import type { Conversation, Reply } from '../tools/alexa/Conversation';
import type { Resolution } from '../tools/models/resolve';
import { resolverFor } from './support/resolver';
import { newCaller, talkTo } from './support/skill';
import { storedItem } from './support/table';

/*
 * Pause and resume said with a reason, a promise, what or where from reach the custom
 * intents (PauseForNowIntent, ResumeWhereLeftOffIntent, interactionModels/{en,de}/pauseResume.ts),
 * which do exactly what AMAZON.PauseIntent and AMAZON.ResumeIntent do, in every flow state;
 * the bare words stay with the built-ins. The phrasings here are written for this test, not
 * taken from the held-out corpus in test/phrasings/.
 */
const LOCALES = ['en-US', 'de-DE'] as const satisfies readonly SupportedLocale[];

const SAID: Readonly<Record<(typeof LOCALES)[number], { pause: readonly string[]; resume: readonly string[]; bare: readonly (readonly [string, IntentName])[] }>> = {
  'en-US': {
    pause: [
      'the doorbell is ringing, pause it',
      "pause the session, I'll finish it tomorrow",
      'sorry, my boss is calling, stop here and keep my place',
      "I'll come back to it tonight, stop for now",
      "can we take a break here? I've got to go to work",
    ],
    resume: [
      'I stopped in the middle last night, can we carry on',
      'could you carry on with the session I paused yesterday',
      'resume from the point where we stopped',
      "I'm back, let's get back to the exercise from before",
    ],
    bare: [
      ['pause', IntentNames.Pause],
      ['stop here', IntentNames.Pause],
      ['wait', IntentNames.Pause],
      ['continue', IntentNames.Resume],
      ['go on', IntentNames.Resume],
      ['carry on', IntentNames.Resume],
    ],
  },
  'de-DE': {
    pause: [
      'das Telefon klingelt, Pause',
      'stopp, ich komme später wieder',
      'merken Sie sich, wo ich aufgehört habe',
      'ich muss jetzt unterbrechen und morgen weitermachen',
    ],
    resume: [
      'ich habe gestern mittendrin aufgehört, mach da weiter',
      'können Sie die Übung von gestern fortsetzen',
      'ab der Pause weitermachen',
      'mach mal weiter mit der unterbrochenen Entspannung',
    ],
    bare: [
      ['pause', IntentNames.Pause],
      ['stopp hier', IntentNames.Pause],
      ['warte mal', IntentNames.Pause],
      ['weiter', IntentNames.Resume],
      ['mach weiter', IntentNames.Resume],
      ['fortsetzen', IntentNames.Resume],
      ['lass uns weitermachen', IntentNames.Resume],
    ],
  },
};

const intentOf = (resolution: Resolution) => (resolution.kind === 'intent' ? resolution.name : resolution.kind);

/** The same steps for two new people, then each says one of two intents: both should hear the same. */
async function twins(locale: string, reach: (alexa: Conversation) => Promise<unknown>, first: IntentName, second: IntentName): Promise<[Reply, Reply, Conversation, Conversation]> {
  const a = talkTo(newCaller(locale));
  const b = talkTo(newCaller(locale));
  await reach(a);
  await reach(b);
  return [await a.intent(first), await b.intent(second), a, b];
}

/** Where the person is kept: the exercise and the point in it, not when it was saved. */
async function placeOf(alexa: Conversation) {
  const place = parseRecord(await storedItem(alexa.caller.userId)).place;
  return place && { exercise: place.exercise, variant: place.variant, segment: place.segment, block: place.block };
}

describe.each(LOCALES)('pause and resume with more words in %s', (locale) => {
  const resolver = resolverFor(locale);

  test.each(SAID[locale].pause)('"%s" pauses with the custom intent', (said) => {
    expect(intentOf(resolver.resolve(said))).toBe(IntentNames.PauseForNow);
  });

  test.each(SAID[locale].resume)('"%s" resumes with the custom intent', (said) => {
    expect(intentOf(resolver.resolve(said))).toBe(IntentNames.ResumeWhereLeftOff);
  });

  test.each(SAID[locale].bare)('the bare "%s" is still %s', (said, intent) => {
    expect(intentOf(resolver.resolve(said))).toBe(intent);
  });

  test('mid-exercise, a pause with a reason ends the session and keeps the place, as a bare pause does', async () => {
    const reach = async (alexa: Conversation) => (await alexa.launch(), alexa.advance(90));
    const [custom, builtIn, a, b] = await twins(locale, reach, IntentNames.PauseForNow, IntentNames.Pause);
    expect(custom.ended).toBe(true);
    expect(custom.speech).toBe(builtIn.speech);
    expect(await placeOf(a)).toEqual(await placeOf(b));
    expect(await placeOf(a)).toBeTruthy();
  });

  test.each([
    ['"delete all my data?"', (alexa: Conversation) => alexa.intent(IntentNames.DeleteData)],
    ['a tip and its offer of another', (alexa: Conversation) => alexa.intent(IntentNames.Tip)],
  ])('with a question open (%s), a pause with a reason still pauses', async (_question, ask) => {
    const reach = async (alexa: Conversation) => {
      await alexa.launch();
      await alexa.listen().intent(IntentNames.Yes);
      await ask(alexa);
    };
    const [custom, builtIn, a] = await twins(locale, reach, IntentNames.PauseForNow, IntentNames.Pause);
    expect(custom.ended).toBe(true);
    expect(custom.speech).toBe(builtIn.speech);
    // Nothing was deleted: the place is still there for the next time.
    expect(await placeOf(a)).toBeTruthy();
  });

  test('in a new session, a resume with when and what goes on from the kept place, as a bare resume does', async () => {
    const reach = async (alexa: Conversation) => {
      await alexa.launch();
      await alexa.listen().intent(IntentNames.Pause);
      alexa.advance(6 * 3600);
    };
    const [custom, builtIn] = await twins(locale, reach, IntentNames.ResumeWhereLeftOff, IntentNames.Resume);
    expect(custom.ended).toBe(false);
    expect(custom.speech).toBe(builtIn.speech);
  });

  test('to "Shall I go on?", a resume with what was paused plays the next part, as "go on" does', async () => {
    const reach = async (alexa: Conversation) => (await alexa.launch(), alexa.listen());
    const [custom, builtIn, a, b] = await twins(locale, reach, IntentNames.ResumeWhereLeftOff, IntentNames.Resume);
    expect(custom.speech).toBe(builtIn.speech);
    expect(await placeOf(a)).toEqual(await placeOf(b));
    expect(a.sessionAttributes.flow?.kind).toBe('askedToGoOn');
  });
});
