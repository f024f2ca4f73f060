import { mergeRecords } from '../lambda/state/mergeRecords';
import { recordCompletion } from '../lambda/state/progress';
import { emptyRecord, type Place, type UserRecord } from '../lambda/state/record';

const place = (segment: number): Place => ({
  exercise: 'pmr',
  variant: 'standard',
  segment,
  block: 0,
  blockId: 'neck',
  scriptVersion: 'abc',
  savedAt: '2026-11-28T10:00:00.000Z',
});
const at = (iso: string) => new Date(iso);

/** Two devices read `base`; `theirs` landed first, `ours` must not undo it. */
describe('three-way merge after a concurrent write', () => {
  const base: UserRecord = { ...emptyRecord(), version: 4, place: place(1), tipsHeard: { sleep: [0] } };

  test('the place this turn set wins; an untouched place keeps theirs', () => {
    const theirs = { ...base, version: 5, place: place(2) };
    expect(mergeRecords(base, { ...base, place: place(0) }, theirs).place).toEqual(place(0));
    expect(mergeRecords(base, { ...base, welcomed: true }, theirs).place).toEqual(place(2));
  });

  test('flags only turn on', () => {
    const theirs = { ...base, mindfulnessCautioned: true };
    const merged = mergeRecords(base, { ...base, welcomed: true }, theirs);
    expect(merged).toMatchObject({ welcomed: true, mindfulnessCautioned: true });
  });

  test('heard tips are united; a topic that started over takes this turn\'s list', () => {
    const theirs = { ...base, tipsHeard: { sleep: [0, 1], work: [0] } };
    expect(mergeRecords(base, { ...base, tipsHeard: { sleep: [0, 2] } }, theirs).tipsHeard).toEqual({ sleep: [0, 1, 2], work: [0] });
    expect(mergeRecords(base, { ...base, tipsHeard: { sleep: [3] } }, theirs).tipsHeard.sleep).toEqual([3]);
  });

  test('sessions finished on both devices both count', () => {
    const theirs = { ...base, progress: recordCompletion(base.progress, 10, at('2026-11-28T09:00:00Z')) };
    const ours = { ...base, progress: recordCompletion(base.progress, 5, at('2026-11-28T09:05:00Z')) };
    expect(mergeRecords(base, ours, theirs).progress).toMatchObject({ sessions: 2, minutes: 15 });
  });

  test('ratings from both devices are kept, and consent follows the latest answer', () => {
    const rating = (iso: string, value: number) => ({ at: iso, value, when: 'before' as const });
    const theirs = { ...base, ratingsConsent: true, ratings: [rating('2026-11-28T09:00:00.000Z', 6)] };
    const ours = { ...base, ratingsConsent: true, ratings: [rating('2026-11-28T09:01:00.000Z', 4)] };
    expect(mergeRecords(base, ours, theirs).ratings.map((r) => r.value)).toEqual([6, 4]);
    expect(mergeRecords(base, { ...base, ratingsConsent: false }, theirs).ratingsConsent).toBe(false);
  });

  test('painful areas follow what the person said last; untouched, theirs stand', () => {
    const theirs = { ...base, painfulAreas: ['neck' as const] };
    expect(mergeRecords(base, { ...base }, theirs).painfulAreas).toEqual(['neck']);
    expect(mergeRecords(base, { ...base, painfulAreas: ['lowerBack' as const] }, theirs).painfulAreas).toEqual(['lowerBack']);
  });
});
