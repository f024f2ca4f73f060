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
});
