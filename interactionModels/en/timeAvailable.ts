import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';
import type { TimeAmount } from '../../lambda/content/amountMinutes';
import { expandPatterns } from '../../tools/models/expand';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Time decides the exercise (docs/platform.md): "i've got ten minutes", "only a few minutes
 * before my bus, what can i do". The time is AMAZON.DURATION when it is a number and a
 * TimeAmount when it is vague; what comes after the time ("before my bus", "to spare") and
 * the ask ("what would you suggest") are slots that only carry phrasing, so their words cost
 * no samples. Every sample names a time: the handler needs nothing else.
 */
const CONTEXT_SLOT = 'context';
const CONTEXT_TYPE = 'TimeContext';
const ASK_SLOT = 'ask';
const ASK_TYPE = 'TimeAsk';
const SHORT_SLOT = 'short';
const SHORT_TYPE = 'ShortOnTime';

/** Saying one has the time, with the small words people put before it ("about", "a spare"). */
const HAVE_ABOUT =
  "((i have|i've got) [about|around|roughly|maybe|exactly|less than|a spare|a good|a free|a quick|only|just|hardly]" +
  "|(i got|i am having|i am having only|i am having just|i can spare|i only have|i've only got|i have only|i've got only|i have just|i just have|i've just got) [about|around|a])";
/** Fewer of them, for the patterns with an ask. */
const HAVE = "((i have|i've got) [about|around|maybe|a|a free|a good|a spare|just]|(i got|i am having|i only have|i've only got|i have only|i can spare) [about|around])";
/** The time said: precise or vague. */
const TIME = '({duration}|{amount})';
/** How a time joins an ask said first: "something for ten minutes", "what can i do in five minutes". */
const JOIN = '(for|in|into|with|that takes|that only takes|that fits in|which fits in|i can do in|i can finish in)';

/** The vague amounts by what they mean (lambda/content/amountMinutes.ts). */
const AMOUNTS: Readonly<Record<TimeAmount, readonly string[]>> = {
  few: expandPatterns([
    'a few minutes',
    '[just|only] (a few|a couple of|a couple|few|couple of) (minutes|mins)',
    '[just|only] a (minute or two|minute or so)',
    '(two or three|one or two) minutes',
    '(a little|a little bit of|a tiny bit of|very little|little|not much|hardly any|not a lot of) time',
    'a (quick|short) (moment|minute|break)',
  ]),
  some: expandPatterns(['(some|a bit of|a little bit of|some free|some spare|a bit of free) time', '(a while|a little while)']),
  plenty: expandPatterns([
    '(plenty|lots|loads|heaps|bags|a lot) of time',
    '(all|the whole) (afternoon|morning|evening|day)',
    '(all the time in the world|ages|time enough|enough time|as much time as i need|as long as it takes|time on my hands)',
    'a free (afternoon|morning|evening)',
  ]),
};

/** Not much time, said before how much: "i don't have much time today, just a few minutes". */
const SHORT_ON_TIME = expandPatterns([
  "i don't have much time",
  "(i don't have|i haven't got) (much time|long) [today]",
  "i'm (short on time|pressed for time|in a hurry) [today]",
  "(i have|i've got) (very little|not much) time [today]",
]);

/** What people wait for or go to after the time: "before my bus", "till the kids get home". */
const EVENTS = '(bus|train|ride|shift|meeting|next meeting|call|next call|appointment|lunch|dinner|show|class|work)';

