import { IntentNames, SlotNames } from '../lambda/constants';
import { addRating, currentStreak, NO_PROGRESS, ratingOfferDue, ratingTrend, recordCompletion } from '../lambda/state/progress';
import { spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { startExercise } from './support/start';
import { plantItem, storedItem } from './support/table';

const DAY = 24 * 3600 * 1000;

describe('progress arithmetic', () => {
  const monday = new Date('2026-11-23T20:00:00Z');
  test('a streak grows on consecutive days, holds within a day and restarts after a gap', () => {
    const one = recordCompletion(NO_PROGRESS, 5.2, monday);
    const sameDay = recordCompletion(one, 10, new Date(monday.getTime() + 3600 * 1000));
    const tuesday = recordCompletion(sameDay, 10, new Date(monday.getTime() + DAY));
    const friday = recordCompletion(tuesday, 10, new Date(monday.getTime() + 4 * DAY));
    expect([one.streak, sameDay.streak, tuesday.streak, friday.streak]).toEqual([1, 1, 2, 1]);
    expect(friday).toMatchObject({ sessions: 4, minutes: 35.2 });
    expect(currentStreak(tuesday, new Date(monday.getTime() + 2 * DAY))).toBe(2);
    expect(currentStreak(tuesday, new Date(monday.getTime() + 3 * DAY))).toBe(0);
  });

  test('a rating within half an hour of finishing counts as after, otherwise before', () => {
    const done = recordCompletion(NO_PROGRESS, 5, monday);
    const after = addRating([], 3, done, new Date(monday.getTime() + 10 * 60 * 1000));
    const both = addRating(after, 7, done, new Date(monday.getTime() + DAY));
    expect(both.map((r) => r.when)).toEqual(['after', 'before']);
  });

  test('the trend speaks of the last three ratings, and of a month ago only when there are ratings that old', () => {
    const at = (days: number, value: number) => ({ at: new Date(monday.getTime() + days * DAY).toISOString(), value, when: 'after' as const });
    const now = new Date(monday.getTime() + 40 * DAY);
    expect(ratingTrend([at(38, 7), at(39, 5)], now)).toBeNull();
    expect(ratingTrend([at(37, 7), at(38, 5), at(39, 4)], now)).toEqual({ values: [7, 5, 4], monthAgo: null });
    expect(ratingTrend([at(0, 9), at(1, 8), at(37, 7), at(38, 5), at(39, 4)], now)).toEqual({ values: [7, 5, 4], monthAgo: 'lower' });
    expect(ratingTrend([at(0, 2), at(37, 3), at(38, 5), at(39, 6)], now)).toMatchObject({ monthAgo: 'higher' });
    expect(ratingTrend([at(0, 5), at(37, 3), at(38, 5), at(39, 5)], now)).toMatchObject({ monthAgo: 'same' });
    // The average of the last three against the older average: one low last rating is no change.
    expect(ratingTrend([at(0, 6), at(37, 6), at(38, 6), at(39, 3)], now)).toMatchObject({ values: [6, 6, 3], monthAgo: 'same' });
    // A change of under two points is no change; two is.
    expect(ratingTrend([at(0, 4), at(37, 5), at(38, 6), at(39, 5)], now)).toMatchObject({ monthAgo: 'same' });
    expect(ratingTrend([at(0, 4), at(37, 6), at(38, 6), at(39, 6)], now)).toMatchObject({ monthAgo: 'higher' });
  });

  test('a rating is offered at most once a week, and never after the person declined storing them', () => {
    expect(ratingOfferDue(null, null, monday)).toBe(true);
    expect(ratingOfferDue(true, new Date(monday.getTime() - 6 * DAY).toISOString(), monday)).toBe(false);
    expect(ratingOfferDue(true, new Date(monday.getTime() - 7 * DAY).toISOString(), monday)).toBe(true);
    expect(ratingOfferDue(false, null, monday)).toBe(false);
  });
});

describe.each(['en-US', 'de-DE'])('progress in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test('a finished exercise counts; "how am I doing" says so briefly', async () => {
    const alexa = talkTo(newCaller(locale));
    expect((await alexa.intent(IntentNames.Progress)).speech).toContain(say('progress.none'));
    await startExercise(alexa, 'breathingSpace', 'standard');
    const item = await storedItem(alexa.caller.userId);
    expect(item?.progress).toMatchObject({ sessions: 1, streak: 1 });
    const minutes = Math.round((item?.progress as { minutes: number }).minutes);
    const reply = await alexa.intent(IntentNames.Progress);
    expect(reply.speech).toContain(say('progress.sessions', { count: 1, minutes }));
    expect(reply.ended).toBe(false);
  });

  test('a streak of several days is mentioned', async () => {
    const caller = newCaller(locale);
    const yesterday = new Date(Date.now() - DAY);
    await plantItem(caller.userId, {
      version: 1,
      welcomed: true,
      progress: { sessions: 6, minutes: 61, streak: 3, lastDay: yesterday.toISOString().slice(0, 10), lastCompletedAt: yesterday.toISOString() },
    });
    const reply = await talkTo(caller).intent(IntentNames.Progress);
    expect(reply.speech).toContain(say('progress.sessions', { count: 6, minutes: 61 }));
    expect(reply.speech).toContain(say('progress.streak', { count: 3 }));
  });

  test('a tension rating is stored only after the person agrees, and deleted with everything', async () => {
    const alexa = talkTo(newCaller(locale));
    const rate = (value: string) => alexa.intent(IntentNames.RateTension, { [SlotNames.Rating]: { value } });
    expect((await rate('6')).speech).toContain(say('rating.askConsent'));
    expect((await alexa.intent(IntentNames.No)).speech).toContain(say('rating.notStored'));
    expect((await storedItem(alexa.caller.userId))?.ratings ?? []).toEqual([]);

    expect((await rate('7')).speech).toContain(say('rating.askConsent'));
    expect((await alexa.intent(IntentNames.Yes)).speech).toContain(say('rating.stored', { value: 7 }));
    expect((await rate('4')).speech).toContain(say('rating.stored', { value: 4 }));
    expect((await storedItem(alexa.caller.userId))?.ratings).toHaveLength(2);
    expect((await alexa.intent(IntentNames.Progress)).speech).toContain(say('progress.ratingsFew', { count: 2 }));
    expect((await rate('eleven')).speech).toContain(say('rating.askValue'));

    await alexa.intent(IntentNames.DeleteData);
    await alexa.intent(IntentNames.Yes);
    expect(await storedItem(alexa.caller.userId)).toBeUndefined();
  });
});
