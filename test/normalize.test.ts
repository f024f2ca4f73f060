import { normalize } from '../tools/models/normalize';

/** How typed text reaches the resolver: as Alexa hears it (tools/models/normalize.ts). */
describe('English text is heard as Alexa hears it', () => {
  test('case, punctuation and the wake word do not matter', () => {
    expect(normalize('Alexa, Start the BODY SCAN!')).toBe('start the body scan');
    expect(normalize('do one thing, start it.')).toBe('do one thing start it');
  });

  test('contractions are spelled out, curly apostrophes too', () => {
    expect(normalize("what's a good tip")).toBe('what is a good tip');
    expect(normalize('I’ve got ten minutes')).toBe('i have got ten minutes');
    expect(normalize("shouldn't i meditate")).toBe('should not i meditate');
    expect(normalize("let's go on")).toBe('let us go on');
  });

  test('a polite word at either end is dropped: please, kindly, thanks, cheers', () => {
    expect(normalize('please give me a tip please')).toBe('give me a tip');
    expect(normalize('Kindly start the relaxation')).toBe('start the relaxation');
    expect(normalize('a tip on sleep, cheers')).toBe('a tip on sleep');
    expect(normalize('pause it thank you')).toBe('pause it');
    expect(normalize('pause it, thanks')).toBe('pause it');
  });

  test('inside a request a polite word stays, and so does it when asked to', () => {
    expect(normalize('could you please start')).toBe('could you please start');
    expect(normalize('start please', 'en', false)).toBe('start please');
  });

  test('German drops its own polite word', () => {
    expect(normalize('Bitte starte die Entspannung bitte', 'de')).toBe('starte die entspannung');
  });
});
