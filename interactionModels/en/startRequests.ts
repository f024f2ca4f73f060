import { expandPatterns } from '../../tools/models/expand';
import type { SlotTypeSource } from '../types';

/*
 * How people ask for the relaxation or a mindfulness exercise: a carrier and a verb before
 * the thing, a situation or a word like "okay" said first, an afterthought said after it
 * ("with me tonight", "would you", "before my shift", "start it"). The thing itself, also
 * described instead of named ("the one where i tense each muscle"), is a slot value
 * (RelaxationName, MindfulnessExercise in en.ts). Contractions are written once: the
 * resolver, like Alexa, hears "let us" as "let's" (tools/models/normalize.ts).
 */

/** Asked as a favour or a fancy: "would you mind starting", "fancy a go at" (British). */
export const FANCY = "((would you mind|do you mind) (starting|doing|putting on|playing)|(i fancy|fancy|how about|i feel like) (doing|trying|a go at|having a go at))";

/** Said after the thing asked for; the skill does not act on it. */
export const englishAfterthoughtType: SlotTypeSource = {
  name: 'Afterthought',
  values: [
    {
      id: 'afterthought',
      name: 'now',
      synonyms: expandPatterns([
        // Who with, when, and a tag or term of endearment ("would you", "dear", "yaar"). No value
        // starts or ends with "please": the resolver hears past it there (samples carry it).
        "[for me|with me] [now|right now|today|tonight|this morning|this evening|then|for a while|for a bit|again|please dear|dear|yaar|would you|will you|if you would|if you don't mind]",
        'together [now|today|this morning|this evening]',
        'with you',
        // Said after the thing to start it, often in Indian English: "… only", "… itself do it now", "… kindly start".
        '(only|itself|kindly|then) [now|today|please]',
        "[only|itself|kindly] (start|begin|play|do it|start it|start that|do that|play it|do the needful|i want|i am wanting|you start)",
        // How welcome it would be, or any condition: "… would be lovely", "… if that's all right".
        '(would be|sounds) [really|very] (lovely|nice|good|great|perfect|helpful)',
        '(is what i want|is what i need|is all i want|is all i need|i think|would do)',
        "if (that's|it's) (all right|alright|okay|ok|fine) [with you]",
        // Which one: "… you pick which one", "… whichever you think".
        '[please] (you (pick|choose|decide) [which one|for me]|whichever you (think|like|want|choose|prefer)|anything you (choose|like|pick|want)|whatever you (think|choose|like))',
        // More of what it is: "… with all the muscles", "… you have".
        '[with] all the muscles [groups]',
        "(you have|you've got)",
        '(guide me|please guide me) [through it|with it]',
        'help me (through it|with it)',
        '(for|to help) my [lower] back [pain]',
        'first',
        // When it fits in: "before my shift", "after today", "on my lunch break".
        "(before|after) my (shift|call|phone call|meeting|meetings|standup|standup call|appointment|doctor's appointment|lunch|dinner|walk|nap)",
        'before the (call|meeting)',
        '(before|after) (i go to sleep|i sleep|sleeping|bed|bedtime|i go to bed|work|lunch|dinner|today|a long day|this long day)',
        '(for|on|during) my (lunch break|break|tea break|coffee break)',
        // Where: "round the lounge", "in my living room".
        '(in|around|round) the (lounge|living room|room|house|garden|park|kitchen|hall)',
        'in my (living room|room|garden|kitchen|bedroom|flat|apartment)',
        '(on the terrace|on the balcony|up and down the hall|up and down the room)',
        // Then the request itself: "…, start it", "… could you guide me".
        '[and|so] start (it|that|that one|that exercise|the exercise|that meditation|the meditation)',
        '(could we|can we|can you|could you) (do|start) (that|that exercise|it)',
        '(could you|can you|would you|will you) (guide me|help me|lead me through it|take me through it|walk me through it|guide me through it|do it with me|start it)',
        // Any will do: "…, any one is fine", "…, you choose".
        '[please] (any one|anyone|any|whichever|any exercise|any of them|either) (is fine|will do|is good|is okay)',
        "(you choose|you pick|you decide|surprise me|could you choose one|can you choose one|could you pick one|can you pick one|i don't mind which)",
        // What it is not ("…, not the quick one"); a length said after it is a RelaxationLength.
        'not the (short|quick|long) one [and not the (long|short) one]',
        // What the stepping back is for: "… before i react", "… when someone annoys me".
        'before (i react|reacting|i respond|responding|i answer|answering|i reply|replying) [to (someone|somebody|people)]',
        '(before reacting|before i react) to what (someone|people) (says|say)',
        'before i (snap|shout|lose my temper) [at (someone|people)]',
        '(to|at) (someone|people|anyone|them)',
        "before i say something i('ll| will) regret",
        '[right away] when (someone|somebody|people) (annoys me|annoy me|upsets me|upset me|irritates me|says something [hurtful]|say things)',
        'from (my reaction|a situation|the situation|my reactions)',
        // The end of a description: "the one where i tense each muscle, and then let go".
        '[and] [then] (let go|let them go|relax them)',
        'and (notice|pay attention to) (how it feels|each step|my steps|each bite|it)',
        'and (pay|paying) attention',
        '[and] [just] notice [how it feels]',
      ]),
    },
  ],
};

