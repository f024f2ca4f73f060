import { IntentNames, SlotNames } from '../lambda/constants';
import { translatorFor } from '../lambda/i18n';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';

/** "I've got ten minutes", "only a few minutes": the time someone has picks the exercise, said before it starts. */
describe.each(['en-US', 'de-DE'] as const)('time decides the exercise in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);
  const t = translatorFor(locale);
  const withTime = (value: string) => ({ [SlotNames.Duration]: { value } });
  const vaguely = (id: string) => ({ [SlotNames.Amount]: { value: id, id } });
  const time = (slots: Record<string, { value: string; id?: string }>) => talkTo(newCaller(locale)).intent(IntentNames.TimeAvailable, slots);

  test('ten minutes: the short relaxation (6 to 7 minutes), announced with the time and its length', async () => {
    const reply = await time(withTime('PT10M'));
    const announce = say('play.announce', { variant: t('pmr:variant.short'), from: 6, to: 7 });
    expect(reply.speech).toContain(`${say('play.forMinutes', { minutes: 10 })} ${announce}`);
    expect(reply.speech).toContain(segmentSsml(locale, 'short', 0));
    expect(reply.ended).toBe(false);
  });

  test('half an hour: the long relaxation; seven minutes: the short one', async () => {
    const long = await time(withTime('PT30M'));
    expect(long.speech).toContain(say('play.forMinutes', { minutes: 30 }));
    expect(long.speech).toContain(segmentSsml(locale, 'long', 0));
    const short = await time(withTime('PT7M'));
    expect(short.speech).toContain(segmentSsml(locale, 'short', 0));
  });

  test('three minutes: the three-minute breathing space, not a relaxation, after the first-time caution and a yes', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.intent(IntentNames.TimeAvailable, withTime('PT3M'));
    expect(reply.speech).toContain(`${say('play.forMinutes', { minutes: 3 })} ${say('welcome.mindfulnessCaution')}`);
    expect(reply.speech).not.toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
    const yes = await alexa.intent(IntentNames.Yes);
    expect(yes.speech).toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
  });

  test('a few minutes, said vaguely: the breathing space, with the vague words repeated and no number', async () => {
    const reply = await time(vaguely('few'));
    expect(reply.speech).toContain(`${say('play.forAmount.few')} ${say('welcome.mindfulnessCaution')}`);
    expect(reply.speech).not.toContain(say('play.forMinutes', { minutes: 3 }));
  });

  test('some time: the standard relaxation; plenty of time: the long one', async () => {
    const some = await time(vaguely('some'));
    expect(some.speech).toContain(say('play.forAmount.some'));
    expect(some.speech).toContain(segmentSsml(locale, 'standard', 0));
    const plenty = await time(vaguely('plenty'));
    expect(plenty.speech).toContain(say('play.forAmount.plenty'));
    expect(plenty.speech).toContain(segmentSsml(locale, 'long', 0));
  });

  test('a precise time said with a vague one wins: "a bit of time, maybe five minutes"', async () => {
    const reply = await time({ ...vaguely('some'), ...withTime('PT5M') });
    expect(reply.speech).toContain(say('play.forMinutes', { minutes: 5 }));
    expect(reply.speech).not.toContain(say('play.forAmount.some'));
  });

  test('no time that fits an exercise (two days, an amount Alexa could not match) starts the standard relaxation', async () => {
    for (const slots of [withTime('P2D'), { [SlotNames.Amount]: { value: 'a fortnight' } }]) {
      const reply = await time(slots);
      expect(reply.speech).not.toContain(say('play.forMinutes', { minutes: 2 }));
      expect(reply.speech).toContain(segmentSsml(locale, 'standard', 0));
    }
  });

  test('a model built before TimeAvailableIntent sends the duration with StartRelaxationIntent: still read', async () => {
    const reply = await talkTo(newCaller(locale)).intent(IntentNames.StartRelaxation, withTime('PT30M'));
    expect(reply.speech).toContain(segmentSsml(locale, 'long', 0));
  });

  test('said mid-exercise, the time asks before replacing the place, and yes starts what fits', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'long', id: 'long' } });
    await alexa.intent(IntentNames.Yes);
    const asked = await alexa.intent(IntentNames.TimeAvailable, withTime('PT10M'));
    expect(asked.speech).toContain(say('play.forMinutes', { minutes: 10 }));
    expect(asked.speech).not.toContain(segmentSsml(locale, 'short', 0));
    const yes = await alexa.intent(IntentNames.Yes);
    expect(yes.speech).toContain(segmentSsml(locale, 'short', 0));
  });
});
