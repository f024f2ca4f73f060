import { IntentNames, SlotNames } from '../lambda/constants';
import { ANSWERS } from '../lambda/content/answers';
import { nextTip, TIP_COUNTS, TIP_TOPICS } from '../lambda/content/tips';
import { speakingSeconds } from '../lambda/engine/duration';
import { segmentSsml, spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { isCaution } from './support/start';

describe('tip rotation', () => {
  test('no repeats until a topic is used up, then a second round', () => {
    let heard: Record<string, number[]> = {};
    const seen: number[] = [];
    for (let i = 0; i < TIP_COUNTS.sleep; i++) {
      const choice = nextTip(heard, 'sleep');
      expect(choice.startedOver).toBe(false);
      seen.push(choice.index);
      heard = choice.heard;
    }
    expect([...seen].sort()).toEqual([...Array(TIP_COUNTS.sleep).keys()]);
    // The second round starts where the first did.
    expect(nextTip(heard, 'sleep')).toMatchObject({ startedOver: true, index: seen[0], heard: { sleep: [seen[0]] } });
  });

  test('asked about sleep or sitting, the practical tip comes first, not bed rest or staying at work', () => {
    for (const topic of TIP_TOPICS) {
      let heard: Record<string, number[]> = {};
      const order: number[] = [];
      for (let i = 0; i < TIP_COUNTS[topic]; i++) {
        const choice = nextTip(heard, topic);
        order.push(choice.index);
        heard = choice.heard;
      }
      expect([...order].sort()).toEqual([...Array(TIP_COUNTS[topic]).keys()]);
      if (topic === 'sleep' || topic === 'work') expect(order[0]).not.toBe(0);
    }
  });

  test('without a topic, the least heard topic comes next', () => {
    const topics = TIP_TOPICS.map(() => '');
    let heard: Record<string, number[]> = {};
    for (const i of topics.keys()) {
      const choice = nextTip(heard);
      topics[i] = choice.topic;
      heard = choice.heard;
    }
    expect(topics).toEqual(TIP_TOPICS);
  });
});

describe.each(['en-US', 'de-DE'])('tips and answers in %s', (locale) => {
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);

  test('tips of a topic rotate without repeats across sessions, with the source on a card', async () => {
    const caller = newCaller(locale);
    const heard = new Set<string>();
    for (let i = 0; i < TIP_COUNTS.work; i++) {
      const alexa = talkTo(caller); // a new session each time: the rotation is stored
      const reply = await alexa.intent(IntentNames.Tip, { [SlotNames.Topic]: { value: 'work', id: 'work' } });
      const tip = [...Array(TIP_COUNTS.work).keys()].find((n) => reply.speech.includes(say(`advice:tips.work.${n}.text`)));
      expect(tip).toBeDefined();
      heard.add(String(tip));
      expect(reply.speech).toContain(say('tips.offer'));
      const card = reply.response.response.card;
      expect(card?.type === 'Simple' ? card.content : '').toContain(say(`advice:tips.work.${tip}.source`).slice(0, 20));
    }
    expect(heard.size).toBe(TIP_COUNTS.work);
    const again = await talkTo(caller).intent(IntentNames.Tip, { [SlotNames.Topic]: { value: 'work', id: 'work' } });
    expect(again.speech).toContain(say('tips.startingOver', { topic: say('tips.topicName.work') }));
  });

  test('yes after a tip gives another one; no ends kindly', async () => {
    const alexa = talkTo(newCaller(locale));
    const first = await alexa.intent(IntentNames.Tip);
    const second = await alexa.intent(IntentNames.Yes);
    expect(second.speech).toContain(say('tips.offer'));
    expect(second.speech).not.toBe(first.speech);
    const no = await alexa.intent(IntentNames.No);
    expect(no.ended).toBe(true);
    expect(no.speech).toContain(say('goodbye'));
  });

  test.each([...ANSWERS.entries()])('%s answers from the resource file', async (intentName, answer) => {
    const alexa = talkTo(newCaller(locale));
    const reply = await alexa.intent(intentName);
    expect(reply.speech).toContain(say(`advice:answers.${answer.key}.text`));
    // A warning closes the session; nothing is offered after it.
    expect(reply.ended).toBe(answer.closesSession === true);
    if (answer.offer) {
      let yes = await alexa.intent(IntentNames.Yes);
      if (isCaution(yes)) yes = await alexa.intent(IntentNames.Yes);
      expect(yes.speech).toContain(segmentSsml(locale, answer.offer.variant ?? 'standard', 0, answer.offer.exercise));
    }
  });
});

test.each([
  ['en-US', '9 1 1'],
  ['en-CA', '9 1 1'],
  ['en-GB', '9 9 9'],
  ['en-AU', 'triple zero'],
  ['en-IN', '1 1 2'],
  ['de-DE', '1 1 2'],
])('red flags in %s name the local emergency number %s', async (locale, number) => {
  const reply = await talkTo(newCaller(locale)).intent(IntentNames.WhenToSeeDoctor);
  expect(reply.speech).toContain(spoken(locale, 'advice:answers.emergency.text', { number }));
});

describe.each(['en-US', 'en-GB', 'de-DE'] as const)('an urgent symptom said as felt, in %s', (locale) => {
  const say = (key: string) => spoken(locale, key);
  test('gets the action first, in a few words, with the local number, and nothing after it', async () => {
    const reply = await talkTo(newCaller(locale)).intent(IntentNames.UrgentSymptom);
    expect(reply.speech).toBe(`<speak>${say('advice:answers.urgentSymptom.text')}</speak>`);
    expect(reply.speech).toContain(say('emergencyNumber'));
    expect(reply.ended).toBe(true);
    // Well under half a minute to hear, against about 85 s for the whole two-tier answer.
    expect(speakingSeconds(say('advice:answers.urgentSymptom.text'), locale)).toBeLessThan(15);
  });
});
