import { speakingSeconds } from '../lambda/engine/duration';
import { REGION_IDS } from '../lambda/exercises/regions';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';
import { attentionOpening, regionList } from '../lambda/speech/attentionOpening';

describe('painful areas named in speech', () => {
  const en = translatorFor('en-US');
  const gb = translatorFor('en-GB');
  const de = translatorFor('de-DE');

  test('a list of areas is joined the way each language joins it, head to feet', () => {
    expect(regionList(['lowerBack', 'neck'], en, 'en-US')).toBe('your neck and your lower back');
    expect(regionList(['feet', 'lowerBack', 'neck'], en, 'en-US')).toBe('your neck, your lower back, and your feet');
    expect(regionList(['feet', 'lowerBack', 'neck'], gb, 'en-GB')).toBe('your neck, your lower back and your feet');
    expect(regionList(['lowerBack', 'neck'], de, 'de-DE')).toBe('Nacken und unteren Rücken');
    expect(regionList(['feet', 'shoulders', 'neck'], de, 'de-DE')).toBe('Nacken, Schultern und Füße');
  });

  test('one area alone keeps its article where the language needs one', () => {
    expect(regionList(['lowerBack'], en, 'en-US')).toBe('your lower back');
    expect(regionList(['lowerBack', 'lowerBack'], de, 'de-DE')).toBe('den unteren Rücken');
    expect(regionList(['shoulders'], de, 'de-DE')).toBe('die Schultern');
  });

  test('the opening names the areas once, in the singular or the plural', () => {
    expect(attentionOpening(['lowerBack'], en, 'en-US')).toBe(
      "Today we'll only notice your lower back, with no tensing in that area. Everything else stays as usual.",
    );
    expect(attentionOpening(['lowerBack', 'neck'], en, 'en-US')).toBe(
      "Today we'll only notice your neck and your lower back, with no tensing in those areas. Everything else stays as usual.",
    );
    expect(attentionOpening(['lowerBack', 'neck'], de, 'de-DE')).toBe(
      'Heute lassen wir Nacken und unteren Rücken beim Anspannen aus und spüren dort nur hin. Alles andere bleibt wie gewohnt.',
    );
    expect(attentionOpening(['hips'], de, 'de-DE')).toBe('Heute lassen wir die Hüften beim Anspannen aus und spüren dort nur hin. Alles andere bleibt wie gewohnt.');
    expect(attentionOpening([], en, 'en-US')).toBe('');
  });

  test('the gentle practice opens with the safety points: nothing should add to the pain, a doctor, urgent help, the emergency number, the warning signs', () => {
    expect(attentionOpening('all', en, 'en-US')).toMatch(/nothing today should add to your pain/i);
    expect(attentionOpening('all', en, 'en-US')).toMatch(/checked by a doctor/);
    expect(attentionOpening('all', en, 'en-US')).toMatch(/trouble passing urine.*call 9 1 1/);
    expect(attentionOpening('all', en, 'en-US')).toMatch(/say: when should I see a doctor/);
    expect(attentionOpening('all', de, 'de-DE')).toMatch(/Tut etwas mehr weh, ändern Sie Ihre Lage oder hören Sie auf/);
    expect(attentionOpening('all', de, 'de-DE')).toMatch(/ärztlich abklären/);
    expect(attentionOpening('all', de, 'de-DE')).toMatch(/Wasserlassen.*sofort den Notruf 1 1 2/);
    expect(attentionOpening('all', de, 'de-DE')).toMatch(/sagen: wann sollte ich zum Arzt gehen/);
  });

  test.each(SUPPORTED_LOCALES)('%s: every opening resolves and takes at most about 22 s, the gentle one with its warning signs 40 s', (locale) => {
    const t = translatorFor(locale);
    for (const scope of ['all' as const, REGION_IDS, ...REGION_IDS.map((r) => [r])]) {
      const opening = attentionOpening(scope, t, locale);
      expect(opening).not.toMatch(/attention\.|\{\{|undefined/);
      // On a bad day the urgent warning signs come first, whatever they cost in time (docs/protocol.md).
      expect(speakingSeconds(opening, locale)).toBeLessThanOrEqual(scope === 'all' ? 40 : 22);
    }
  });
});