/*
 * The start request as lead + verb + thing: what is said before the verb (who asks, how, a
 * "so" after a situation) is the StartLead slot, so each way to ask costs bytes once instead
 * of a sample per verb, length and afterthought. The verb stays a word of the sample.
 */
export const START_LEAD_TYPE = 'StartLead';
export const START_WHO_TYPE = 'StartWho';

/** Verbs that start a thing after the lead ("could you please | walk me through | …"), also said with a length. */
export const START_VERB = '(start|begin|do|play|try|put on|put|run|practise|practice|have|have a go at|go ahead with|give me|how about|guide me through|walk me through|take me through)';
/** Rarer verbs, said without a length in between: "let's get going with", "guide me for". */
export const START_VERB_RARE =
  "(it's time for|get going with|get started with|begin with|start with|start up|kick off|run through|what about|teach me|show me|go through|take|give|time for|guide me|guide me for|guide me in|guide me to|talk me through|lead me through|lead me in|help me with|help me do|i'm ready for)";
/** The verbs said after a situation ("my back is stiff, so could we | do | …"). */
export const START_VERB_AFTER_SITUATION =
  '(start|begin|do|try|practise|have|take|give me|give|play|guide me|guide me through|guide me in|walk me through|take me through|guide me to)';
/** Wanting it, after who wants ("i'd | like", "i am | wanting"). */
export const START_WANT = '(like|want|need|fancy|love|prefer|wanting)';

const ASKED = "((could|can|would|will) you [please|kindly|just]|please|kindly|just|now|do one thing [and]|do the needful [and]|go ahead and [just]|you can|you could)";
const WILL_DO =
  "(i'd like to|i want to|i need to|i'd love to|let me|let's|let's just|can we|could we|shall we|can i|could i|may i|i am wanting to|i'll|i'll just|i'm going to|we can|we could|i wish to|i'd prefer to|i'd rather|we'll|i want to just|i'd like to just|i'd like you to|i want you to|i need you to|i'd like us to|i want to try and|i'm ready to|i'm going to try and)";

