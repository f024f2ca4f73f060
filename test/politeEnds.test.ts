import { withoutPoliteEnds } from '../tools/models/politeEnds';

describe('samples without a polite word at either end', () => {
  it('cuts "please", "kindly" and "bitte" and drops the duplicates', () => {
    expect(withoutPoliteEnds(['start it please', 'start it', 'kindly start it', 'please start {exercise} please'], 'en')).toEqual([
      'start it',
      'start {exercise}',
    ]);
    expect(withoutPoliteEnds(['bitte weiter', 'mach weiter bitte', 'bitte {thing} starten'], 'de')).toEqual(['weiter', 'mach weiter', '{thing} starten']);
  });

  it('keeps a polite word inside a sample, and "{slot} please" as it was: a sample of slots alone would catch anything', () => {
    expect(withoutPoliteEnds(['could you please start it', '{length} please'], 'en')).toEqual(['could you please start it', '{length} please']);
  });
});
