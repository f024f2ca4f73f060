import { renderSpeech, spokenParts } from '../tools/simulator/renderSpeech';

test('the simulator shows pauses, merging breaks in a row', () => {
  const ssml = '<speak><prosody rate="90%">Breathe in. <break time="10s"/><break time="5s"/>And out &amp; rest.<break time="500ms"/></prosody></speak>';
  expect(renderSpeech(ssml)).toBe('Breathe in. [pause 15s] And out & rest. [pause 0.5s]');
  expect(spokenParts(ssml)).toEqual([{ text: 'Breathe in.' }, { pause: 15 }, { text: 'And out & rest.' }, { pause: 0.5 }]);
});