export const englishStartLeadTypes: readonly SlotTypeSource[] = [
  {
    // Before the verb: "could you please", "do the needful and", "so i think i'll", "and then let's".
    name: START_LEAD_TYPE,
    values: [
      {
        id: 'lead',
        name: 'could you',
        synonyms: expandPatterns([
          `[so|and] ${ASKED}`,
          "(so|and|then|and then|so now|how about we|is it possible to|would it be possible to|i'm ready to|ready to)",
          `[so|and] ${WILL_DO}`,
          "[so] (i think|maybe) (i'll|i should|i might|we could|i'd like to|let's)",
          "[so] (i thought i'd|i thought we could|i was hoping to|i was hoping we could|i was thinking we could|i was thinking i'd|i'd like to maybe)",
          "[so] (it's time to|it is a good time to|now is a good time to|a good time to)",
        ]),
      },
    ],
  },
  {
    // Who wants it, before "like", "want", "need": "i'd", "so i really", "i think i'd", "i am".
    name: START_WHO_TYPE,
    values: [
      {
        id: 'who',
        name: 'i',
        synonyms: expandPatterns(["[so] [i think] (i|i'd) [really|just|only]", "[so] (we'd|i am|i'm really)"]),
      },
    ],
  },
];

/** Who upset someone, before stepping back: "a customer", "my sister". */
const UPSETTER = '(someone|somebody|a customer|my (boss|neighbour|neighbor|sister|husband|wife|colleague))';

/**
 * More of how someone is, said before the request (the Situation slot in en.ts): the back or
 * the muscles in more words, a feeling, the time there is, where one is, someone who upset them.
 * Contractions are written once (the resolver and Alexa hear "i'm" as "i am").
 */
export const START_SITUATIONS: readonly string[] = expandPatterns([
  "my back('s| has) been (acting up|playing up|aching|hurting|bothering me) [all (morning|day)|lately]",
  "my back('s| is) (grumbling|acting up|bothering me|giving me trouble|niggling|not great) [again]",
  '[my] muscles (are|feel) [very|so] (tight|tense|stiff)',
  'my (shoulders are|neck is) [so] (tight|stiff)',
  "(i'm|i'm feeling) [a bit] (scattered|out of sorts|on edge|overwhelmed|low|nervous|uptight|drained|all over the place|frustrated)",
  "(i'm|i'm feeling) quite (stressed|tense|tired|stiff|angry|upset|annoyed|anxious|restless)",
  "i'm feeling [quite|a bit] (stressed|tense|tired|stiff|sore) today",
  "i'm (getting|still) (angry|upset|annoyed|worked up)",
  // The time there is: "i don't have long", "i'm in no rush today", "i've got the whole afternoon free".
  "(i don't have|i haven't got) (long|much time|a lot of time) [today|now]",
  "i'm [a bit] (pressed for time|short on time|in a hurry|in a rush)",
  "i'm in no (rush|hurry) [today]",
  "(i have|i've got|i am having) (time|some time|plenty of time) [today]",
  "(i only have|i've only got|i am having only) (a moment|a minute|a few minutes) [before lunch]",
  "(i have|i've got) the whole (afternoon|morning|evening|day) [free]",
  "(i have|i've got|i am having|i only have|i've only got|i am having only) (five|ten|fifteen|twenty|a few) minutes",
  "(today|it's) holiday [itself]",
  "(it's|today is) (a holiday|my day off)",
  "my (granddaughter|grandson)('s| is) coming (by|over) [soon]",
  // Where one is: "i'm lying on my bed", "i've just sat down in my chair".
  "i'm lying [down] on (my|the) (bed|sofa)",
  "i'm sitting [down] (in|on) my (chair|sofa)",
  "i've just (sat down|settled down) [in my chair|on the sofa]",
  "[i'm] between (deliveries|jobs|shifts|errands)",
  "i'm (standing|waiting) (near|by) the (van|car|door)",
  "i'm (having|eating|about to have) (my lunch|lunch|a snack|my snack|dinner|breakfast)",
  // Someone got to me, before stepping back: "a customer is scolding me", "someone was rude to me at the shop".
  `${UPSETTER} (was rude to me|shouted at me|is scolding me|snapped at me)`,
  "someone was rude to me (at work|at the shop|on the phone) [and i'm still upset]",
]);
