import { distinctAsHeard, samplesAsHeard } from '../tools/models/asHeard';

describe('samples as Alexa hears them', () => {
  it('cuts "please", "kindly" and "bitte" at either end and drops the duplicates', () => {
    expect(samplesAsHeard(['start it please', 'start it', 'kindly start it', 'please start {exercise} please'], 'en')).toEqual(['start it', 'start {exercise}']);
    expect(samplesAsHeard(['bitte weiter', 'mach weiter bitte', 'bitte {thing} starten'], 'de')).toEqual(['weiter', 'mach weiter', '{thing} starten']);
  });

  it('keeps a polite word inside a sample, and "{slot} please" as it was: a sample of slots alone would catch anything', () => {
    expect(samplesAsHeard(['could you please start it', '{length} please'], 'en')).toEqual(['could you please start it', '{length} please']);
  });

  it('keeps one of the samples that are the same once contractions are spelled out, the first', () => {
    expect(samplesAsHeard(["i'd like {exercise}", 'i would like {exercise}', "let's start", 'let us start', "what's {subject}"], 'en')).toEqual([
      "i'd like {exercise}",
      "let's start",
      "what's {subject}",
    ]);
    expect(distinctAsHeard(["wie geht's", 'wie geht es', 'wie gehts'], 'de')).toEqual(["wie geht's", 'wie gehts']);
  });
});
