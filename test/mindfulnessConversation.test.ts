import { IntentNames, SlotNames } from '../lambda/constants';
import { findVariant } from '../lambda/exercises/catalog';
import { bodyScan } from '../lambda/exercises/mindfulness';
import { segmentCount, segmentSsml, spoken, spokenPlace } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { storedItem } from './support/table';
import { askFor, startExercise } from './support/start';

/** Mindfulness through the same engine, persistence and pause/resume as PMR, in each language. */
describe.each(['en-US', 'de-DE'])('mindfulness in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test('the first mindfulness exercise waits after the caution for a yes; the caution is given once per person', async () => {
    const alexa = talkTo(newCaller(locale));
    const caution = await askFor(alexa, 'bodyScan', 'short');
    expect(caution.speech).toContain(say('welcome.mindfulnessCaution'));
    expect(caution.speech).toContain(say('caution.mindfulnessQuestion', { variant: say('mind:variant.bodyScan.short') }));
    expect(caution.speech).not.toContain(segmentSsml(locale, 'short', 0, 'bodyScan'));
    expect(caution.ended).toBe(false);
    const first = await alexa.intent(IntentNames.Yes);
    expect(first.speech).toContain(segmentSsml(locale, 'short', 0, 'bodyScan'));
    expect(first.speech).not.toContain(say('welcome.mindfulnessCaution'));
    await alexa.listen().intent(IntentNames.Stop);
    // The body scan's place (past its opening) is kept, so starting another practice asks first.
    const replace = await askFor(alexa, 'breathingSpace', 'standard');
    expect(replace.speech).toContain(say('replace.question', { variant: say('mind:variant.breathingSpace.standard') }));
    const later = await alexa.intent(IntentNames.Yes);
    expect(later.speech).not.toContain(say('welcome.mindfulnessCaution'));
    expect(later.speech).toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
    // A one-segment practice is finished at once: the first finished exercise asks about tension.
    expect(later.speech).toContain(say('play.finishedRatingOffer'));
    expect(later.ended).toBe(false);
  });

  test('no after the caution offers the muscle relaxation instead, and the caution is not marked as heard', async () => {
    const alexa = talkTo(newCaller(locale));
    await askFor(alexa, 'breath', 'short');
    const declined = await alexa.intent(IntentNames.No);
    expect(declined.speech).toContain(say('caution.declined'));
    expect(declined.speech).toContain(say('offer.question', { variant: say('pmr:variant.short') }));
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(segmentSsml(locale, 'short', 0));
    await alexa.listen().intent(IntentNames.Stop);
    await askFor(alexa, 'breath', 'short'); // asks first: the relaxation's place would be replaced
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(say('welcome.mindfulnessCaution'));
  });

  test('no to replacing a kept place keeps it, and yes then continues there', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.intent(IntentNames.StartRelaxation);
    await alexa.listen().intent(IntentNames.Pause);
    const before = await storedItem(alexa.caller.userId);
    const asked = await askFor(alexa, 'bodyScan', 'short');
    expect(asked.speech).toContain(say('replace.question', { variant: say('mind:variant.bodyScan.short') }));
    const kept = await alexa.intent(IntentNames.No);
    expect(kept.speech).toContain(say('replace.kept'));
    expect((await storedItem(alexa.caller.userId))?.place).toEqual(before?.place);
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(segmentSsml(locale, 'standard', 1));
  });

  test('the start announces the practice once; the end has one goodbye after a silence', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await startExercise(alexa, 'breathingSpace', 'standard');
    const announce = say('play.announce', { variant: say('mind:variant.breathingSpace.standard'), from: 3, to: 4 });
    expect(reply.speech.split(announce).length - 1).toBe(1);
    // The end after a silence (the script itself ends on an instruction): the first time with
    // the weekly question about tension, within the week with one goodbye.
    expect(reply.speech).toContain(`</prosody> <break time="3s"/> ${say('play.finishedRatingOffer')}`);
    await alexa.intent(IntentNames.No);
    const again = await startExercise(alexa, 'breathingSpace', 'standard');
    expect(again.speech).toContain(`</prosody> <break time="3s"/> ${say('play.finished')}`);
    expect(again.speech.split(say('play.finished')).length - 1).toBe(1);
    expect(again.ended).toBe(true);
  });

  test('PMR after mindfulness still gets its own safety line', async () => {
    const alexa = talkTo(newCaller(locale));
    await startExercise(alexa, 'breathingSpace', 'standard');
    const pmr = await alexa.listen().launch();
    expect(pmr.speech).toContain(say('welcome.safety'));
  });

  test('pause, new session, resume, repeat, next and start over work as for PMR', async () => {
    const alexa = talkTo(newCaller(locale));
    await startExercise(alexa, 'bodyScan', 'long');
    await alexa.intent(IntentNames.Yes);
    await alexa.intent(IntentNames.Pause);

    const offer = await alexa.launch();
    const part = findVariant(bodyScan, 'long').segments[1]?.[0]?.nameKey ?? 'missing';
    expect(offer.speech).toContain(say('launch.offer', { part: spokenPlace(locale, part), variant: say('mind:variant.bodyScan.long') }));
    const resumed = await alexa.intent(IntentNames.Yes);
    expect(resumed.speech).toContain(segmentSsml(locale, 'long', 1, 'bodyScan'));
    expect((await alexa.intent(IntentNames.Repeat)).speech).toContain(segmentSsml(locale, 'long', 1, 'bodyScan'));
    expect((await alexa.intent(IntentNames.Next)).speech).toContain(segmentSsml(locale, 'long', 2, 'bodyScan'));
    await alexa.end('EXCEEDED_MAX_REPROMPTS');
    expect((await alexa.intent(IntentNames.Resume)).speech).toContain(segmentSsml(locale, 'long', 2, 'bodyScan'));
    const over = await alexa.intent(IntentNames.StartOver);
    expect(over.speech).toContain(segmentSsml(locale, 'long', 0, 'bodyScan'));
    for (let i = 1; i < segmentCount('long', 'bodyScan'); i++) await alexa.intent(IntentNames.Yes);
    expect((await alexa.intent(IntentNames.No)).ended).toBe(true); // to the weekly question about tension
    expect(alexa.inSession).toBe(false);
    // Finished: nothing is offered on the next launch, PMR simply begins.
    expect((await alexa.launch()).speech).toContain(segmentSsml(locale, 'standard', 0));
  });

  test('"a mindfulness exercise" without a name suggests the breathing space; yes starts it', async () => {
    const alexa = talkTo(newCaller(locale));
    const menu = await alexa.intent(IntentNames.StartMindfulness);
    expect(menu.speech).toContain(say('mindfulness.menu'));
    expect(menu.reprompt).toContain(say('offer.reprompt', { variant: say('mind:variant.breathingSpace.standard') }));
    const caution = await alexa.intent(IntentNames.Yes);
    expect(caution.speech).toContain(say('welcome.mindfulnessCaution'));
    const yes = await alexa.intent(IntentNames.Yes);
    expect(yes.speech).toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
  });

  test('"a short breathing exercise" picks the exercise and the length', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.intent(IntentNames.StartMindfulness, {
      [SlotNames.Exercise]: { value: 'breathing exercise', id: 'breath' },
      [SlotNames.Length]: { value: 'short', id: 'short' },
    });
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(segmentSsml(locale, 'short', 0, 'breath'));
  });
});