export const englishTimeAvailableTypes: readonly SlotTypeSource[] = [
  {
    name: SlotTypes.TimeAmount,
    values: (Object.entries(AMOUNTS) as [TimeAmount, readonly string[]][]).map(([id, [name, ...synonyms]]) => ({ id, name: name!, synonyms })),
  },
  {
    // Not much time, said first; the time that follows decides.
    name: SHORT_TYPE,
    values: [{ id: 'short', name: SHORT_ON_TIME[0]!, synonyms: SHORT_ON_TIME.slice(1) }],
  },
  {
    // What follows the time; the skill does not act on it.
    name: CONTEXT_TYPE,
    values: [
      {
        id: 'context',
        name: 'before my bus',
        synonyms: expandPatterns([
          '(free|spare|to spare|left|only|now|right now|today|this morning|this afternoon|this evening|tonight|or so|at most|max|window|break)',
          '(free|to spare) (today|now|this morning|this afternoon|this evening)',
          '(to relax|for myself|of free time|for an exercise)',
          `(before|till|until) my ${EVENTS}`,
          '(before|until) (my|the) (bus|ride|train|taxi) comes',
          '(before|until) (my|the) (show|meeting|class|shift) starts',
          '(before|till|until) (the kids|my kids) (get|come) home',
          '(before|till|until) my (husband|wife|partner) (gets|comes) home',
          '(before|until) i (have to|need to) (go|leave|go to work|get ready|pick up the kids)',
          '(on|in|during) my (lunch break|break|coffee break|tea break|lunch hour)',
          'between (meetings|calls|classes)',
          '(before|after) (work|bed|dinner|lunch|breakfast)',
        ]),
      },
    ],
  },
  {
    // The ask, before or after the time; the skill does not act on it: the time decides.
    name: ASK_TYPE,
    values: [
      {
        id: 'ask',
        name: 'what can i do',
        synonyms: expandPatterns([
          'what (can|could|shall) (i|we) do [then|till then|until then]',
          'what (do|would) you (suggest|recommend|reckon|have)',
          '(what can you do|what have you got|what do you have for me|what would be good|what would work)',
          "what's (good|best|a good one|a good long exercise|a good short one|something longer i could do|something short i could do)",
          '(what|which) exercise (fits|would fit|can i do|do you suggest)',
          'what (fits|would fit)',
          '[could you|can you|do one thing] (give me|find me|pick|choose|suggest) (something|an exercise|some exercise) [for me]',
          '[could you|can you] (give me|suggest|find me) something (quick|short|longer)',
          "(i'd like|i want|i need) (something|an exercise)",
          'what can i fit',
          '(give me|suggest|find me) (something|an exercise) (that fits|suitable|to do|quick|short|longer)',
          '(is there|have you got|do you have) (something|anything) [short|quick|longer]',
          '(any|got any) (ideas|suggestions)',
          '(something short|something quick|something longer|an exercise|something)',
          '(suggest|give me) (something|an exercise) for the time i have',
          '(you choose|you pick|pick for me|you decide)',
          '(kindly|so|please) (suggest|give me|give|pick|choose) (something|an exercise|one exercise) [for me]',
          '(what|which) exercise should (i|we) do',
          'what should (i|we) do',
          "(what's|what is) the best thing to do",
          'do something [for me]',
        ]),
      },
    ],
  },
];

export const englishTimeAvailableIntents: readonly IntentSource[] = [
  {
    name: IntentNames.TimeAvailable,
    slots: [
      { name: SlotNames.Duration, type: 'AMAZON.DURATION' },
      { name: SlotNames.Amount, type: SlotTypes.TimeAmount },
      { name: SHORT_SLOT, type: SHORT_TYPE },
      { name: CONTEXT_SLOT, type: CONTEXT_TYPE },
      { name: ASK_SLOT, type: ASK_TYPE },
    ],
    samples: [
      // The time first, then what follows it: "i've got twenty minutes before my bus", "i have a half hour free".
      `${HAVE_ABOUT} {duration} [{context}]`,
      // ... and the ask: "i have twenty minutes before my bus, what can i do".
      `${HAVE} {duration} [{context}] {ask}`,
      `(i have|i've got|i got|i am having|i only have|i've only got|i have only|i have just|i just have|i've just got|i've got only) {amount} [{context}] [{ask}]`,
      // Vague, then precise: "i've got a bit of time, maybe five minutes", "i've got ages, about an hour".
      '(i have|i\'ve got|i got|i am having) {amount} (just|only|maybe|about|around|say) {duration} [{ask}]',
      // Not much time, then how much: "i don't have much time today, just a few minutes".
      `{short} [just|only|maybe|about|so] ${TIME} [{ask}]`,
      `{short} {ask} (in|for|with) [about|only|just] ${TIME}`,
      // The ask first: "could you pick something for me, i have about twenty minutes", "what can i do in ten minutes".
      `{ask} (i have|i've got|i got|i only have|i've only got|i have only|i am having) [about|only] ${TIME}`,
      `{ask} ${JOIN} [about|a quick|my|less than|only] {duration}`,
      `{ask} ${JOIN} {amount}`,
      "{ask} (that is|that's|about|only|just) {duration}",
      // The time first, then that it is all: "ten minutes is all i have", "only five minutes are there".
      `[only] ${TIME} (is all i have|i have|i am having|i've got|are there|only) [{ask}]`,
      // The break, or the next thing, said with its time: "my lunch break is twenty minutes", "my next call is in fifteen minutes".
      '[my|the] (lunch break|break) (is|lasts|is only) {duration} [{ask}]',
      "(i have|i've got) a (short|small|quick|little) break of {duration} [{ask}]",
      '(my next call|my next meeting|my meeting|my bus|my train|my ride|my appointment|the bus|the train) is in [about] {duration} [{ask}]',
      // The time with what it is for: "a ten minute exercise".
      "[give me|i'd like|i want|could you give me] (a|an) {duration} (exercise|session)",
    ],
  },
];
