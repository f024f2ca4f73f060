import { IntentNames, SlotNames } from '../lambda/constants';
import { ANSWERS } from '../lambda/content/answers';
import { findExercise, findVariant } from '../lambda/exercises/catalog';
import { parseRecord, type UserRecord } from '../lambda/state/record';
import type { Conversation, Reply } from '../tools/alexa/Conversation';
import { spoken } from './support/expectations';
import { languageViolations, limitViolations } from './support/limits';
import { newCaller, talkTo } from './support/skill';
import { askFor } from './support/start';
import { storedItem } from './support/table';

/**
 * The conversation explorer: from every flow state, every event (each intent, silence, a
 * new session), then two more events, in English and German, through the real handler and
 * dynalite. Every response is checked for what a listener would notice.
 */
type Event = { readonly label: string; readonly send: (alexa: Conversation) => Promise<Reply | undefined> };

const slotted = (name: string, slots: Record<string, { value: string; id?: string }>): Event => ({
  label: `${name}(${Object.values(slots).map((s) => s.id ?? s.value).join(',')})`,
  send: (alexa) => alexa.intent(name, slots),
});
const plain = (name: string): Event => ({ label: name, send: (alexa) => alexa.intent(name) });

const EVENTS: readonly Event[] = [
  ...[
    IntentNames.Yes, IntentNames.No, IntentNames.Help, IntentNames.Fallback, IntentNames.Stop, IntentNames.Cancel,
    IntentNames.NavigateHome, IntentNames.Pause, IntentNames.PauseForNow, IntentNames.ItHurts, IntentNames.Resume, IntentNames.ResumeWhereLeftOff, IntentNames.Next, IntentNames.Repeat,
    IntentNames.StartOver, IntentNames.Progress, IntentNames.DeleteData, IntentNames.StartMindfulness, IntentNames.Tip,
    IntentNames.SetReminder, IntentNames.ListReminders, IntentNames.CancelReminders, ...ANSWERS.keys(),
  ].map(plain),
  slotted(IntentNames.StartRelaxation, { [SlotNames.Length]: { value: 'long', id: 'long' } }),
  slotted(IntentNames.TimeAvailable, { [SlotNames.Duration]: { value: 'PT10M' } }),
  slotted(IntentNames.TimeAvailable, { [SlotNames.Amount]: { value: 'a few minutes', id: 'few' } }),
  slotted(IntentNames.StartMindfulness, { [SlotNames.Exercise]: { value: 'body scan', id: 'bodyScan' } }),
  slotted(IntentNames.RateTension, { [SlotNames.Rating]: { value: '6' } }),
  slotted(IntentNames.SetPainfulArea, { [SlotNames.Region]: { value: 'lower back', id: 'lowerBack' } }),
  slotted(IntentNames.ClearPainfulAreas, { [SlotNames.Region]: { value: 'neck', id: 'neck' } }),
  plain(IntentNames.SetPainfulArea),
  plain(IntentNames.ClearPainfulAreas),
  plain(IntentNames.ListPainfulAreas),
  plain(IntentNames.StartGentle),
  { label: 'silence', send: (alexa) => alexa.end('EXCEEDED_MAX_REPROMPTS') },
  { label: 'new session', send: (alexa) => alexa.launch() },
];

const pmr = findExercise('pmr');
const SHORT_SEGMENTS = pmr ? findVariant(pmr, 'short').segments.length : 0;

/** How to reach each state of the flow table from a new person. */
const STATES: Readonly<Record<string, (alexa: Conversation) => Promise<unknown>>> = {
  idle: (alexa) => alexa.intent(IntentNames.Help),
  'askedToGoOn (heard to the end)': async (alexa) => (await alexa.launch(), alexa.listen()),
  'askedToGoOn (interrupted)': async (alexa) => (await alexa.launch(), alexa.advance(90)),
  offeredResume: async (alexa) => {
    await alexa.launch();
    await alexa.listen().intent(IntentNames.Pause);
    await alexa.launch();
  },
  offeredTip: (alexa) => alexa.intent(IntentNames.Tip),
  offeredExercise: (alexa) => alexa.intent(IntentNames.WhatIsPmr),
  cautioned: (alexa) => askFor(alexa, 'breathingSpace', 'standard'),
  confirmingReplace: async (alexa) => {
    await alexa.launch();
    await askFor(alexa, 'bodyScan', 'short');
  },
  confirmingDelete: (alexa) => alexa.intent(IntentNames.DeleteData),
  askingRatingConsent: (alexa) => alexa.intent(IntentNames.RateTension, { [SlotNames.Rating]: { value: '4' } }),
  offeredRating: async (alexa) => {
    await askFor(alexa, 'pmr', 'short');
    for (let i = 1; i < SHORT_SEGMENTS; i++) await alexa.intent(IntentNames.Yes);
  },
  'askedToGoOn (gentle)': async (alexa) => (await alexa.intent(IntentNames.StartGentle), alexa.listen()),
  'askedToGoOn (a painful area)': async (alexa) => {
    await alexa.intent(IntentNames.SetPainfulArea, { [SlotNames.Region]: { value: 'neck', id: 'neck' } });
    await alexa.intent(IntentNames.Yes);
    alexa.advance(60);
  },
};

