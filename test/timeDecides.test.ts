import { IntentNames, SlotNames } from '../lambda/constants';
import { translatorFor } from '../lambda/i18n';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';

/** "I've got ten minutes": the time someone has picks the exercise, said before it starts. */
describe.each(['en-US', 'de-DE'] as const)('time decides the exercise in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);
  const t = translatorFor(locale);
  const withTime = (value: string) => ({ [SlotNames.Duration]: { value } });

  test('ten minutes: the short relaxation (6 to 7 minutes), announced with the time and its length', async () => {
    const reply = await talkTo(newCaller(locale)).intent(IntentNames.StartRelaxation, withTime('PT10M'));
    const announce = say('play.announce', { variant: t('pmr:variant.short'), from: 6, to: 7 });
    expect(reply.speech).toContain(`${say('play.forMinutes', { minutes: 10 })} ${announce}`);
    expect(reply.speech).toContain(segmentSsml(locale, 'short', 0));
    expect(reply.ended).toBe(false);
  });

  test('half an hour: the long relaxation; seven minutes: the short one', async () => {
    const long = await talkTo(newCaller(locale)).intent(IntentNames.StartRelaxation, withTime('PT30M'));
    expect(long.speech).toContain(say('play.forMinutes', { minutes: 30 }));
    expect(long.speech).toContain(segmentSsml(locale, 'long', 0));
    const short = await talkTo(newCaller(locale)).intent(IntentNames.StartRelaxation, withTime('PT7M'));
    expect(short.speech).toContain(segmentSsml(locale, 'short', 0));
  });

  test('a few minutes: the three-minute breathing space, not a relaxation, after the first-time caution and a yes', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.intent(IntentNames.StartRelaxation, withTime('PT3M'));
    expect(reply.speech).toContain(`${say('play.forMinutes', { minutes: 3 })} ${say('welcome.mindfulnessCaution')}`);
    expect(reply.speech).not.toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
    const yes = await alexa.intent(IntentNames.Yes);
    expect(yes.speech).toContain(segmentSsml(locale, 'standard', 0, 'breathingSpace'));
  });

  test('a duration that is no time for an exercise starts the standard relaxation as before', async () => {
    const reply = await talkTo(newCaller(locale)).intent(IntentNames.StartRelaxation, withTime('P2D'));
    expect(reply.speech).not.toContain(say('play.forMinutes', { minutes: 2 }));
    expect(reply.speech).toContain(segmentSsml(locale, 'standard', 0));
  });
});
