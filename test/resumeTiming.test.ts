import { IntentNames, SlotNames } from '../lambda/constants';
import { renderSegment, segmentTimeline } from '../lambda/engine/segments';
import { allExercises, findExercise, findVariant } from '../lambda/exercises/catalog';
import { translatorFor } from '../lambda/i18n';
import { parseRecord } from '../lambda/state/record';
import { RESUME_BIAS_SECONDS, settle, SETTLE_MARGIN_SECONDS } from '../lambda/state/settlePlace';
import { segmentSsml, spoken, spokenPlace } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { storedItem } from './support/table';

const SENT = new Date('2026-12-01T08:00:00.000Z');
const LEAD_IN = 7.5;
const errors: number[] = [];

/**
 * Interruptions at every second across every segment of every exercise, from every block
 * a segment can start at: the block resumed never starts after the interruption, and is at
 * most one block before the one that was playing.
 */
describe.each(['en-US', 'de-DE'] as const)('where an interrupted segment resumes, in %s', (locale) => {
  const t = translatorFor(locale);
  for (const exercise of allExercises()) {
    for (const variant of Object.values(exercise.variants)) {
      test(`${exercise.id} ${variant.id}`, () => {
        for (const [segment, blocks] of variant.segments.entries()) {
          for (const start of blocks.keys()) {
            const timeline = segmentTimeline(variant, segment, t, locale, start);
            const last = timeline.at(-1)!;
            const end = last.start + last.seconds;
            expect(end).toBeCloseTo(renderSegment(variant, segment, t, locale, start).seconds, 6);
            // Up to the end, less the tolerance settle() allows for sums added in another order.
            for (let into = 0; into < end - 1e-6; into += 1) {
              const outcome = settle(LEAD_IN + into, LEAD_IN, timeline, SENT);
              if (outcome.kind !== 'inside') throw new Error(`${segment}.${start} at ${into}s: ${outcome.kind}`);
              const playing = timeline.filter((b) => b.start <= into).at(-1)!;
              const resumed = timeline.find((b) => b.index === outcome.block)!;
              expect(resumed.start).toBeLessThanOrEqual(into);
              expect(outcome.block).toBeGreaterThanOrEqual(playing.index - 1);
              expect(outcome.block).toBeLessThanOrEqual(playing.index);
              errors.push(into - resumed.start);
            }
            expect(settle(LEAD_IN + end, LEAD_IN, timeline, SENT).kind).toBe('heardToEnd');
            expect(settle(LEAD_IN + end + SETTLE_MARGIN_SECONDS - 1, LEAD_IN, timeline, SENT).kind).toBe('heardToEnd');
            expect(settle(LEAD_IN + end + SETTLE_MARGIN_SECONDS + 1, LEAD_IN, timeline, SENT).kind).toBe('unknown');
            expect(settle(-1, LEAD_IN, timeline, SENT).kind).toBe('unknown');
            expect(settle(Number.NaN, LEAD_IN, timeline, SENT).kind).toBe('unknown');
          }
        }
      });
    }
  }
});