/** Events that may move the place back: the person asked to hear something again or to begin anew. */
const MAY_GO_BACK = new Set<string>([IntentNames.StartOver, IntentNames.Repeat, IntentNames.StartRelaxation, IntentNames.TimeAvailable, IntentNames.StartMindfulness, IntentNames.StartGentle]);

const outside = (ssml: string) =>
  ssml
    .replace(/<prosody[^>]*>[\s\S]*?<\/prosody>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const sentences = (text: string) => text.match(/[^.?!]+[.?!]+/g)?.map((s) => s.trim()) ?? [];
const order = (record: UserRecord) => (record.place ? record.place.segment * 1000 + record.place.block : -1);

async function problemsOf(reply: Reply, before: UserRecord, after: UserRecord, event: string, flowBefore: string, finished: readonly string[]): Promise<string[]> {
  const problems = [...(await limitViolations(reply)), ...languageViolations(reply)];
  const said = sentences(outside(reply.speech));
  const twice = said.filter((s, i) => said.indexOf(s) !== i);
  if (twice.length) problems.push(`said twice: ${twice[0]}`);
  if (!reply.ended) {
    const questions = said.filter((s) => s.endsWith('?'));
    if (questions.length !== 1) problems.push(`an open session asks ${questions.length} questions: ${said.join(' | ')}`);
  }
  const sameExercise = before.place && after.place && before.place.exercise === after.place.exercise && before.place.variant === after.place.variant;
  const agreedToStart = event === IntentNames.Yes && (flowBefore === 'offeredExercise' || flowBefore === 'cautioned');
  if (sameExercise && order(after) < order(before) && !MAY_GO_BACK.has(event) && !agreedToStart) {
    problems.push(`the place moved back from ${order(before)} to ${order(after)}`);
  }
  // One place is kept: another exercise replaces it only after the person agreed (and, before the first mindfulness, heard the caution).
  const agreedToReplace = event === IntentNames.Yes && (flowBefore === 'confirmingReplace' || flowBefore === 'cautioned');
  // A place still at its very first block holds nothing to lose, so it is replaced without a question.
  if (before.place && after.place && !sameExercise && !agreedToReplace && order(before) > 0) {
    problems.push(`the place in ${before.place.exercise} ${before.place.variant} was replaced without asking`);
  }
  const finishes = finished.some((f) => reply.speech.includes(f));
  // "Yes" to deleting the data starts the count again from nothing; anything else counts only a finished exercise.
  if (event === IntentNames.Yes && flowBefore === 'confirmingDelete') {
    if (after.progress.sessions !== 0) problems.push(`deleted, but ${after.progress.sessions} sessions are still counted`);
  } else {
    const counted = after.progress.sessions - before.progress.sessions;
    // A last segment heard again (repeated, or resumed inside it) counted when it was first sent; a new start counts again.
    const allowed = !finishes ? [0] : before.place?.counted === true ? [0, 1] : [1];
    if (!allowed.includes(counted)) problems.push(`counted ${counted} sessions, finished: ${finishes}`);
  }
  return problems;
}

/** Runs tasks a few at a time: enough to overlap the waits on storage, not so many that it times out. */
async function inBatches<T>(tasks: readonly (() => Promise<T>)[], size = 6): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += size) results.push(...(await Promise.all(tasks.slice(i, i + size).map((task) => task()))));
  return results;
}

const covered = new Set<string>();
let responses = 0;

describe.each(['en-US', 'de-DE'])('explorer in %s', (locale) => {
  const finished = [spoken(locale, 'play.finished'), spoken(locale, 'play.finishedRatingOffer')];
  for (const [state, reach] of Object.entries(STATES)) {
    test(`from ${state}: every event, then two more`, async () => {
      // Each path is its own person, so a few run side by side.
      const failures = (
        await inBatches(
          EVENTS.map((first, i) => async () => {
            const found: string[] = [];
            const alexa = talkTo(newCaller(locale));
            await reach(alexa);
            const path = [first, EVENTS[(i * 7 + 3) % EVENTS.length]!, EVENTS[(i * 11 + 5) % EVENTS.length]!];
            let record = parseRecord(await storedItem(alexa.caller.userId));
            for (const [depth, event] of path.entries()) {
              const flowBefore = String(alexa.sessionAttributes.flow?.kind ?? 'none');
              const reply = await event.send(alexa);
              const after = parseRecord(await storedItem(alexa.caller.userId));
              if (reply) {
                responses += 1;
                const name = event.label.replace(/\(.*\)$/, '');
                for (const problem of await problemsOf(reply, record, after, name, flowBefore, finished)) {
                  found.push(`${state} > ${path.slice(0, depth + 1).map((e) => e.label).join(' > ')}: ${problem}`);
                }
              }
              if (depth === 0) covered.add(`${state} x ${event.label}`);
              record = after;
              alexa.advance(20);
            }
            return found;
          }),
        )
      ).flat();
      expect(failures).toEqual([]);
    });
  }
});

afterAll(() => {
  console.log(`explorer: ${covered.size} states x events (${Object.keys(STATES).length} states, ${EVENTS.length} events), ${responses} responses checked per run`);
});
