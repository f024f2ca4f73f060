import { speakingSeconds } from '../lambda/engine/duration';
import { relocateSegment, renderSegment, scriptVersion, variantSeconds } from '../lambda/engine/segments';
import { escapeSsml, pauseSsml } from '../lambda/engine/ssml';
import { allExercises } from '../lambda/exercises/catalog';
import { pmr } from '../lambda/exercises/pmr';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';

describe('SSML building blocks', () => {
  test.each([
    [3, '<break time="3s"/>'],
    [10, '<break time="10s"/>'],
    [25, '<break time="10s"/><break time="10s"/><break time="5s"/>'],
    [1.5, '<break time="1500ms"/>'],
    [0, ''],
  ])('a %d s pause is %s', (seconds, ssml) => {
    expect(pauseSsml(seconds)).toBe(ssml);
  });

  test('text from resource files cannot inject markup', () => {
    expect(escapeSsml('Tom & Jerry <break time="20s"/>')).toBe('Tom &amp; Jerry &lt;break time=&quot;20s&quot;/&gt;');
  });
});

describe('script positions', () => {
  const standard = pmr.variants.standard!;

  test('the version changes when segments are cut differently, not otherwise', () => {
    const recut = { ...standard, segments: [standard.segments.flat()] };
    expect(scriptVersion(pmr, standard)).toBe(scriptVersion(pmr, { ...standard }));
    expect(scriptVersion(pmr, recut)).not.toBe(scriptVersion(pmr, standard));
  });

  test('a place is relocated by its block when the script was re-cut', () => {
    const neckSegment = standard.segments.findIndex((s) => s.some((b) => b.id === 'neck'));
    expect(relocateSegment(standard, 'neck', 0)).toBe(neckSegment);
    expect(relocateSegment(standard, 'no-such-block', 99)).toBe(standard.segments.length - 1);
  });
});

/**
 * The lengths are true: each variant's estimated time (pauses plus words at the stated
 * speaking rate) falls inside the minutes the skill announces, in every locale.
 */
describe.each(SUPPORTED_LOCALES)('durations in %s', (locale) => {
  const t = translatorFor(locale);
  for (const exercise of allExercises()) {
    for (const variant of Object.values(exercise.variants)) {
      test(`${exercise.id} ${variant.id} lasts ${variant.minutes.from}-${variant.minutes.to} min, in segments of a few minutes`, () => {
        const minutes = variantSeconds(variant, t, locale) / 60;
        expect(Math.round(minutes)).toBeGreaterThanOrEqual(variant.minutes.from);
        expect(Math.round(minutes)).toBeLessThanOrEqual(variant.minutes.to);
        // At most about four "go on" prompts per ten minutes of exercise.
        const prompts = variant.segments.length - 1;
        expect(prompts / (minutes / 10)).toBeLessThanOrEqual(4);
        for (const [i] of variant.segments.entries()) {
          const seconds = renderSegment(variant, i, t, locale).seconds;
          expect(seconds).toBeLessThanOrEqual(7 * 60);
        }
      });
    }
  }

  test('the first-time welcome and safety line take at most about 20 s', () => {
    const words = `${t('welcome.firstTime')} ${t('welcome.safety')}`;
    expect(speakingSeconds(words, locale)).toBeLessThanOrEqual(20);
  });
});