describe('an interrupted relaxation through the skill (en-US, standard, first segment)', () => {
  const locale = 'en-US';
  const standard = findVariant(findExercise('pmr')!, 'standard');
  const timeline = segmentTimeline(standard, 0, translatorFor(locale), locale);
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test.each(timeline.slice(1).map((b) => [b.index, b.start] as const))(
    '"Alexa, pause" 5 s into block %i keeps that block, and resume starts there, named once',
    async (index, start) => {
      const alexa = talkTo(newCaller(locale));
      await alexa.launch();
      const stored = parseRecord(await storedItem(alexa.caller.userId));
      alexa.advance((stored.place?.sent?.leadInSeconds ?? 0) + start + RESUME_BIAS_SECONDS + 5);
      await alexa.intent(IntentNames.Pause);
      const place = parseRecord(await storedItem(alexa.caller.userId)).place;
      expect(place).toMatchObject({ segment: 0, block: index, blockId: standard.segments[0]![index]!.id });
      expect(place?.sent).toBeUndefined();
      const resumed = await alexa.advance(60).intent(IntentNames.Resume);
      const block = standard.segments[0]![index]!;
      const variant = say('pmr:variant.standard');
      // A block that opens with its part is not named before it (a muscle group); others are.
      expect(resumed.speech).toContain(block.namesItself ? say('play.continueWith', { variant }) : say('play.continueAt', { part: say(block.nameKey), variant }));
      expect(resumed.speech).toContain(renderSegment(standard, 0, translatorFor(locale), locale, index).ssml);
    },
  );

  test('silence after the whole segment moves the place to the next segment; the next session continues there', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    await alexa.listen().advance(16).end('EXCEEDED_MAX_REPROMPTS');
    const place = parseRecord(await storedItem(alexa.caller.userId)).place;
    expect(place).toMatchObject({ segment: 1, block: 0 });
    const resumed = await alexa.advance(3 * 24 * 3600).intent(IntentNames.Resume);
    expect(resumed.speech).toContain(say('play.settle'));
    expect(resumed.speech).toContain(segmentSsml(locale, 'standard', 1));
  });

  test('a session that never ended is settled on the next launch; hours later, the time says nothing and the segment starts again', async () => {
    const alexa = talkTo(newCaller(locale));
    await alexa.launch();
    const offer = await alexa.advance(5 * 3600).launch();
    expect(offer.speech).toContain(say('launch.offer', { part: spokenPlace(locale, 'pmr:block.intro.name'), variant: say('pmr:variant.standard') }));
  });
});

describe('the last segment (en-US, short relaxation)', () => {
  const locale = 'en-US';
  const short = findVariant(findExercise('pmr')!, 'short');
  const lastSegment = short.segments.length - 1;
  const timeline = segmentTimeline(short, lastSegment, translatorFor(locale), locale);
  const second = timeline[1]!;
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  /** A person who has played the short relaxation up to its last segment, which was just sent. */
  async function atTheLastSegment() {
    const alexa = talkTo(newCaller(locale));
    await alexa.intent(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'short', id: 'short' } });
    for (let segment = 1; segment <= lastSegment; segment++) await alexa.intent(IntentNames.Yes);
    return alexa;
  }
  const stored = async (alexa: Awaited<ReturnType<typeof atTheLastSegment>>) => parseRecord(await storedItem(alexa.caller.userId));

  test('stopped inside it, the rest is resumed, and the relaxation counts once', async () => {
    const alexa = await atTheLastSegment();
    expect((await stored(alexa)).progress.sessions).toBe(1);
    const leadIn = (await stored(alexa)).place?.sent?.leadInSeconds ?? 0;
    // "Alexa, stop" in the second block, then "Alexa, ask muscle relaxation to resume".
    await alexa.advance(leadIn + second.start + RESUME_BIAS_SECONDS + 5).end('USER_INITIATED');
    expect((await stored(alexa)).place).toMatchObject({ segment: lastSegment, block: second.index, counted: true });
    const resumed = await alexa.advance(600).intent(IntentNames.Resume);
    expect(resumed.speech).toContain(renderSegment(short, lastSegment, translatorFor(locale), locale, second.index).ssml);
    expect(resumed.speech).toContain(say('play.finished'));
    await alexa.listen().advance(3600).launch();
    expect((await stored(alexa)).progress.sessions).toBe(1);
  });

  test('heard to its end, nothing is kept: the next launch starts anew', async () => {
    const alexa = await atTheLastSegment();
    await alexa.intent(IntentNames.No); // the weekly question about tension, at the very end
    expect((await stored(alexa)).place).toBeNull();
    const later = await atTheLastSegment();
    const next = await later.listen().advance(3 * 24 * 3600).launch();
    expect(next.speech).not.toContain(say('launch.offer', { part: spokenPlace(locale, short.segments[lastSegment]![0]!.nameKey), variant: say('pmr:variant.short') }));
    expect((await stored(later)).progress.sessions).toBe(1);
  });
});

afterAll(() => {
  if (!errors.length) return;
  const sorted = [...errors].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `resume error (seconds from the start of the block resumed to the interruption): ` +
      `median ${median.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}, over ${sorted.length} interruptions`,
  );
});
