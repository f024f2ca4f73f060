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

/** The skill is asked to start it: "could you please start", "do one thing, put on". */
export const START_ASK =
  '[could you|can you|would you|could you please|can you please|would you please|do one thing|go ahead and|just] (start|begin|play|do|put on)';

/** The person will do it: "i'd like to begin", "let's just do", "can i try". */
export const WE_DO = "(i'd like to|i want to|i need to|i'd love to|let me|let's|let's just|can we|could we|shall we|can i|could i|i'm wanting to) (do|start|begin|try)";

/** Rarer verbs for the same: "let's get going with", "can we have a go at". */
export const WE_TRY = "(i'd like to|i want to|let's|can we|can i|could we) (have a go at|get going with|go through|practise|practice)";

/** Asked as a favour or a fancy: "would you mind starting", "fancy a go at" (British). */
export const FANCY = "((would you mind|do you mind) (starting|doing|putting on|playing)|(i fancy|fancy|how about|i feel like) (doing|trying|a go at|having a go at))";

/** Who is asked to guide (the guiding itself is en.ts's GUIDE): "could you please walk me through". */
export const GUIDE_WHO = '[could you|can you|would you|could you please]';
/** More ways to be guided than GUIDE's: "guide me for" (Indian English), "help me with". */
export const GUIDE_MORE = '(guide me for|help me (with|do))';

/** More ways of having it than en.ts's HAVE: "could you give me", "i reckon", "i only want". */
export const HAVE_MORE = "(could i have|can you give me|could you give me|i reckon|i only want|i just want|i'd like just)";

/** More of what follows a situation than en.ts's SITUATION_THEN: "so you can start", "so just". */
export const AFTER_SITUATION =
  "(could you (take me through|walk me through|lead me through)|can you put on|would you (do|start)|so could you (do|start)|so you can (do|start)|can i do|so let's do|i want to do|i'd like|give me|could you give me|so do|just|so just|so|take me through|lead me through|guide me through|time for)";

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
        'together [now]',
        'with you',
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
        '(any one|anyone|any|whichever|any exercise|any of them|either) (is fine|will do|is good|is okay)',
        "(you choose|you pick|you decide|surprise me|could you choose one|can you choose one|could you pick one|can you pick one|i don't mind which)",
        // What it is not ("…, not the quick one"); a length said after it is a RelaxationLength.
        'not the (short|quick|long) one [and not the (long|short) one]',
        // What the stepping back is for: "… before i react", "… when someone annoys me".
        'before (i react|reacting|i respond|responding|i answer|answering|i reply|replying) [to (someone|people)]',
        'before i (snap|shout|lose my temper) [at (someone|people)]',
        '(to|at) (someone|people|anyone|them)',
        "before i say something i('ll| will) regret",
        '[right away] when (someone|people) (annoys me|annoy me|upsets me|upset me|irritates me|says something [hurtful]|say things)',
        'from (my reaction|a situation|the situation|my reactions)',
        // The end of a description: "the one where i tense each muscle, and then let go".
        '[and] [then] (let go|let them go|relax them)',
        'and (notice|pay attention to) (how it feels|each step|my steps|each bite|it)',
        'and (pay|paying) attention',
      ]),
    },
  ],
};
