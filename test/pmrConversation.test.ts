import { IntentNames, SlotNames } from '../lambda/constants';
import { segmentCount, segmentSsml, spoken, spokenPlace } from './support/expectations';
import { newCaller, talkTo } from './support/skill';

/** Whole conversations through the real Lambda handler and dynalite, in each language. */
describe.each(['en-US', 'de-DE'])('progressive muscle relaxation in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test('a first launch welcomes, gives the safety line and starts the standard relaxation', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.launch();
    expect(reply.speech).toContain(say('welcome.firstTime'));
    expect(reply.speech).toContain(say('welcome.safety'));
    expect(reply.speech).toContain(segmentSsml(locale, 'standard', 0));
    expect(reply.speech).toContain(say('play.goOn'));
    expect(reply.reprompt).toContain(say('play.goOnReprompt'));
    expect(reply.ended).toBe(false);
  });

  test('launch, continue to the end, and the finished relaxation is not offered again', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    const segments = segmentCount('standard');
    for (let i = 1; i < segments; i++) {
      const reply = await alexa.intent(i % 2 ? IntentNames.Yes : IntentNames.Resume);
      expect(reply.speech).toContain(segmentSsml(locale, 'standard', i));
      // The first finished exercise ends on the weekly question about tension; no says goodbye.
      expect(reply.speech.includes(say('play.finishedRatingOffer'))).toBe(i === segments - 1);
      expect(reply.ended).toBe(false);
    }
    const goodbye = await alexa.intent(IntentNames.No);
    expect(goodbye.speech).toContain(say('goodbye'));
    expect(goodbye.ended).toBe(true);
    const again = await alexa.launch();
    expect(again.speech).not.toContain(say('welcome.firstTime'));
    // Having finished one, the person hears the short opening.
    expect(again.speech).toContain(segmentSsml(locale, 'standard', 0, 'pmr', true));
    expect(again.speech).not.toContain(say('pmr:intro.gently'));
  });

  test('pause, new session: launch says where the person was, and yes continues that very segment', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.intent(IntentNames.Yes);
    const paused = await alexa.intent(IntentNames.Pause);
    expect(paused.ended).toBe(true);

    const offer = await alexa.launch();
    expect(offer.speech).toContain(say('launch.offer', { part: spokenPlace(locale, 'pmr:group.neck.name'), variant: say('pmr:variant.standard') }));
    expect(offer.ended).toBe(false);
    expect(offer.reprompt).toBeTruthy();

    const resumed = await alexa.intent(IntentNames.Yes);
    expect(resumed.speech).toContain(say('play.continueWith', { variant: say('pmr:variant.standard') }));
    expect(resumed.speech).toContain(segmentSsml(locale, 'standard', 1));
  });

  test('a one-shot resume on another device continues directly', async () => {
    const caller = newCaller(locale);
    const first = talkTo(caller);
    await first.launch();
    await first.intent(IntentNames.Next);
    await first.intent(IntentNames.Stop);

    const kitchen = talkTo({ ...caller, deviceId: 'amzn1.ask.device.kitchen' });
    const reply = await kitchen.intent(IntentNames.Resume);
    expect(reply.speech).toContain(segmentSsml(locale, 'standard', 1));
    expect(reply.speech).toContain(say('play.continueWith', { variant: say('pmr:variant.standard') }));
  });

  test('silence after the reprompt keeps the place for the next resume', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.intent(IntentNames.Yes);
    await alexa.end('EXCEEDED_MAX_REPROMPTS');
    const reply = await alexa.intent(IntentNames.Resume);
    expect(reply.speech).toContain(segmentSsml(locale, 'standard', 1));
  });

  test('repeat plays the current segment again, next skips, start over goes back to the beginning', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    expect((await alexa.intent(IntentNames.Repeat)).speech).toContain(segmentSsml(locale, 'standard', 0));
    expect((await alexa.intent(IntentNames.Next)).speech).toContain(segmentSsml(locale, 'standard', 1));
    const over = await alexa.intent(IntentNames.StartOver);
    expect(over.speech).toContain(say('play.startOver'));
    expect(over.speech).toContain(segmentSsml(locale, 'standard', 0));
    expect(over.speech).not.toContain(say('welcome.firstTime'));
  });

  test.each([
    ['short', 'short'],
    ['long', 'long'],
    ['empty slot: standard', undefined],
  ])('start a relaxation by length (%s)', async (_label, length) => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.intent(IntentNames.StartRelaxation, {
      [SlotNames.Length]: length ? { value: length, id: length } : undefined,
    });
    const variant = length ?? 'standard';
    expect(reply.speech).toContain(segmentSsml(locale, variant, 0));
    expect(reply.speech).toContain(say(`pmr:variant.${variant}`));
  });

  test('an unmatched length value starts the standard relaxation', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'purple' } });
    expect(reply.speech).toContain(segmentSsml(locale, 'standard', 0));
  });

  test('help after a whole segment says what can be done, once, and ends on the question to go on', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    const help = await alexa.listen().intent(IntentNames.Help);
    const goOnWithIt = say('resume.question', { variant: say('pmr:variant.standard') });
    expect(help.speech).toBe(`<speak>${say('help.text')} ${goOnWithIt}</speak>`);
    expect(help.reprompt).toContain(say('launch.offerReprompt'));
    expect(help.ended).toBe(false);
    const yes = await alexa.intent(IntentNames.Yes);
    expect(yes.speech).toContain(say('play.continueWith', { variant: say('pmr:variant.standard') }));
    expect(yes.speech).toContain(segmentSsml(locale, 'standard', 1));
  });

  test('help with nothing playing ends on one question, and its reprompt is not said twice', async () => {
    const help = await talkTo(newCaller(locale)).intent(IntentNames.Help);
    expect(help.speech).toBe(`<speak>${say('help.text')} ${say('help.question')}</speak>`);
    expect(help.reprompt).toContain(say('help.reprompt'));
  });

  test('fallback answers briefly and keeps the question open', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    const reply = await alexa.listen().intent(IntentNames.Fallback);
    expect(reply.speech).toContain(say('fallback'));
    expect(reply.ended).toBe(false);
    expect(reply.reprompt).toContain(say('launch.offerReprompt'));
  });

  test.each([IntentNames.Stop, IntentNames.Cancel, IntentNames.NavigateHome, IntentNames.No])(
    '%s during the exercise ends the session and keeps the place',
    async (name) => {
      const alexa = talkTo(newCaller(locale));
      await alexa.launch();
      const reply = await alexa.intent(name);
      expect(reply.ended).toBe(true);
      expect(reply.speech).toContain(say('pause.kept', { part: spokenPlace(locale, 'pmr:block.intro.name') }));
      const offer = await alexa.launch();
      expect(offer.speech).toContain(say('launch.offer', { part: spokenPlace(locale, 'pmr:block.intro.name'), variant: say('pmr:variant.standard') }));
    },
  );

  test('no to the offer keeps the place and asks what to do; stop without a place says goodbye', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.intent(IntentNames.Pause);
    await alexa.launch();
    const declined = await alexa.intent(IntentNames.No);
    expect(declined.speech).toContain(say('launch.declined'));
    expect(declined.ended).toBe(false);
    expect((await alexa.intent(IntentNames.Resume)).speech).toContain(segmentSsml(locale, 'standard', 0));

    const stranger = talkTo(newCaller(locale));
    const bye = await stranger.intent(IntentNames.Stop);
    expect(bye.speech).toContain(say('goodbye'));
    expect(bye.ended).toBe(true);
  });

  test('resume and next with nothing paused answer sensibly', async () => {
    const resume = await talkTo(newCaller(locale)).intent(IntentNames.Resume);
    expect(resume.speech).toContain(say('nothingPaused.resume'));
    expect(resume.speech).toContain(segmentSsml(locale, 'standard', 0));
    const next = await talkTo(newCaller(locale)).intent(IntentNames.Next);
    expect(next.speech).toContain(say('nothingPaused.next'));
    expect(next.ended).toBe(false);
  });
});
