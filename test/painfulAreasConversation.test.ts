import { IntentNames, SlotNames } from '../lambda/constants';
import { renderSegment } from '../lambda/engine/segments';
import { escapeSsml } from '../lambda/engine/ssml';
import { attentionOnly } from '../lambda/exercises/attentionOnly';
import { pmr } from '../lambda/exercises/pmr';
import { supportedLocale, translatorFor } from '../lambda/i18n';
import { attentionOpening, attentionReminder } from '../lambda/speech/attentionOpening';
import { parseRecord } from '../lambda/state/record';
import { readFileSync } from 'node:fs';
import type { RequestEnvelope } from 'ask-sdk-model';
import { handler } from '../lambda/index';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { plantItem, storedItem } from './support/table';

const DAY = 24 * 3600;
const region = (id: string) => ({ [SlotNames.Region]: { value: id, id } });

/** The golden SkillDisabled event (test/fixtures/lifecycle/), for another person. */
function skillDisabled(userId: string): RequestEnvelope {
  const text = readFileSync('test/fixtures/lifecycle/skill-disabled.json', 'utf8');
  const fixture = JSON.parse(text) as RequestEnvelope;
  return JSON.parse(text.replaceAll(fixture.context.System.user.userId, userId)) as RequestEnvelope;
}

/** The adapted narration of a segment, as the engine renders it. */
function adaptedSsml(locale: string, variantId: string, index: number, scope: Parameters<typeof attentionOnly>[2]): string {
  const lng = supportedLocale(locale);
  return renderSegment(attentionOnly(pmr, pmr.variants[variantId]!, scope), index, translatorFor(lng), lng).ssml;
}

