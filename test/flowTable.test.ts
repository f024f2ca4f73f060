import { ANSWERS } from '../lambda/content/answers';
import { IntentNames } from '../lambda/constants';
import type { FlowEvent } from '../lambda/flow/events';
import { transition, type FlowContext } from '../lambda/flow/table';
import type { Flow } from '../lambda/state/flow';
import { emptyRecord, type UserRecord } from '../lambda/state/record';

const NOW = new Date('2026-03-02T07:30:00.000Z');
const PLACE: UserRecord['place'] = {
  exercise: 'pmr', variant: 'standard', segment: 1, block: 0, blockId: 'neck', scriptVersion: 'old', savedAt: '2026-03-02T07:00:00.000Z',
};
const FLOWS: readonly Flow[] = [
  { kind: 'idle' },
  { kind: 'askedToGoOn', sentAt: NOW.toISOString() },
  { kind: 'offeredResume' },
  { kind: 'offeredTip', topic: 'sleep' },
  { kind: 'offeredExercise', exercise: 'breathingSpace' },
  { kind: 'cautioned', exercise: 'bodyScan', variant: 'short' },
  { kind: 'confirmingReplace', exercise: 'bodyScan', variant: 'short' },
  { kind: 'confirmingDelete' },
  { kind: 'askingRatingConsent', value: 4 },
  { kind: 'offeredRating' },
];
const EVENTS: readonly FlowEvent[] = [
  ...(['launch', 'yes', 'no', 'help', 'fallback', 'pause', 'resume', 'next', 'repeat', 'startOver', 'progress', 'deleteData', 'sessionEnded'] as const).map(
    (type) => ({ type }),
  ),
  { type: 'startRelaxation', variant: 'long' },
  { type: 'startMindfulness' },
  { type: 'startMindfulness', exercise: 'breath' },
  { type: 'tip' },
  { type: 'rate', value: 6 },
  { type: 'rate' },
  { type: 'setReminder', said: '20:00' },
  { type: 'listReminders' },
  { type: 'cancelReminders' },
  { type: 'startGentle' },
  { type: 'startGentle', variant: 'short' },
  { type: 'setPainfulArea', region: 'lowerBack' },
  { type: 'setPainfulArea' },
  { type: 'clearPainfulAreas', region: 'neck' },
  { type: 'clearPainfulAreas' },
  { type: 'listPainfulAreas' },
  { type: 'pause', hurts: true },
  ...[...ANSWERS.values()].map((answer) => ({ type: 'answer', answer }) as const),
];

const context = (flow: Flow, record: Partial<UserRecord> = {}): FlowContext => ({
  flow, record: { ...emptyRecord(), place: PLACE, welcomed: true, ...record }, continuing: false, now: NOW,
});

