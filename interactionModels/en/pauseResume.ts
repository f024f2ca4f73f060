import { IntentNames } from '../../lambda/constants';
import { expandPatterns } from '../../tools/models/expand';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Pause and resume said with more than the bare word (docs/platform.md, "Pause and resume with
 * a reason or a promise"): a reason first ("the kids need me, pause for now"), a promise after
 * ("pause it, I'll finish later"), when and what was paused ("can we carry on with the one I
 * paused this morning"), where from ("from where I stopped"). AMAZON.PauseIntent and
 * AMAZON.ResumeIntent take no slots, so these are custom intents with the same events; the
 * bare words ("pause", "stop", "continue") stay with the built-ins. The slots only carry
 * phrasing: the handlers read none of them.
 */

const ASKING_TYPE = 'PoliteAsking';
const REASON_TYPE = 'PauseReason';
const OH_TYPE = 'Interjection';
const LATER_TYPE = 'ComeBackLater';
const KEEP_TYPE = 'KeepMyPlace';
const HELD_TYPE = 'PauseWhat';
const PAUSE_FOR_TYPE = 'PauseHowLong';
const PAUSED_TYPE = 'PausedExercise';
const FROM_TYPE = 'ResumeFrom';
const EARLIER_TYPE = 'StoppedEarlier';
const WHEN_TYPE = 'WhenStopped';

/*
 * Contractions are written once, as people say them ("i'll", "can't"): Alexa hears either
 * form the same, and every spelled-out twin would cost bytes (tools/models/normalize.ts).
 */

/** The verbs of pausing, with an optional carrier before and what, where or how long after. */
const HOLD = '([{asking}] (pause|stop|hold) [{held}]|[{asking}] (take a break|leave it) [{while}]|break [{while}])';
/** Pausing said as what one has to do. */
const STOPPING = "(i need a break|i need to stop|i have to stop|i've got to stop|i have to go|i've got to go|i need to go|i must go|i must stop)";
/** What joins the promise to the pause: "and", "i'll". */
const THEN = "(and|but|i'll|we'll|and i'll|so i can)";

/** Carrying on with what was paused. */
const GO_ON =
  '(continue|carry on|carry on with|go on with|resume|finish|finish off|complete|pick up|keep going with|get back to|go back to|return to|do the rest of)';
/** Carrying on from a place. */
const GO_ON_FROM = '(continue|carry on|go on|resume|keep going|pick up|pick it up|start again|restart|start|go back to|get back to|finish|finish it|finish off)';
/** Carrying on, after saying what happened before. */
const GO_ON_BARE = '(continue|carry on|go on|resume|keep going|pick up|pick it up|finish it|finish)';

function said(...patterns: string[]): string[] {
  return expandPatterns(patterns);
}

export const englishPauseResumeIntents: readonly IntentSource[] = [
  {
    name: IntentNames.PauseForNow,
    slots: [
      { name: 'asking', type: ASKING_TYPE },
      { name: 'held', type: HELD_TYPE },
      { name: 'while', type: PAUSE_FOR_TYPE },
      { name: 'oh', type: OH_TYPE },
      { name: 'reason', type: REASON_TYPE },
      { name: 'later', type: LATER_TYPE },
      { name: 'keep', type: KEEP_TYPE },
    ],
    samples: [
      // A reason first, a promise after, or both.
      `[{oh}] {reason} ${HOLD} [${THEN} {later}]`,
      `${HOLD} ${THEN} {later}`,
      `[[{oh}] {reason}] ${HOLD} (and|but) {keep}`,
      // The pause in one's own words after the reason: "hang on, i have to go".
      `{reason} ${STOPPING} [${THEN} {later}]`,
      // The reason after: "stop, someone's on the phone".
      `${HOLD} {reason} [(i'll|and i'll) {later}]`,
      `${STOPPING} {reason}`,
      // A word that holds it, then the reason: "hold on, someone is at the door".
      `(stop stop|hold on|hang on|wait|one minute|just a minute|ek minute|sorry) {reason} [${THEN} {later}]`,
      // The promise first: "i'll do the rest later, stop here".
      "(i'll|let me|we'll|we can) {later} [so] " + HOLD,
      // The reason and the promise, without a word for pausing.
      "{reason} (i'll|we'll) {later}",
      // A carrier or what is held, with no reason.
      '{asking} (pause|stop|hold) [{held}]',
      '{asking} (take a break|take a pause|have a break|put it on hold|call it a day|leave it) [{while}]',
      '(pause|stop|hold) {held}',
      '(take a pause|have a break|leave it|put it on hold) {while}',
      '(take a pause|have a break|call it a day)',
      // A word that holds it, then the pause: "wait, pause here".
      '{oh} (pause|stop|hold) [{held}]',
      // The promise straight after: "stop now, continue later", "put it on hold, i'll finish later".
      `${HOLD} {later}`,
      `put it on hold [{while}] ${THEN} {later}`,
    ],
  },
  {
    name: IntentNames.ResumeWhereLeftOff,
    slots: [
      { name: 'asking', type: ASKING_TYPE },
      { name: 'paused', type: PAUSED_TYPE },
      { name: 'from', type: FROM_TYPE },
      { name: 'earlier', type: EARLIER_TYPE },
      { name: 'when', type: WHEN_TYPE },
    ],
    samples: [
      `[{earlier} [{when}]] [{asking}] ${GO_ON} {paused} [{when}] [{from}]`,
      '[{asking}] (pick up|start) {paused} again [{from}]',
      '[{asking}] pick it up again',
      `[{earlier} [{when}]] [{asking}] ${GO_ON_FROM} {from} [{when}]`,
      `{earlier} [{when}] [{asking}] ${GO_ON_BARE} [now]`,
      '[{asking}] (take|get|bring) me back to ({from}|{paused})',
    ],
  },
];

export const englishPauseResumeTypes: readonly SlotTypeSource[] = [
  {
    // How people ask, before the verb: "could you", "let's", "i'd like to".
    name: ASKING_TYPE,
    values: [
      {
        id: 'asking',
        name: 'would you',
        synonyms: said(
          '[so] (can|could|would) you [just|please]',
          '[so] (can|could|shall) we [just]',
          "so (please|let's|just)",
          "(i'll|we'll) have to",
          '(kindly|do the needful [and])',
          '(can|could|may) i [just]',
          "(let's|let me) [just]",
          "(i'd|we'd) like to",
          '(i|we) (want|need|have) to',
          "(i've|we've) got to",
          'i must',
          'do one thing [and]',
          'just',
        ),
      },
    ],
  },
  {
    // What is held, and where or for how long: "it there for now", "the meditation".
    name: HELD_TYPE,
    values: [
      {
        id: 'held',
        name: 'it for now',
        synonyms: said(
          '(it|this|that|the exercise|the session|the meditation|the relaxation|the muscle relaxation|the body scan|my exercise|everything) [here|there] [now|for now|for today|for a bit|for a while|for the moment|for some time]',
          '(here|there) [now|for now|for today|for a bit|for a while|for the moment|for some time]',
          '(now|for now|for today|for a bit|for a while|for the moment|for some time|a moment|a minute|a second|right now|for a moment|for a minute|for a second)',
          // A polite word in the middle: "stop for now please, i'll finish later".
          '[it|this|here|there|now|for now] please',
          '[it|this|here|there] (for me|itself)',
        ),
      },
    ],
  },
  {
    // A word before the reason: "sorry, the phone is ringing".
    name: OH_TYPE,
    values: [{ id: 'oh', name: 'oh', synonyms: said('(sorry|oops|oh no|oh dear|excuse me|hang on|hold on|wait|okay|right|um)') }],
  },
  {
    // Where or how long, after a break: "here for now", "for today".
    name: PAUSE_FOR_TYPE,
    values: [
      {
        id: 'while',
        name: 'here for now',
        synonyms: said(
          '(here|there) [now|for now|for today|for a bit|for a while|for the moment|for some time]',
          '(now|for now|for today|for a bit|for a while|for the moment|for some time|for a moment|for a minute|right now)',
          '[here|there|now|for now] please',
        ),
      },
    ],
  },
  {
    // Why, said before or after the pause.
    name: REASON_TYPE,
    values: [
      {
        id: 'reason',
        name: 'someone is at the door',
        synonyms: said(
          '(hold on|hang on|wait|sorry|oh|oops|oh no|excuse me) [a (second|moment|minute)]',
          '(just a|one) (second|moment|minute)',
          '[the|my] (doorbell|door|phone|bell) (is ringing|rang|went|just rang)',
          '(someone|somebody) (is at the door|has come|is here|came)',
          'my (grandson|granddaughter|grandkids|grandchildren|neighbour|neighbor|guests|visitors) (has come|have come|came|is here|are here|has arrived)',
          "the (doorbell|phone)'s (gone|ringing)",
          "(someone's|there's someone) at the door",
          "(someone's|somebody's) (here|calling|calling me|on the phone)",
          "(i've got|i have|there's) (a call|a phone call|someone at the door|a visitor|visitors|guests)",
          'my (wife|husband|partner|son|daughter|boss|mum|mom|friend) (is calling [me]|is here|is at the door|needs me|wants me|is waiting)',
          '(my|the) (kids|children|grandkids|family) (need me|are calling [me]|are here|are awake|want me)',
          '(my|the) (baby|dog) (is crying|needs me|needs to go out)',
          "(i've been|i just got|i've just been) called (into|to) (work|the office|a meeting)",
          "(i have to|i've got to|i need to|i must) (go|leave|run|head out|get going|get the door|answer the door|answer the phone|take this call|go to work|go for a meeting|go to a meeting|pick up the kids)",
          "something('s| has) (come up|just come up)",
          "(i'm) (busy|needed|late|running late|off to work|out of time)",
          "my (ride|taxi|cab|lift|bus) (is here|has arrived|is waiting)",
          "i (can't|won't be able to) (finish|continue|carry on|go on|finish it|do the rest) [now|right now|today]",
          "i don't have (time|more time) [now|right now]",
          "(i want|i need|i'd like) to (take|have) a break",
          '(i need|i want) a break',
          "(i'm) (tired|too tired|exhausted) [now]",
          "that's enough [for now|for today]",
          'my back (is hurting|hurts) [now]',
          '(i need to|i have to) (use|go to) the (washroom|bathroom|toilet)',
          '(i have to|i need to) go for [a] (delivery|meeting|call)',
          '(one|a) delivery is (there|here)',
          '[a|the] customer is calling [me]',
          '(i need to|i want to) get (some water|a drink|a glass of water)',
          'i need to take (a|this) call',
        ),
      },
    ],
  },
  {
    // That they will be back, after "i'll" or "and": "finish this later", "come back to it".
    name: LATER_TYPE,
    values: [
      {
        id: 'later',
        name: 'come back later',
        synonyms: said(
          '(come back|be back|finish|continue|carry on|resume|pick it up|do the rest|finish it|finish this|come back to it|get back to it|finish the rest) [later|afterwards|in a bit|in a while|soon|tomorrow|another time|in the evening|tonight|later on|after work|when i get back]',
          '(continue|come back|do [the] remaining [part]) later [only|itself]',
          'be (right back|back in a (minute|moment|bit))',
          "i'll (finish|come back to|do) (it|this|the rest) later",
        ),
      },
    ],
  },
  {
    // Keeping the place: "save my place", "remember where we were".
    name: KEEP_TYPE,
    values: [
      {
        id: 'keep',
        name: 'save my place',
        synonyms: said(
          '(save|keep|remember|hold|mark) (my place|my spot|where i am|where we are|where we were|where i stopped|my progress)',
          "(don't) (lose|forget) (my place|where i am|where we are|where we were)",
        ),
      },
    ],
  },
  {
    // What was paused: "the one i paused", "my exercise from before".
    name: PAUSED_TYPE,
    values: [
      {
        id: 'paused',
        name: 'the exercise i paused',
        synonyms: said(
          '(it|that|this)',
          '(the|my) (exercise|session|relaxation|meditation|muscle relaxation|practice|body scan|breathing exercise|breathing meditation|walking meditation|breathing space)',
          "(yesterday's|this morning's|last night's) (exercise|session|relaxation|meditation)",
          '(the|my) (exercise|session|relaxation|one) (i|we) (paused|started|stopped|was doing|left|had paused|had started)',
          "(the|my) (exercise|session|relaxation|one) (i|we) (didn't|couldn't) (finish|get to finish)",
          '(the|my) (exercise|session|relaxation|meditation) from (before|last time|the other day)',
          '(the|my) (last|previous|old|paused|unfinished|earlier) (exercise|session|relaxation|meditation|one)',
          '(the rest|the remaining part) of (it|the exercise|my exercise|the session|the relaxation)',
          '(where i was|where we were) in (it|the exercise|my exercise|the session)',
          '(what|where) (i|we) (started|left off)',
        ),
      },
    ],
  },
  {
    // Where from: "from where i left off", "from last time".
    name: FROM_TYPE,
    values: [
      {
        id: 'from',
        name: 'from where i left off',
        synonyms: said(
          '[from] (where|the point where|the place where) (i|we) (left off|left|left it|stopped|paused|got to|was|were)',
          '[from] where (it|the exercise) (stopped|was paused|paused|ended|left off)',
          'from (there|last time|the last time|before|the same point|the same place|that point|the middle|halfway)',
          'from there (itself|only)',
          '(where i left off|where i left it|where i stopped) not from [the] beginning',
          '(where|from where) (i|we) (left off|stopped) [and] not from the (beginning|start)',
        ),
      },
    ],
  },
  {
    // What happened before, said first: "i stopped halfway", "i'm back".
    name: EARLIER_TYPE,
    values: [
      {
        id: 'earlier',
        name: 'i stopped earlier',
        synonyms: said(
          "(i|we) (stopped|paused|had to stop|had paused|didn't finish|couldn't finish|left off) [it|the exercise] [halfway|in the middle|in between|midway|partway through]",
          '(i|we) (was|were) (doing|in the middle of) (an exercise|the exercise|a relaxation|the relaxation|a session)',
          "(i'm) back [again|now]",
          '(i|we) (was|were|got) interrupted',
          '(i|we) (was|were) doing [my] exercise',
          '(yesterday|last time) i (stopped|paused) [halfway|in the middle]',
          "(i've got|i have) time (now|again)",
          '(the phone|the doorbell) rang and i had to stop',
          '(i paused|i stopped) (it|the exercise) (before work|for a call)',
        ),
      },
    ],
  },
  {
    // When it stopped: "this morning", "the other day".
    name: WHEN_TYPE,
    values: [
      {
        id: 'when',
        name: 'earlier',
        synonyms: said('(yesterday|this morning|last night|in the morning|before|last time|the other day|today|this afternoon|yesterday evening|last week|a while ago|just now|earlier)'),
      },
    ],
  },
];