describe.each(['en-US', 'de-DE'])('painful areas and the gentle practice in %s, through the handler and dynalite', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);
  const t = translatorFor(supportedLocale(locale));

  test('an area named, played, paused, and remembered in a new session days later until it is better', async () => {
    const alexa = talkTo(newCaller(locale));
    const noted = await alexa.intent(IntentNames.SetPainfulArea, region('lowerBack'));
    expect(noted.speech).toContain(escapeSsml(t('areas.noted', { regions: t('pmr:attention.region.lowerBack.name'), better: t('areas.better.lowerBack') })));
    expect(noted.speech).toContain(say('offer.question', { variant: say('pmr:variant.standard') }));
    expect((await storedItem(alexa.caller.userId))?.painfulAreas).toEqual(['lowerBack']);

    const first = await alexa.intent(IntentNames.Yes);
    const opening = escapeSsml(attentionOpening(['lowerBack'], t, supportedLocale(locale)));
    expect(first.speech.split(opening).length - 1).toBe(1);
    expect(first.speech).toContain(adaptedSsml(locale, 'standard', 0, ['lowerBack']));
    const second = await alexa.listen().intent(IntentNames.Yes);
    // The trunk group is noticed, not tensed; the opening is not said again.
    expect(second.speech).toContain(adaptedSsml(locale, 'standard', 1, ['lowerBack']));
    expect(second.speech).not.toContain(segmentSsml(locale, 'standard', 1));
    expect(second.speech).not.toContain(opening);
    await alexa.advance(20).intent(IntentNames.Pause);

    alexa.advance(3 * DAY);
    const offer = await alexa.launch();
    expect(offer.ended).toBe(false);
    const resumed = await alexa.intent(IntentNames.Yes);
    expect(resumed.speech).toContain(escapeSsml(attentionReminder(['lowerBack'], t, supportedLocale(locale))));
    // Days later the trunk group is still only noticed.
    expect(resumed.speech).toContain(escapeSsml(t('pmr:attention.group.trunk7')));

    const listed = await alexa.intent(IntentNames.ListPainfulAreas);
    expect(listed.speech).toContain(escapeSsml(t('areas.list', { regions: t('pmr:attention.region.lowerBack.name') })));
    expect(listed.speech).toContain(say('resume.question', { variant: say('pmr:variant.standard') }));
    const better = await alexa.intent(IntentNames.ClearPainfulAreas, region('lowerBack'));
    expect(better.speech).toContain(escapeSsml(t('areas.cleared', { regions: t('pmr:attention.region.lowerBack.name') })));
    expect((await storedItem(alexa.caller.userId))?.painfulAreas).toEqual([]);
  });

  test('mid-exercise, an area is answered with an offer to go on, and applies from the next group played', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    const noted = await alexa.listen().intent(IntentNames.SetPainfulArea, region('neck'));
    expect(noted.speech).toContain(say('resume.question', { variant: say('pmr:variant.standard') }));
    expect(noted.ended).toBe(false);
    const next = await alexa.intent(IntentNames.Yes);
    expect(next.speech).toContain(adaptedSsml(locale, 'standard', 1, ['neck']));
  });

  test('no area heard: the skill asks which, once, with a reprompt; a second area is added in body order', async () => {
    const alexa = talkTo(newCaller(locale));
    const asked = await alexa.intent(IntentNames.SetPainfulArea);
    expect(asked.speech.split('?').length - 1).toBe(1);
    expect(asked.speech).toContain(say('areas.askWhich'));
    expect(asked.reprompt).toContain(say('areas.askWhichReprompt'));
    await alexa.intent(IntentNames.SetPainfulArea, region('feet'));
    await alexa.intent(IntentNames.SetPainfulArea, region('neck'));
    const again = await alexa.intent(IntentNames.SetPainfulArea, region('neck'));
    expect(again.speech).toContain(escapeSsml(t('areas.already', { regions: t('pmr:attention.region.neck.name') })));
    expect((await storedItem(alexa.caller.userId))?.painfulAreas).toEqual(['neck', 'feet']);
    const all = await alexa.intent(IntentNames.ClearPainfulAreas);
    expect(all.speech).toContain(say('areas.clearedAll'));
    expect((await alexa.intent(IntentNames.ListPainfulAreas)).speech).toContain(say('areas.none'));
  });

  test('a gentle practice is a place like any other: paused, it resumes gentle in a later session', async () => {
    const alexa = talkTo(newCaller(locale));
    const first = await alexa.intent(IntentNames.StartGentle);
    expect(first.speech).toContain(say('welcome.firstTimeGentle'));
    expect(first.speech).toContain(escapeSsml(attentionOpening('all', t, supportedLocale(locale))));
    expect(first.speech).not.toContain(say('welcome.safety'));
    expect(first.speech).toContain(adaptedSsml(locale, 'standard', 0, 'all'));
    await alexa.listen().intent(IntentNames.Pause);
    expect((await storedItem(alexa.caller.userId))?.place).toMatchObject({ gentle: true, segment: 1 });

    alexa.advance(DAY);
    const resumed = await alexa.intent(IntentNames.Resume);
    expect(resumed.speech).toContain(adaptedSsml(locale, 'standard', 1, 'all'));
    expect(resumed.speech).toContain(say('pmr:attention.variant.standard'));
    // The usual relaxation of the same length would replace the gentle place: asked first.
    const replace = await alexa.intent(IntentNames.StartRelaxation);
    expect(replace.speech).toContain(say('replace.question', { variant: say('pmr:variant.standard') }));
    await alexa.intent(IntentNames.No);
    await alexa.intent(IntentNames.Pause);
    // And the other way round: the question names the gentle practice.
    const caller = newCaller(locale);
    await plantItem(caller.userId, { version: 1, welcomed: true, place: (await storedItem(alexa.caller.userId))?.place });
    const gentleOver = await talkTo(caller).intent(IntentNames.StartGentle, { [SlotNames.Length]: { value: 'short', id: 'short' } });
    expect(gentleOver.speech).toContain(say('replace.question', { variant: say('pmr:attention.variant.short') }));
  });

  test('the stored areas are validated on read, and deleted with everything on SkillDisabled', async () => {
    expect(parseRecord({ painfulAreas: ['neck', 'elbowOfDoom', 7, 'neck', 'lowerBack'] }).painfulAreas).toEqual(['neck', 'lowerBack']);
    expect(parseRecord({ painfulAreas: 'neck' }).painfulAreas).toEqual([]);
    const caller = newCaller(locale);
    await plantItem(caller.userId, { version: 1, welcomed: true, painfulAreas: ['hips', { bad: true }] });
    const alexa = talkTo(caller);
    const listed = await alexa.intent(IntentNames.ListPainfulAreas);
    expect(listed.speech).toContain(escapeSsml(t('areas.list', { regions: t('pmr:attention.region.hips.name') })));
    await handler(skillDisabled(caller.userId));
    expect(await storedItem(caller.userId)).toBeUndefined();
  });

  test('an area spared for four weeks is reviewed once at the start of a relaxation; the date is stored and restarts', async () => {
    const caller = newCaller(locale);
    const monthAgo = new Date(Date.now() - 30 * DAY * 1000).toISOString();
    await plantItem(caller.userId, { version: 1, welcomed: true, painfulAreas: ['lowerBack'], painfulAreasSince: monthAgo });
    const review = escapeSsml(t('areas.review', { count: 1, regions: t('pmr:attention.region.lowerBack.name'), better: t('areas.better.lowerBack') }));
    const alexa = talkTo(caller);
    const started = await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'short', id: 'short' } });
    expect(started.speech).toContain(review);
    const since = (await storedItem(caller.userId))?.painfulAreasSince;
    expect(typeof since === 'string' && Date.parse(since) > Date.parse(monthAgo)).toBe(true);
    await alexa.intent(IntentNames.Pause);
    const again = await talkTo(caller).intent(IntentNames.StartOver);
    // A fresh start that spares the area again, now without the review.
    expect(again.speech).toContain(escapeSsml(attentionOpening(['lowerBack'], t, supportedLocale(locale))));
    expect(again.speech).not.toContain(review);
  });

  test('ratings: offered after a finished exercise at most once a week; "how am I doing" gives their trend', async () => {
    const caller = newCaller(locale);
    const at = (daysAgo: number, value: number) => ({ at: new Date(Date.now() - daysAgo * DAY * 1000).toISOString(), value, when: 'after' });
    await plantItem(caller.userId, {
      version: 1,
      welcomed: true,
      ratingsConsent: true,
      ratings: [at(40, 8), at(3, 7), at(2, 5), at(1, 4)],
      ratingOfferedAt: new Date(Date.now() - 2 * DAY * 1000).toISOString(),
    });
    const alexa = talkTo(caller);
    const progress = await alexa.intent(IntentNames.Progress);
    expect(progress.speech).toContain(say('progress.trend', { list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(['7', '5', '4']) }));
    expect(progress.speech).toContain(say('progress.monthAgo.lower'));
    // Offered two days ago: this finish ends with the goodbye.
    await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'short', id: 'short' } });
    let last = await alexa.listen().intent(IntentNames.Yes);
    while (!last.ended) last = await alexa.listen().intent(IntentNames.Yes);
    expect(last.speech).toContain(say('play.finished'));
    // A week on, the finish asks; a number is stored at once (consent was given).
    alexa.advance(8 * DAY);
    await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'short', id: 'short' } });
    last = await alexa.listen().intent(IntentNames.Yes);
    while (last.speech.includes(say('play.goOn'))) last = await alexa.listen().intent(IntentNames.Yes);
    expect(last.speech).toContain(say('play.finishedRatingOffer'));
    const stored = await alexa.intent(IntentNames.RateTension, { [SlotNames.Rating]: { value: '3' } });
    expect(stored.speech).toContain(say('rating.stored', { value: 3 }));
  });
});
