import { durationMinutes } from '../lambda/content/durationMinutes';
import { exerciseForMinutes } from '../lambda/content/exerciseForMinutes';
import { findExercise, findVariant } from '../lambda/exercises/catalog';

test('the time someone has picks the longest exercise that ends within it', () => {
  expect(exerciseForMinutes(4)).toEqual({ exercise: 'breathingSpace', variant: 'standard' });
  expect(exerciseForMinutes(6)).toEqual({ exercise: 'breathingSpace', variant: 'standard' });
  // The short relaxation is announced as 6 to 7 minutes, the standard as 10 to 12, the long as 18 to 22.
  expect(exerciseForMinutes(7)).toEqual({ exercise: 'pmr', variant: 'short' });
  expect(exerciseForMinutes(10)).toEqual({ exercise: 'pmr', variant: 'short' });
  expect(exerciseForMinutes(12)).toEqual({ exercise: 'pmr', variant: 'standard' });
  expect(exerciseForMinutes(20)).toEqual({ exercise: 'pmr', variant: 'standard' });
  expect(exerciseForMinutes(30)).toEqual({ exercise: 'pmr', variant: 'long' });
  expect(exerciseForMinutes(90)).toEqual({ exercise: 'pmr', variant: 'long' });
});

test('less time than anything takes still gets the shortest exercise', () => {
  expect(exerciseForMinutes(1)).toEqual({ exercise: 'breathingSpace', variant: 'standard' });
});

test('every choice is a real exercise whose announced end fits the time, for every minute from 4 up to two hours', () => {
  for (let minutes = 4; minutes <= 120; minutes += 1) {
    const choice = exerciseForMinutes(minutes);
    const exercise = findExercise(choice.exercise);
    expect(exercise).toBeDefined();
    if (!exercise) continue;
    const variant = findVariant(exercise, choice.variant);
    expect(variant.id).toBe(choice.variant);
    expect({ minutes, fits: variant.minutes.to <= minutes }).toEqual({ minutes, fits: true });
  }
});

test('AMAZON.DURATION values become whole minutes; anything else is no duration', () => {
  expect(durationMinutes('PT10M')).toBe(10);
  expect(durationMinutes('PT30M')).toBe(30);
  expect(durationMinutes('PT1H')).toBe(60);
  expect(durationMinutes('PT1H30M')).toBe(90);
  expect(durationMinutes('PT90S')).toBe(2);
  expect(durationMinutes('pt5m')).toBe(5);
  for (const odd of [undefined, '', 'PT', 'P2D', 'PT10S', '10 minutes', '20:00', 42, null]) expect(durationMinutes(odd)).toBeUndefined();
});
