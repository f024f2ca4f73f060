import type { PersistenceAdapter } from 'ask-sdk-core';
import { IntentNames, SlotNames } from '../lambda/constants';
import { ANSWERS } from '../lambda/content/answers';
import { TIP_COUNTS, TIP_TOPICS } from '../lambda/content/tips';
import { allExercises } from '../lambda/exercises/catalog';
import { renderSegment, scriptVersion } from '../lambda/engine/segments';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';
import { spoken } from './support/expectations';
import { plantItem } from './support/table';
import { Conversation, type Reply } from '../tools/alexa/Conversation';
import { languageViolations, LIMITS, limitViolations } from './support/limits';
import { newCaller, skillWith, talkTo } from './support/skill';
import { startExercise } from './support/start';

const ECHO_SHOW = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };

/** Storage that always fails: every response then also carries the "not saved" notice. */
const brokenStorage: PersistenceAdapter = {
  getAttributes: () => Promise.reject(new Error('down')),
  saveAttributes: () => Promise.reject(new Error('down')),
};

interface Measured {
  largestChars: number;
  largestBytes: number;
}
const measured: Measured = { largestChars: 0, largestBytes: 0 };

async function expectWithinLimits(reply: Reply | undefined, label: string): Promise<void> {
  if (!reply) return;
  const problems = [...(await limitViolations(reply)), ...languageViolations(reply)];
  expect({ label, problems }).toEqual({ label, problems: [] });
  measured.largestChars = Math.max(measured.largestChars, reply.speech.length);
  measured.largestBytes = Math.max(measured.largestBytes, Buffer.byteLength(JSON.stringify(reply.response)));
}

/**
 * Every response the engine can produce, for every exercise, length and locale, with the
 * longest lead-ins (first-time welcome, re-orientation, storage notice), within Alexa's limits.
 */