describe('the flow table', () => {
  test.each(FLOWS.map((f) => [f.kind, f] as const))('from %s, every event leads to a defined state, and an open answer ends on one question', (_kind, flow) => {
    for (const event of EVENTS) {
      const { flow: next, effects } = transition(context(flow), event);
      const last = effects.at(-1)?.type;
      if (event.type === 'sessionEnded') expect(effects).toEqual([]);
      else expect(['ask', 'end', 'play', 'deleteData', 'reminders']).toContain(last);
      expect(effects.filter((e) => e.type === 'ask')).toHaveLength(last === 'ask' ? 1 : 0);
      expect(typeof next.kind).toBe('string');
      // The same input gives the same output: the table reads nothing but its arguments.
      expect(transition(context(flow), event)).toEqual({ flow: next, effects });
    }
  });

  test('a side request while an exercise plays leaves an offer to go on with it', () => {
    for (const event of [{ type: 'help' }, { type: 'fallback' }, { type: 'progress' }] as const) {
      expect(transition(context({ kind: 'askedToGoOn', sentAt: NOW.toISOString() }), event).flow).toEqual({ kind: 'offeredResume' });
    }
  });

  test('a warning closes the session with nothing offered', () => {
    const warning = ANSWERS.get(IntentNames.WhenToSeeDoctor)!;
    const { flow, effects } = transition(context({ kind: 'idle' }), { type: 'answer', answer: warning });
    expect(flow).toEqual({ kind: 'idle' });
    expect(effects.at(-1)).toEqual({ type: 'end' });
  });

  test('yes after the caution plays the exercise and marks the caution as heard; no offers the relaxation', () => {
    const cautioned: Flow = { kind: 'cautioned', exercise: 'bodyScan', variant: 'short' };
    const yes = transition(context(cautioned), { type: 'yes' });
    expect(yes.effects[0]).toMatchObject({ type: 'play', changes: { mindfulnessCautioned: true }, position: { segment: 0, block: 0 } });
    expect(transition(context(cautioned), { type: 'no' }).flow).toEqual({ kind: 'offeredExercise', exercise: 'pmr', variant: 'short' });
  });

  test('the first mindfulness exercise waits for a yes; later ones start at once', () => {
    const event: FlowEvent = { type: 'startMindfulness', exercise: 'breath' };
    expect(transition(context({ kind: 'idle' }, { place: null }), event).flow.kind).toBe('cautioned');
    expect(transition(context({ kind: 'idle' }, { place: null, mindfulnessCautioned: true }), event).effects[0]?.type).toBe('play');
  });

  test('another exercise would replace the kept place: the person is asked first, and no keeps it', () => {
    const event: FlowEvent = { type: 'startMindfulness', exercise: 'breath' };
    const asked = transition(context({ kind: 'idle' }, { mindfulnessCautioned: true }), event);
    expect(asked.flow).toEqual({ kind: 'confirmingReplace', exercise: 'breath', variant: 'short' });
    expect(asked.effects.some((e) => e.type === 'play' || e.type === 'update')).toBe(false);
    expect(transition(context(asked.flow, { mindfulnessCautioned: true }), { type: 'yes' }).effects[0]?.type).toBe('play');
    const no = transition(context(asked.flow, { mindfulnessCautioned: true }), { type: 'no' });
    expect(no.flow).toEqual({ kind: 'offeredResume' });
    expect(no.effects.some((e) => e.type === 'play' || e.type === 'update')).toBe(false);
    // The same exercise and length, asked for anew, starts without asking.
    expect(transition(context({ kind: 'idle' }), { type: 'startOver' }).effects.some((e) => e.type === 'play')).toBe(true);
  });

  test('"go on" to the rating question after an exercise ended says goodbye rather than starting a new one', () => {
    const ended = transition(context({ kind: 'offeredRating' }, { place: null }), { type: 'resume' });
    expect(ended.effects.some((e) => e.type === 'play')).toBe(false);
    expect(ended.effects.at(-1)).toEqual({ type: 'end' });
  });

  test('a place still at its first block holds nothing to lose: another exercise starts without the question', () => {
    const atOpening = { ...PLACE, segment: 0, block: 0, blockId: 'opening' } as NonNullable<UserRecord['place']>;
    const started = transition(context({ kind: 'idle' }, { mindfulnessCautioned: true, place: atOpening }), { type: 'startMindfulness', exercise: 'breath' });
    expect(started.flow.kind).not.toBe('confirmingReplace');
    expect(started.effects[0]?.type).toBe('play');
  });

  test('a painful area is noted from any state; mid-exercise it leads back to the exercise, with nothing on offer to the relaxation', () => {
    const set: FlowEvent = { type: 'setPainfulArea', region: 'lowerBack' };
    const mid = transition(context({ kind: 'askedToGoOn', sentAt: NOW.toISOString() }), set);
    expect(mid.flow).toEqual({ kind: 'offeredResume' });
    expect(mid.effects[0]).toEqual({ type: 'update', changes: { painfulAreas: ['lowerBack'], painfulAreasSince: NOW.toISOString() } });
    expect(transition(context({ kind: 'idle' }, { place: null }), set).flow).toEqual({ kind: 'offeredExercise', exercise: 'pmr' });
    expect(transition(context({ kind: 'confirmingDelete' }), set).flow).toEqual({ kind: 'confirmingDelete' });
    // Added in body order; said once again when already noted, with nothing stored.
    const two = transition(context({ kind: 'idle' }, { painfulAreas: ['feet'] }), { type: 'setPainfulArea', region: 'neck' });
    expect(two.effects[0]).toEqual({ type: 'update', changes: { painfulAreas: ['neck', 'feet'], painfulAreasSince: NOW.toISOString() } });
    expect(transition(context({ kind: 'idle' }, { painfulAreas: ['neck'] }), { type: 'setPainfulArea', region: 'neck' }).effects.some((e) => e.type === 'update')).toBe(false);
    // No area heard: one question, with its own reprompt, and nothing stored.
    const which = transition(context({ kind: 'idle' }), { type: 'setPainfulArea' });
    expect(which.effects).toEqual([{ type: 'say', lines: [{ key: 'areas.askWhich' }] }, { type: 'ask', inline: true, reprompt: { key: 'areas.askWhichReprompt' } }]);
    expect(transition(context({ kind: 'confirmingDelete' }), { type: 'setPainfulArea' }).flow).toEqual({ kind: 'idle' });
  });

  test('clearing one area keeps the others; clearing without one clears all', () => {
    const record = { painfulAreas: ['neck', 'lowerBack'] as const };
    const one = transition(context({ kind: 'idle' }, { painfulAreas: [...record.painfulAreas] }), { type: 'clearPainfulAreas', region: 'neck' });
    expect(one.effects[0]).toEqual({ type: 'update', changes: { painfulAreas: ['lowerBack'] } });
    const all = transition(context({ kind: 'idle' }, { painfulAreas: [...record.painfulAreas] }), { type: 'clearPainfulAreas' });
    expect(all.effects[0]).toEqual({ type: 'update', changes: { painfulAreas: [], painfulAreasSince: null } });
    const notNoted = transition(context({ kind: 'idle' }, { painfulAreas: ['lowerBack'] }), { type: 'clearPainfulAreas', region: 'feet' });
    expect(notNoted.effects.some((e) => e.type === 'update')).toBe(false);
    // Inside a kept gentle practice, that practice stays without tensing, and says so.
    const inGentle = transition(context({ kind: 'offeredResume' }, { painfulAreas: ['neck'], place: { ...PLACE!, gentle: true } }), { type: 'clearPainfulAreas' });
    expect(inGentle.effects).toContainEqual({ type: 'say', lines: [{ key: 'areas.clearedAll' }, { key: 'areas.gentleStays' }] });
  });

  test('the opening is said at the start of a relaxation; after a long break a short reminder; within a session nothing', () => {
    const started = transition(context({ kind: 'idle' }, { place: null, painfulAreas: ['neck'] }), { type: 'startRelaxation' });
    expect(started.effects[0]).toMatchObject({ type: 'play', attention: { scope: ['neck'], reminder: false } });
    const gentle = transition(context({ kind: 'idle' }, { place: null }), { type: 'startGentle' });
    expect(gentle.effects[0]).toMatchObject({ type: 'play', attention: { scope: 'all', reminder: false }, position: { gentle: true } });
    // PLACE was saved half an hour before NOW: the same session, no reminder.
    const soon = transition(context({ kind: 'offeredResume' }, { painfulAreas: ['neck'] }), { type: 'yes' });
    expect(soon.effects[0]).not.toHaveProperty('attention');
    const days = transition(context({ kind: 'offeredResume' }, { painfulAreas: ['neck'], place: { ...PLACE!, savedAt: '2026-02-25T07:00:00.000Z' } }), { type: 'yes' });
    expect(days.effects[0]).toMatchObject({ attention: { scope: ['neck'], reminder: true } });
    // A mindfulness exercise has nothing to tense.
    const mindful = transition(context({ kind: 'idle' }, { place: null, painfulAreas: ['neck'], mindfulnessCautioned: true }), { type: 'startMindfulness', exercise: 'breath' });
    expect(mindful.effects[0]).not.toHaveProperty('attention');
  });

  test('areas spared for four weeks are reviewed once at the start of a relaxation, then the clock starts again', () => {
    const at = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();
    const startWith = (record: Partial<UserRecord>) => transition(context({ kind: 'idle' }, { place: null, welcomed: true, ...record }), { type: 'startRelaxation' }).effects[0];
    const review = { key: 'areas.review', options: { regions: { regions: ['neck', 'lowerBack'] }, count: 2, better: { key: 'areas.better.neck' } } };
    const due = startWith({ painfulAreas: ['neck', 'lowerBack'], painfulAreasSince: at(29) });
    expect(due).toMatchObject({ type: 'play', changes: { painfulAreasSince: NOW.toISOString() } });
    expect(due?.type === 'play' && due.leadIn).toContainEqual(review);
    const early = startWith({ painfulAreas: ['neck', 'lowerBack'], painfulAreasSince: at(27) });
    expect(early?.type === 'play' && early.leadIn).not.toContainEqual(review);
    expect(early?.type === 'play' && early.changes).toEqual({ welcomed: true, tensingExplained: true });
    // Areas noted before the date was kept start the clock without a review.
    const undated = startWith({ painfulAreas: ['neck'], painfulAreasSince: null });
    expect(undated?.type === 'play' && undated.leadIn.map((l) => l.key)).not.toContain('areas.review');
    expect(undated).toMatchObject({ changes: { painfulAreasSince: NOW.toISOString() } });
    // The gentle practice spares everything anyway: no review there.
    const gentle = transition(context({ kind: 'idle' }, { place: null, welcomed: true, painfulAreas: ['neck'], painfulAreasSince: at(40) }), { type: 'startGentle' }).effects[0];
    expect(gentle?.type === 'play' && gentle.leadIn.map((l) => l.key)).not.toContain('areas.review');
  });

  test('the short opening only for someone who heard how to tense, finished an exercise, and practised within four weeks', () => {
    const at = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();
    const progress = (days: number) => ({ sessions: 3, minutes: 30, streak: 1, lastDay: at(days).slice(0, 10), lastCompletedAt: at(days) });
    const familiarWith = (record: Partial<UserRecord>, event: FlowEvent = { type: 'startRelaxation' }) => {
      const effect = transition(context({ kind: 'idle' }, { place: null, ...record }), event).effects.find((e) => e.type === 'play');
      return effect?.type === 'play' ? effect.position.familiar === true : undefined;
    };
    expect(familiarWith({ tensingExplained: true, progress: progress(2) })).toBe(true);
    expect(familiarWith({ tensingExplained: true, progress: progress(27) })).toBe(true);
    // After a long gap, the whole explanation again.
    expect(familiarWith({ tensingExplained: true, progress: progress(29) })).toBe(false);
    // Welcomed by the gentle practice, or never finished anything: the whole explanation.
    expect(familiarWith({ tensingExplained: false, progress: progress(2) })).toBe(false);
    expect(familiarWith({ tensingExplained: true })).toBe(false);
    // The gentle practice has its own opening, and does not count as having heard how to tense.
    expect(familiarWith({ tensingExplained: true, progress: progress(2) }, { type: 'startGentle' })).toBe(false);
    const gentle = transition(context({ kind: 'idle' }, { place: null, welcomed: false }), { type: 'startGentle' }).effects[0];
    expect(gentle?.type === 'play' && gentle.changes).not.toHaveProperty('tensingExplained');
  });

  test('"ow, that hurts" keeps the place marked, says the warning signs before the place, and the next resume says to go gently', () => {
    const hurt = transition(context({ kind: 'askedToGoOn', sentAt: NOW.toISOString() }), { type: 'pause', hurts: true });
    expect(hurt.flow).toEqual({ kind: 'idle' });
    expect(hurt.effects[0]).toEqual({ type: 'update', changes: { place: { ...PLACE, hurt: true } } });
    const said = hurt.effects.find((e) => e.type === 'say');
    expect(said?.type === 'say' && said.lines.map((l) => l.key)).toEqual(['pause.hurts', 'pause.hurtsTensing', 'pause.hurtsDoctor', 'pause.hurtsKept']);
    expect(hurt.effects.at(-1)).toEqual({ type: 'end' });
    const resumed = transition(context({ kind: 'idle' }, { place: { ...PLACE!, hurt: true } }), { type: 'resume' }).effects.find((e) => e.type === 'play');
    expect(resumed?.type === 'play' && resumed.leadIn.map((l) => l.key)).toContain('play.afterHurt');
    const plain = transition(context({ kind: 'idle' }), { type: 'resume' }).effects.find((e) => e.type === 'play');
    expect(plain?.type === 'play' && plain.leadIn.map((l) => l.key)).not.toContain('play.afterHurt');
    // In the gentle practice nothing is tensed: no word about tensing, before or after.
    const gentlePlace = { ...PLACE!, gentle: true, hurt: true };
    const inGentle = transition(context({ kind: 'askedToGoOn', sentAt: NOW.toISOString() }, { place: gentlePlace }), { type: 'pause', hurts: true });
    const gentleSaid = inGentle.effects.find((e) => e.type === 'say');
    expect(gentleSaid?.type === 'say' && gentleSaid.lines.map((l) => l.key)).toEqual(['pause.hurts', 'pause.hurtsDoctor', 'pause.kept']);
    const gentleResumed = transition(context({ kind: 'idle' }, { place: gentlePlace }), { type: 'resume' }).effects.find((e) => e.type === 'play');
    expect(gentleResumed?.type === 'play' && gentleResumed.leadIn.map((l) => l.key)).not.toContain('play.afterHurt');
  });

  test('the last segment asks for a rating at most once a week, and never after the person declined storing them', () => {
    const last: UserRecord['place'] = { ...PLACE!, variant: 'short', segment: 4, blockId: 'closing' };
    const finish = (record: Partial<UserRecord>) => transition(context({ kind: 'offeredResume' }, { place: last, ...record }), { type: 'yes' });
    expect(finish({}).flow).toEqual({ kind: 'offeredRating' });
    expect(finish({}).effects[0]).toMatchObject({ offerRating: true, changes: { ratingOfferedAt: NOW.toISOString() } });
    expect(finish({ ratingOfferedAt: '2026-02-27T07:30:00.000Z' }).flow).toEqual({ kind: 'idle' });
    expect(finish({ ratingsConsent: false }).flow).toEqual({ kind: 'idle' });
    expect(transition(context({ kind: 'offeredRating' }), { type: 'no' }).effects.at(-1)).toEqual({ type: 'end' });
  });
});