describe.each(SUPPORTED_LOCALES)('limits in %s', (locale) => {
  for (const exercise of allExercises()) {
    for (const variant of Object.values(exercise.variants)) {
      test(`${exercise.id} ${variant.id}: every segment, first time, resumed, repeated, storage down`, async () => {
        // An Echo Show: the APL screen travels with every segment and counts towards 24 KB.
        const stored = talkTo({ ...newCaller(locale), supportedInterfaces: ECHO_SHOW });
        const unsaved = new Conversation(skillWith(brokenStorage), newCaller(locale));
        for (const alexa of [stored, unsaved]) {
          const start = await startExercise(alexa, exercise.id, variant.id, (caution) => expectWithinLimits(caution, `${variant.id} caution`));
          await expectWithinLimits(start, `${variant.id} start`);
          for (let i = 1; i < variant.segments.length; i++) {
            await expectWithinLimits(await alexa.intent(IntentNames.Repeat), `${variant.id} repeat ${i - 1}`);
            if (alexa === stored) {
              // A kept place offered in a new session, then continued with a re-orientation.
              await expectWithinLimits(await alexa.intent(IntentNames.Pause), `${variant.id} pause ${i - 1}`);
              await expectWithinLimits(await alexa.launch(), `${variant.id} offer ${i - 1}`);
              await expectWithinLimits(await alexa.intent(IntentNames.Yes), `${variant.id} continue ${i - 1}`);
            }
            await expectWithinLimits(await alexa.intent(IntentNames.Next), `${variant.id} next ${i}`);
          }
          // The first finished exercise asks for a tension rating (at most once a week); no ends it.
          if (alexa.inSession) await expectWithinLimits(await alexa.intent(IntentNames.No), `${variant.id} rating declined`);
          expect(alexa.inSession).toBe(false);
        }
      });
    }
  }

  test('every block of every exercise as a start, resumed after a long break (the longest lead-in)', async () => {
    await talkTo(newCaller(locale)).launch(); // the skill creates the table on its first write
    for (const exercise of allExercises()) {
      for (const variant of Object.values(exercise.variants)) {
        for (const [segment, blocks] of variant.segments.entries()) {
          for (const [block, { id }] of blocks.entries()) {
            const caller = { ...newCaller(locale), supportedInterfaces: ECHO_SHOW };
            const place = { exercise: exercise.id, variant: variant.id, segment, block, blockId: id, scriptVersion: scriptVersion(exercise, variant), savedAt: '2026-01-01T08:00:00.000Z' };
            await plantItem(caller.userId, { welcomed: true, mindfulnessCautioned: true, place, version: 1 });
            const reply = await talkTo(caller).intent(IntentNames.Resume);
            // The opening settles the person itself: the settling line would say the same twice.
            const atOpening = segment === 0 && block === 0;
            expect({ at: `${exercise.id} ${variant.id} ${segment}.${block}`, settles: reply.speech.includes(spoken(locale, 'play.settle')) }).toEqual({
              at: `${exercise.id} ${variant.id} ${segment}.${block}`,
              settles: !atOpening,
            });
            expect(reply.speech).toContain(renderSegment(variant, segment, translatorFor(locale), locale, block).ssml);
            await expectWithinLimits(reply, `${exercise.id} ${variant.id} ${segment}.${block}`);
          }
        }
      }
    }
  });

  test('every tip of every topic, once round and into the second round, and every answer', async () => {
    const alexa = talkTo(newCaller(locale));
    for (const topic of TIP_TOPICS) {
      for (let i = 0; i <= TIP_COUNTS[topic]; i++) {
        const reply = await alexa.intent(IntentNames.Tip, { [SlotNames.Topic]: { value: topic, id: topic } });
        await expectWithinLimits(reply, `tip ${topic} ${i}`);
      }
    }
    for (const intentName of ANSWERS.keys()) await expectWithinLimits(await alexa.intent(intentName), intentName);
    await expectWithinLimits(await alexa.intent(IntentNames.StartMindfulness), 'mindfulness menu');
    await expectWithinLimits(await alexa.intent(IntentNames.Progress), 'progress');
    await expectWithinLimits(await alexa.intent(IntentNames.RateTension, { [SlotNames.Rating]: { value: '5' } }), 'rating consent');
    await expectWithinLimits(await alexa.intent(IntentNames.Yes), 'rating stored');
    await expectWithinLimits(await alexa.intent(IntentNames.DeleteData), 'delete question');
    await expectWithinLimits(await alexa.intent(IntentNames.No), 'delete declined');
    await expectWithinLimits(await alexa.intent(IntentNames.Help), 'help after the menu');
  });

  test('every time said, precise and vague, as a first start', async () => {
    const times = [{ [SlotNames.Duration]: { value: 'PT10M' } }, ...['few', 'some', 'plenty'].map((id) => ({ [SlotNames.Amount]: { value: id, id } }))];
    for (const slots of times) {
      const alexa = talkTo({ ...newCaller(locale), supportedInterfaces: ECHO_SHOW });
      await expectWithinLimits(await alexa.intent(IntentNames.TimeAvailable, slots), `time ${JSON.stringify(slots)}`);
      if (alexa.inSession) await expectWithinLimits(await alexa.intent(IntentNames.Yes), `time ${JSON.stringify(slots)}, yes`);
    }
  });

  test('help, fallback, stop and the launch offer in every state', async () => {
    const alexa = talkTo(newCaller(locale));
    const turns: (() => Promise<Reply | undefined>)[] = [
      () => alexa.intent(IntentNames.Help),
      () => alexa.intent(IntentNames.Fallback),
      () => alexa.intent(IntentNames.Yes),
      () => alexa.intent(IntentNames.Repeat),
      () => alexa.intent(IntentNames.Stop),
      () => alexa.launch(),
      () => alexa.intent(IntentNames.Help),
      () => alexa.intent(IntentNames.Fallback),
      () => alexa.intent(IntentNames.Pause),
      () => alexa.launch(),
      () => alexa.intent(IntentNames.Help),
      () => alexa.intent(IntentNames.No),
      () => alexa.intent(IntentNames.Yes),
      () => alexa.end('USER_INITIATED'),
    ];
    for (const [i, turn] of turns.entries()) await expectWithinLimits(await turn(), `turn ${i}`);
  });
});

afterAll(() => {
  // Figures for the issue notes; the assertions above are what guard the limits.
  console.log(
    `largest response: ${measured.largestChars} of ${LIMITS.speechChars} SSML characters, ` +
      `${(measured.largestBytes / 1024).toFixed(1)} of 24 KB`,
  );
});
