import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import { expandPatterns } from '../tools/models/expand';
import type { ModelSource, SlotTypeSource } from './types';
import { englishPainfulAreaIntents, englishRegionType } from './en/painfulAreas';
import { englishItHurtsIntent } from './en/itHurts';
import { englishTimeAvailableIntents, englishTimeAvailableTypes } from './en/timeAvailable';
import { englishPauseResumeIntents, englishPauseResumeTypes } from './en/pauseResume';
import { englishAfterthoughtType, englishStartLeadTypes, FANCY, START_LEAD_TYPE, START_SITUATIONS, START_VERB, START_VERB_AFTER_SITUATION, START_VERB_RARE, START_WANT, START_WHO_TYPE } from './en/startRequests';
import { askYouType, evidenceType, goodWordType, progressAskType, riskWordType, TIP_ASK_MORE, TIP_GIVE_MORE, tipThenType, worksSaidType } from './en/answerPhrasing';

/*
 * The grammar: carriers x verbs x objects, expanded by tools/models/expand.ts. The words for
 * a thing (the exercise, the tip topic, what a question is about) live in slot types, with
 * "the" and "my" in front as people say them: they cost no samples, so one pattern covers
 * every name. A polite word at either end ("please", "kindly", "thanks") needs no sample:
 * Alexa, and the local resolver, hear past it (tools/models/normalize.ts). Contractions are
 * written as people say them.
 */

/** Asking the skill to do something: "could you start", "do one thing, start" (Indian English). */
const YOU = '[could you|can you|would you|could you please|do one thing|go ahead and|just]';
/** The same, for patterns that multiply with more choices. */
const YOU_SHORT = '[could you|can you|would you]';
/** The person wants to do something themselves. */
const WE = "(i'd like to|i would like to|i want to|i need to|i'd love to|let me|let's|let us|can we|could we|shall we|can i|i am wanting to)";
/** Being guided: "talk me through", "lead me in". */
const GUIDE = '((take|walk|guide|lead|talk) me through|(guide|lead) me in)';
/** What follows a situation said first: "my back is stiff, (can we do) the relaxation". */
const SITUATION_THEN = "(can we do|could we do|let's do|could you do|can you do|start|do|i need|i'd like to do|let me do|could you start|can you start|so start|help me with)";
/** Having something: "i'd like", "can i have", "i fancy" (British). */
const HAVE = "(i'd like|i want|i need|give me|can i have|i fancy|fancy|i'd love|time for|i'm ready for|how about|i reckon i need)";

/** Words that pause, and the place that is kept. */
/** Pausing, short, to combine with a reason before or a promise after. */
const PAUSE_NOW = "(pause|pause it|pause this|pause that|pause please|pause here|pause now|pause for now|stop|stop here|stop for now|stop here for today|stop for a while|stop it there|break for now|break please|take a break|hold it there|i need to stop|i need to stop now|i need to stop for now|i have to stop|i have to stop for now|i need a break|can you pause it|could you pause|let's stop here|let's stop here for today|let's pause|that's enough for now)";
/** What people say before a tension rating ("i'm at about a five"). */
const RATE_LEAD = "(my tension is|my tension's|my tension level is|tension is|tension level is|tension level|tension|level|i'm|i am|i'm at|i am at|i'm only at|i feel|i feel like|i'm feeling|i am feeling|i'd say|i would say|i'd say i'm at|i'd give it|i'd rate it|i rate my tension|it's|today it's|probably|maybe|about|say|put me down for|could you put down|note my tension as|put my tension at|i reckon i'm|i'm sitting at|i feel tension of)";

/** A tip, in the words people use (the TipWord slot holds "a tip", "some advice", "any hints"). */
const TIP_ASK = "(give me|tell me|share|i'd like|i would like|i want|i need|can i have|could i have|can you give me|could you give me|could you please give me|could you share|can you share|could you tell me|can you tell me|have you got|do you have|got|i'd love|i fancy|let me hear|i'd like to hear|what is your|what's your|what are your|what's a good|what is a good|suggest|share with me)";
/**
 * The same asks as slot values (TipAsk), for the patterns that go on to a topic: a way to
 * ask costs bytes there, not samples ("do one thing, tell me a tip about sleep").
 */
const TIP_ASKED = '{ask}';
/** A short ask after a situation, in words (a sample is never slots alone): "my back's playing up, have you got a tip". */
const TIP_GIVE = "(give me|tell me|could you give me|can you give me|have you got|do you have|got|any|share)";
const TIP_FOR = '(for|about|on|with|regarding|to help with|for dealing with|to|related to|when it comes to)';
/** Asking for a tip after saying the situation: "i can't sleep because of my back, any tips". */
const TIP_AFTER = "(any tips|any tip|any advice|any suggestions|any ideas|what can i do|what should i do|what do i do|what do you suggest|what would you suggest|what do you reckon|what do you reckon i should do|what to do|what helps|what would help|how can i help myself|give me a tip|give me some advice|could you give me some advice|could you give me a tip|can you give me a tip|tell me a tip|help me with a tip|have you got a tip|have you got any tips|do you have a tip|do you have any tips|got any tips|any tips for me|any advice for me|help|help me|help my back|what helps my back|what to do for my back|should i keep doing them|how do i keep doing them|any tips for sticking with them)";
/** The pain, said after a tip's topic: "sleeping when my back aches" (phrasing only, PainSaid). */
const TIP_PAIN = '{with}';

/** Each name alone and with the small words people put before a thing ("the body scan"). */
function withArticles(names: readonly string[], articles: readonly string[] = ['the', 'my', 'a']): string[] {
  return [
    ...new Set(
      names.flatMap((name) => [
        name,
        ...articles.map((article) => (article === 'a' && /^[aeiou]/.test(name) ? `an ${name}` : `${article} ${name}`)),
      ]),
    ),
  ];
}

/**
 * A tip topic's words. The pain said after a topic ("sleeping with back pain") is the PainSaid
 * slot of the tip samples, so the topic's words need not repeat it.
 */
function withTopic(terms: readonly string[]): string[] {
  return [...new Set(terms)];
}

/** Slot values from patterns: the same grammar as samples, for the words of a thing. */
function said(...patterns: string[]): string[] {
  return expandPatterns(patterns);
}

/** The ways to ask what something is; `{subject}` is the thing asked about. */
function whatIs(slot: string): string[] {
  return [
    `[{you}] (explain|describe|define|tell me about|explain me|tell me a bit about) ${slot} [to me|in simple words|exactly]`,
    `(what is|what's|what exactly is|what's this|what is this) ${slot} [exactly|all about|about|about then|then|in simple words|thing]`,
    `what does ${slot} [actually|really] (mean|involve|do)`,
    `how does ${slot} [actually|really|even] work`,
    // Indian English keeps the statement order: "how muscle relaxation is working", "tell what is mindfulness".
    `how ${slot} (is working|works|is done)`,
    `[{you}] (tell|tell me|explain|explain me) (what is|what's|how is) ${slot}`,
    `[{you}] (tell|explain me) (what|how) ${slot} (is|works|means)`,
    `how is ${slot} (done|supposed to work|meant to work)`,
    `(what happens|what do i do|what do you do|what do i have to do|what's involved|what is involved|what exactly happens|what do you actually do) in ${slot}`,
    `(what is|what's) the (idea|point|principle|meaning|concept|purpose|theory) (behind|of) ${slot}`,
    `(give me|i'd like|i would like) (an explanation of|some information about|information about|a description of) ${slot}`,
    `(i want|i'd like|i would like) to (know|know more|learn|hear) about ${slot}`,
    `[{you}] (tell me|explain) (what|how) ${slot} [actually|really|exactly] (is|works|means)`,
    `(i'd like|i want) to (understand|know) (what|how) ${slot} (is|works)`,
    `(i've never|i have never) (done|tried|heard of) ${slot} (what is it|what is that|how does it work)`,
    `(i (don't|do not) (know|understand)|i'm not [quite] sure [i understand]) (what ${slot} is|what is ${slot}) [could you explain|tell me]`,
    `(what do you|what do people) mean by ${slot}`,
    `${slot} means what`,
    `${slot} (what is it|what is that) [kindly tell|tell me]`,
    `what is ${slot} and how does it work`,
    `(what is|what's) meant by ${slot}`,
    `tell me about ${slot} what is it`,
  ];
}

/**
 * Each word once per slot type: a synonym that repeats its value's name, or a word an
 * earlier value already holds, is dropped (Alexa resolves a word to one value).
 */
function distinct(types: readonly SlotTypeSource[]): SlotTypeSource[] {
  return types.map((type) => {
    const seen = new Set(type.values.map((v) => v.name));
    return {
      ...type,
      values: type.values.map((v) => ({
        ...v,
        synonyms: v.synonyms.filter((word) => !seen.has(word) && Boolean(seen.add(word))),
      })),
    };
  });
}

/** Shared by en-US, en-GB, en-CA, en-AU and en-IN. */
export const english: ModelSource = {
  language: 'en',
  invocationName: 'muscle relaxation',
  launchVerbs: ['open', 'start', 'launch', 'begin', 'load', 'run'],
  oneShotPatterns: ['ask {invocation} (to|for|about|if|whether) {request}', 'ask {invocation} {request}', 'tell {invocation} (to|that) {request}', '{request} (with|using|from) {invocation}'],
  intents: [
    {
      name: IntentNames.StartRelaxation,
      slots: [
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: 'first', type: 'Situation' },
        { name: 'after', type: 'Afterthought' },
        { name: 'lead', type: START_LEAD_TYPE },
        { name: 'who', type: START_WHO_TYPE },
      ],
      samples: [
        // How it is asked is the lead ("could you please", "so i think i'll"): one pattern per verb.
        `[{lead}] ${START_VERB} [{length}] {practice} [{after}]`,
        `[{lead}] ${START_VERB_RARE} {practice} [{after}]`,
        `{first} [{lead}] ${START_VERB_AFTER_SITUATION} [{length}] {practice} [{after}]`,
        `[{first}] {who} ${START_WANT} [{length}] {practice} [{after}]`,
        '{first} (so|and|so just|then|just) [{length}] {practice} [{after}]',
        `${HAVE} [{length}] {practice} [{after}]`,
        'put [{length}] {practice} on',
        `${FANCY} {practice}`,
        '[just|only] [{length}] {practice} [{after}]',
        '[just|only] [{length}] {practice} please {after}',
        // The length said after the relaxation: "the muscle relaxation, the long one", "… in short form".
        '[{lead}] (start|do|give me) {practice} ([in] {length} (version|one|form)|{length}) [{after}]',
        '[{who} (like|want)] {practice} ([in] {length} (version|one|form)|{length}) [{after}]',
        '(could you|can you|let us|let\'s) do {practice} but {length} (version|one)',
        '[{lead}] (start|do|have) {length} (one|version|session) [instead]',
        `(${HAVE}|i'd like to do|let's do) {length} (one|version)`,
        `{first} ${SITUATION_THEN} {length} (one|version)`,
        // Said to an offer or mid-exercise: "the short one please", "can we do a shorter one".
        "[no|just] {length} (one|version|session) [instead|please|today]",
        "[{first}] {lead} [help me] (relax|relax my muscles|relax my body|loosen up|relax my muscles one by one|tense and relax my muscles)",
        "[{first}] help me (relax|relax my muscles|relax my body|loosen up)",
        `${WE} (relax|loosen up)`,
        `${GUIDE} (relaxing|tensing and relaxing) my muscles`,
        'relax my muscles',
        "(something|anything) {length} [please|i've only got a few minutes|i only have a few minutes]",
        "(i don't have much time|i'm short on time|i haven't got long|i have very little time) [give me] something {length}",
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: 'first', type: 'Situation' },
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: 'after', type: 'Afterthought' },
        { name: 'lead', type: START_LEAD_TYPE },
        { name: 'who', type: START_WHO_TYPE },
      ],
      samples: [
        `[{lead}] ${START_VERB} [{length}] {exercise} [{after}]`,
        `[{lead}] ${START_VERB_RARE} {exercise} [{after}]`,
        // The situation said first ("i'm lying in bed, so could we do the body scan").
        `{first} [{lead}] ${START_VERB_AFTER_SITUATION} [{length}] {exercise} [{after}]`,
        `[{first}] {who} ${START_WANT} [{length}] {exercise} [{after}]`,
        '{first} (so|and|so just|then|just) [{length}] {exercise} [{after}]',
        `${HAVE} [{length}] {exercise} [{after}]`,
        `${FANCY} {exercise}`,
        '[just|only] [{length}] {exercise} [{after}]',
        '[just|only] {exercise} please {after}',
        '[i reckon|i think|maybe] {exercise} (would be nice|would help|might help)',
        // The exercise named first, then started: "the one where i feel each part of my body, start that".
        '{exercise} [so|and] (start|begin|play|do) (it|that|that one)',
        // The exercise said as what one does ("meditate on my breath"): those words are exercise values too.
        `[{first}] (${WE}|help me|help me to|guide me to|i want to just|i'd like to just|teach me to|show me how to) {exercise} [{after}]`,
        "(i feel like|i fancy) (meditating|a meditation)",
        `[${YOU_SHORT}] (pick|choose|surprise me with|suggest) {exercise} [{after}]`,
        '{exercise} (is fine|will do|cheers|one)',
        "(i don't mind which one|any one is fine|you choose) [just] (start|give me) {exercise}",
      ],
    },
    {
      name: IntentNames.Tip,
      slots: [
        { name: SlotNames.Topic, type: SlotTypes.Topic },
        { name: 'advice', type: 'TipWord' },
        { name: 'pain', type: 'BackPain' },
        { name: 'ask', type: 'TipAsk' },
        { name: 'with', type: 'PainSaid' },
        { name: 'before', type: 'TipSituation' },
        { name: 'then', type: 'TipThen' },
        { name: 'good', type: 'GoodWord' },
      ],
      samples: [
        `(${TIP_ASK}|${TIP_ASK_MORE}) {advice} [today|for today]`,
        // The pain between the topic and the tip word ("desk job back pain advice"); an ask after it ("…, kindly tell").
        '{topic} {pain} (tip|tips|advice) [{then}]',
        `{topic} (tip|tips|advice) [${TIP_PAIN}] {then}`,
        `{advice} (for|about|on) {topic} [${TIP_PAIN}] {then}`,
        `${TIP_ASKED} {advice} ${TIP_FOR} {topic} [${TIP_PAIN}] [today]`,
        `{advice} ${TIP_FOR} {topic} [${TIP_PAIN}]`,
        '{advice} [please|today]',
        `${TIP_ASKED} {advice} (for|with|about|on) {pain}`,
        `${TIP_ASKED} {advice} with me`,
        `what {advice} (have you got|do you have|you have) [${TIP_FOR} {topic}] [${TIP_PAIN}]`,
        // The topic and the pain as two things: "a tip about stress and back pain".
        "[give me|tell me|could you give me|i'd like|any] {advice} (on|about|for) {topic} (and|with) {pain}",
        `${TIP_ASKED} (a|an|some|any|one|your) {topic} (tip|tips|advice|hint|hints) [${TIP_PAIN}]`,
        `(a|an|any|some|one|another) {topic} (tip|tips|advice|hint) [${TIP_PAIN}]`,
        `{topic} (tip|tips|advice) [${TIP_PAIN}]`,
        // After the article patterns, so "an activity tip" is the activity's: the topic before the tip word without an article ("tell sleep tip", "give me workplace tip").
        `${TIP_ASKED} {topic} (tip|tips|advice|hint) [${TIP_PAIN}]`,
        // The situation first, then the ask: "i'm stressed and my back's tight, any tips".
        `{topic} [${TIP_PAIN}] ${TIP_AFTER}`,
        `{topic} [${TIP_PAIN}] (any tips|any tip|any advice|what can i do|what should i do|what to do) for {pain}`,
        `(what should i do|what can i do|what to do|what helps|what do i do) (when|if) {topic} [${TIP_PAIN}]`,
        // A question first, then the ask: "what can i do for my back, give me a tip".
        "(what can i do|what should i do|what do you reckon i should do|help me) (for|with) {topic} (give me a tip|give me some advice|any tips|any advice|have you got a tip)",
        `{topic} [${TIP_PAIN}] (${TIP_GIVE}|${TIP_GIVE_MORE}) {advice}`,
        `{topic} [${TIP_PAIN}] (do you have|any|give me) {advice} (for|about) {pain}`,
        // What a thing does to the back, then the ask: "computer work is giving me back pain, any tip".
        '{topic} (is giving|is causing|causes) [me] {pain} [{then}]',
        // How it is said first, then any ask: "my back's playing up, have you got a tip".
        `{before} ${TIP_AFTER}`,
        `{before} [${TIP_ASKED}] {advice} ${TIP_FOR} {topic} [${TIP_PAIN}]`,
        `{before} (${TIP_GIVE}|${TIP_GIVE_MORE}) {advice} [${TIP_PAIN}]`,
        `{before} (how can i|how do i|how to|what can i do to|what should i do to|tell me how to) {topic} [${TIP_PAIN}]`,
        // How one thing works on the other: "how does stress affect my back".
        '(how does|how do|does|can|could) {topic} (affect|make worse) {pain} [{then}]',
        '(does|can) {topic} make {pain} worse',
        "(is|could) {topic} (be the reason for|the reason for|the cause of) {pain}",
        "(what is|what's) the (connection|link) between {topic} and {pain}",
        "(how can i|how do i|how to) {topic} so my back (doesn't hurt|does not hurt|hurts less) [so much]",
        // The pain first, then where: "any advice on back pain at work".
        `[${TIP_ASKED}] {advice} (on|for|about) {pain} (at|in|during|when|from|while|and) {topic}`,
        '{then} (for|about|with) {pain} (at|during|when|while|from) {topic}',
        'how (to|do i|can i) (avoid|prevent|stop) {pain} (at|during|when|while|from) {topic}',
        'how (do|can) i (stop my back (aching|hurting)|keep my back from hurting) (at|during|when|while) {topic}',
        // How to do a thing with the pain: "how can i keep moving with my bad back".
        `(how can i|how do i|how to|how should i|how do i best|how can i best|what can i do to|what should i do to|i'd like to know how to|tell me how to|can you tell me how to|could you tell me how to|what's the best way to|what is the best way to|what's a good way to) {topic} [${TIP_PAIN}]`,
        `(how can i|how do i|how to|how should i|tell me how to) {topic} [${TIP_PAIN}] {then}`,
        `(what is|what's|is there) (the right|the correct|the best|a better|a good) way to {topic} [${TIP_PAIN}]`,
        // Questions about a thing: "should i use a standing desk", "how high should my screen be".
        `should i (use|get|buy) {topic} [${TIP_PAIN}]`,
        'how (high|low) should {topic} be',
        `how should {topic} be set up [${TIP_PAIN}]`,
        'how often should i (get up|take a break|take breaks) (from|at) {topic}',
        `(should i|can i) {topic} [${TIP_PAIN}] [{then}]`,
        `how (much|often) should i {topic} [in a day] [${TIP_PAIN}]`,
        `how {topic} should i be [${TIP_PAIN}]`,
        `(tell me|could you tell me|can you tell me) [something] (about|for) {topic} [${TIP_PAIN}]`,
        // Questions about one thing: "is swimming good for back pain", "what mattress is best".
        '(is|are) {topic} {good} [(for|with) {pain}] [or not] [{then}]',
        `is it {good} to [do|go to] {topic} [${TIP_PAIN}] [{then}]`,
        `(i'd like to know|could you tell me) if i (should|can) [still] {topic} [${TIP_PAIN}]`,
        `how (much|often) {topic} should i (do|get|have) [${TIP_PAIN}]`,
        '{topic} (is|are) {good} (for|with) {pain} [or not|or no] [{then}]',
        "(what is|what's) [a] good {topic} (for|with) {pain}",
        '(tell me|could you tell me|can you tell me) how {topic} (affects|affect) {pain}',
        `(can i|should i) [still] (do|go|go to|play|keep doing) {topic} [${TIP_PAIN}]`,
        `(can i|should i) (do|go to|keep doing) {topic} [${TIP_PAIN}] {then}`,
        `(should i|can i) (avoid|do|keep) {topic} [${TIP_PAIN}]`,
        '(what|which) [kind of] {topic} (is|are) {good} (for|with) {pain} [{then}]',
        '(what|which) [kind of] {topic} (would you recommend|do you recommend|should i do) (for|with) {pain}',
        // A thing asked about by its kind: "which position is good for sleeping", "what mattress should i buy".
        `(what|which) {topic} [${TIP_PAIN}]`,
        '(what|which) [kind of] {topic} (helps|help) [with] {pain}',
        `(what|which) {topic} (should i do|should i use|should i avoid|to avoid|to do) [${TIP_PAIN}]`,
        "(what is|what's) the (best|right|correct) {topic} (for|with) {pain}",
        `how (often|much) should i (do|be) {topic} [${TIP_PAIN}]`,
        // "what can i do for sleeping", "give me a tip about stress": the ask is a TipThen value.
        `{then} (for|about|with) {topic} [${TIP_PAIN}]`,
        `(help me with|what helps with|what helps) {topic} [${TIP_PAIN}]`,
        '(tip of the day|tip of the day for back pain)',
        // Help asked for the back itself, no topic: "how can i ease my back pain", "what would you recommend for back pain".
        '(how can i|how do i|how to|what can i do to) (ease|relieve|reduce|get rid of|manage|deal with|cope with|live with) {pain}',
        '(can you|could you) help me with {pain}',
        "(what is|what's) (good|best|helpful) for {pain}",
        'tell me what to do (about|for|with) {pain}',
        'anything you (can|could) (suggest|recommend) for {pain}',
        // A thing asked after: "what about housework with a bad back".
        `what about {topic} [${TIP_PAIN}]`,
        'how much {topic} is {good} (for|with) {pain}',
        'is {topic} making {pain} worse',
        "(what is|what's) the (best|right|correct) {topic}",
        '(what|what else) (would|do|can) you (recommend|suggest) (for|with) {pain}',
        '(do you have|have you got) anything (that could help|that might help|that helps|for) {pain}',
        'help me {topic} {with}',
        `(the best|best|a good|a better) way to {topic} [${TIP_PAIN}]`,
        '(tell me|can you tell me|could you tell me|suggest) something (useful|helpful|that might help|that helps) [for] {topic}',
      ],
    },
    {
      name: IntentNames.WhatIsPmr,
      slots: [{ name: SlotNames.Practice, type: SlotTypes.Practice }, { name: 'you', type: 'AskYou' }],
      samples: [
        ...whatIs('{practice}'),
        "who (came up with|invented|developed) {practice} [and how does it work]",
        'why do (i|you) tense (my|the) muscles [first] in {practice}',
        'how does (tensing|tensing and relaxing|tensing and letting go of) (my muscles|muscles) help [me relax]',
        'what does progressive mean in {practice}',
      ],
    },
    {
      name: IntentNames.WhatIsMindfulness,
      slots: [{ name: 'subject', type: 'MindfulnessName' }, { name: 'you', type: 'AskYou' }],
      samples: [
        ...whatIs('{subject}'),
        '(what does it mean|what do you mean|what does one mean) to be mindful',
        'what does (mindful|being mindful) mean',
        '(what do people mean|what does everyone mean|what do you mean) by {subject}',
        'is {subject} (like|the same as|same as|just) meditation [what is it]',
        "(i keep hearing (about|the word)|i've heard (of|about)|my (doctor|physio|colleague|granddaughter|friend) (mentioned|told me about|talks about)) {subject} (what is it|what is that|what is it exactly)",
        'what is this {subject} everyone (is talking|talks) about',
        '(tell me|kindly tell me|what is|could you explain|can you explain|explain) the meaning of (mindful|mindfulness)',
        'how would you (describe|explain|define) {subject}',
        'explain me {subject}',
        "i (don't|do not) [really] (understand|know) {subject} (what is it|could you explain it|explain it [to me])",
        "(i've never|i have never) (done|tried|heard of) {subject} what is it exactly",
        "(i'd like to know|i want to know|tell me|can you tell me|could you tell me) what {subject} (is|means|is about|is all about|really is)",
        "(what is|what's) the point of {subject} what is it",
      ],
    },
    {
      name: IntentNames.DoesItWork,
      slots: [
        { name: 'subject', type: 'PracticeSubject' },
        { name: 'pain', type: 'BackPain' },
        // The pain said after the question ("for my lower back"), a doubt or the pain said first, a doubt said after.
        { name: 'with', type: 'PainSaid' },
        { name: 'before', type: 'AnswerSituation' },
        { name: 'doubt', type: 'Doubt' },
        { name: 'works', type: 'WorksSaid' },
        { name: 'evidence', type: 'EvidenceWord' },
      ],
      samples: [
        '(does|do|will|can|could|would) {subject} {works} [{with}] [{doubt}]',
        // Statement order, the doubt after: "these exercises help back pain or no", "really it will help my back".
        '{subject} (helps|help|works|work|will help) {pain} (or not|or no)',
        '[really] (it|this) will (help|work for) {pain}',
        '(will|can) {pain} (reduce|get better|improve) (by doing|with|from) {subject}',
        '(does|do|will|can|could) {subject} [really|actually] (help|ease|reduce|relieve|improve|do anything for) {pain}',
        '(is|are) {subject} (effective|good|helpful|any good|useful|worth it|worth doing) [{with}] [{doubt}]',
        '(is|are) {subject} working [{with}] [{doubt}]',
        '(is|are) {subject} [really|actually] (proven to help|shown to help|known to help) {pain}',
        '(is there|is there any|any) {evidence} [that|showing] {subject} (helps|works) [{with}]',
        '(is there|are there) [any] {evidence} (on|for) {subject} [{with}]',
        '(does|do) {evidence} (show|say) [that] {subject} (helps|works) [{with}]',
        '(has it been shown|is it proven|is it true) that {subject} (helps|reduces|eases) {pain}',
        "(tell me|could you tell me|i'd like to know) if {subject} [really|actually] (helps|help|works|work) [{with}]",
        "(what are the benefits|what is the benefit|what is the use|what's the use) of {subject} [{with}]",
        "(what is|what's) the use of {subject} [{with}] (does it really help|does it help|does it work)",
        'how (effective|helpful|useful|good) (is|are) {subject} [{with}]',
        "(what is|what's) the {evidence} (for|on|behind|that) {subject} [(helps|works)] [{with}]",
        '(what does|what do) the (research|studies|evidence) say [about {subject}]',
        '(has|have) {subject} been (shown|proven) to help [with] {pain}',
        'how (well|much) (does|do|will|can) {subject} (work|help) [{with}]',
        'how (does|do) {subject} help [with] {pain}',
        '(will|would|can) {subject} [really] make my back (feel better|better|less painful)',
        "will i (notice|feel|see) a difference [in {pain}]",
        'is it worth doing {subject} [{with}]',
        "{before} (does|will|can|could) {subject} {works} [{with}]",
        'how do i know [if|that] {subject} (will|can) (help|work) [{with}]',
        '(does|will|can) {subject} [really] make a [real] difference [{with}]',
        'will {subject} [really] make a difference (to|for) {pain}',
        '(does|will) any of (this|these|it) [really|actually] (work|help) [{with}]',
        'does it [really|actually] help to (relax|meditate) [{with}]',
      ],
    },
    {
      name: IntentNames.WhoShouldAvoidMindfulness,
      slots: [
        { name: 'subject', type: 'MindfulnessName' },
        { name: 'before', type: 'AnswerSituation' },
        { name: 'who', type: 'MindfulnessCondition' },
        { name: 'risk', type: 'RiskWord' },
      ],
      samples: [
        // A health history said first ("i've been treated for depression"), a condition said after ("if i have ptsd").
        "{before} [so] (is|are) {subject} (safe|okay|ok|right|suitable|a good idea) [for me]",
        "{before} (can i do|can i practise) {subject} safely",
        "{before} [so] (should i avoid|can i do|can i still do|is it safe to do|is it safe for me to do|should i do) {subject}",
        "{before} is it (safe|okay|ok) (for me to meditate|to meditate)",
        "(should i|do i need to) avoid {subject} {who}",
        "who (is|are) {subject} not (suitable|recommended|safe|good|right) for",
        "who's {subject} not (suitable|recommended|safe|good|right) for",
        "(can|could) (anyone|everyone|everybody) do {subject} [or are there exceptions]",
        "should i (consult|ask|talk to|see) (someone|a doctor|my doctor) before (doing|starting|trying) {subject}",
        "(could you tell me|tell me|i'd like to know) (if|whether) there are any {risk} (with|of|in) {subject}",
        "(is there|are there) (anyone|anybody|people) who (should avoid|should stay away from) {subject}",
        "(i'd like to know|tell me|could you tell me) who (should not|shouldn't|should avoid|should stay away from) (do|try|) {subject}",
        "(can|could) {subject} bring up bad (memories|feelings) (is that a risk|is that dangerous|is that normal)",
        "who (should not|shouldn't|should avoid|must not|should be careful with|should stay away from) (do|try|practice|practise|) {subject}",
        "who (should not|shouldn't|must not) (meditate|do meditation)",
        "(is|are) {subject} (safe|right|suitable|harmful|dangerous|bad|risky|okay|ok) [{who}]",
        "(can|could) {subject} (be harmful|be dangerous|be bad for me|make things worse|have negative effects|cause any problems|cause problems|bring up bad feelings|bring up bad memories|hurt me)",
        "(does|do) {subject} have [any] (risks|negative effects|side effects|downsides)",
        "is it (safe|risky|okay|ok|dangerous) (to do|doing|for me to do) {subject} [if i have anxiety|if i have depression|if i have mental health problems]",
        "is it (safe|okay|ok) (to meditate|for me to meditate) [if i have anxiety|if i have depression|if i have mental health problems]",
        "(is|are) there [any] {risk} (of|with|in|to|from) {subject} [{who}]",
        // The risk named alone: "any side effects of meditation", "risks of mindfulness".
        "[any] {risk} (of|with|from|in doing|in) {subject}",
        "(is|are) {subject} (dangerous|harmful|bad|not good|not safe) for (anybody|anyone|some people|someone)",
        "(is there|are there) (anyone|anybody|people) for whom {subject} is not (good|safe|suitable|right)",
        "when should (someone|anyone|people) not (do|practise|practice) {subject}",
        "(can|could) {subject} make (things|anxiety|depression|my anxiety|my depression|trauma) worse [{who}]",
        "(is|are) there [any] (reasons not to do|danger in doing) {subject}",
        "(what are|tell me) the {risk} (of|with|for) {subject}",
        "(are there|is there) (people|anyone|anybody) who (shouldn't|should not) (do|practise|practice|try) {subject}",
        "(are there|is there) (people|anyone|anybody) who (shouldn't|should not) meditate",
        "(should|must|can) (anyone|i) (not do|avoid|be careful with) {subject}",
        "when should (i|you|one) not (do|try|practice|practise) {subject}",
        "what should i (be careful of|watch out for) with {subject}",
        "(any|are there any) (reasons not to do|precautions for|risks with) {subject}",
        "(i am|i'm) (depressed|in a depression|an addict|in recovery|on antidepressants) (can i do|is it safe to do|should i avoid) {subject}",
        "(i'd like to know|kindly tell me|tell me) (if|whether) {subject} is safe",
        "{subject} is (safe|harmful|dangerous) [{who}] or not",
        "{before} (is|are) there [any] {risk} (in|with|of) {subject}",
      ],
    },
    {
      // "Can I use heat?": the heat-or-cold tip, asked for directly (two first-time testers asked it).
      name: IntentNames.HeatOrCold,
      samples: [
        "(can|could|should) i use (heat|ice|a heat pack|a hot water bottle|a heating pad|an ice pack|a cold pack|heat or ice) [on my back|for my back|for back pain]",
        "(is|would) (heat|ice|warmth|cold|a heat pack|a hot water bottle|a heating pad) (good|better|helpful|okay) (for|with) (my back|back pain|my lower back|my back pain)",
        "(does|will|would) (heat|ice|warmth|cold|a hot bath|a heat pack|a hot water bottle|a heating pad) help [my back|with my back pain|with back pain]",
        "(heat|warmth) or (ice|cold) [for my back|for back pain]",
        "(which is better|what is better|what's better|what should i use) (heat|warmth) or (ice|cold) [for my back|for back pain]",
        "should i put (heat|ice|something warm|something cold) on my back",
        "is (heat|warmth) or (ice|cold) better [for my back|for back pain]",
        "what about a (heating pad|heat pack|hot water bottle|hot bath)",
      ],
    },
    {
      name: IntentNames.HowToLearn,
      // What is learnt and where (a course, an app, a teacher) are slot values.
      slots: [
        { name: 'subject', type: 'PracticeSubject' },
        { name: 'course', type: 'CourseKind' },
        { name: 'teacher', type: 'Teacher' },
        { name: 'where', type: 'LearnWhere' },
        { name: 'manner', type: 'LearnManner' },
        { name: 'pain', type: 'BackPain' },
      ],
      samples: [
        // Where or how, and then what is done: "where can i", "kindly tell me where i can" (LearnWhere), "learn", "join".
        "{where} (learn|get taught|properly learn|get trained in|get properly taught) {subject} [{manner}]",
        "{where} (find|take|do|join|get) {course} [(for|in|on|to learn) {subject}] [{manner}]",
        "{where} (find|take|do|join|get) [a|an|some] {subject} {course} [{manner}]",
        "(is there|are there|any) {course} (for|in|on|to learn|for learning) {subject} [near me|i can do|i can take]",
        // Asked as a choice or a favour: "which app is good for learning mindfulness", "can i join a course for relaxation".
        "(what|which) {course} (is good|are good|is best|are best|do you recommend|would you recommend) (for|to learn|for learning) {subject}",
        "(can|could) i (join|take|do|find) {course} (for|in|on) {subject}",
        "(tell|tell me|do you know|suggest) {course} (for|in|on|to learn) {subject}",
        "(is there|are there) [a|an|any] {subject} {course} [near me|i can do|i can take|i could take]",
        `${YOU_SHORT} (recommend|suggest) {course} (for|in|to learn) {subject}`,
        `${YOU_SHORT} (recommend|suggest) [a|an] {subject} {course}`,
        // Where to go, said after ("… properly, so where should i go"), is a LearnManner value.
        "(i'd like to|i want to) (take|find|join|do) {course} (in|for|on) {subject} [{manner}]",
        "(i want to|i'd like to) learn {subject} ({manner}|with a real teacher) [how do i do that]",
        "(does|will) my [health] insurance (pay for|cover) {course} [(for|in) {subject}]",
        "does insurance (pay for|cover) [a|an] [{subject}] {course}",
        "who (can|could) teach me {subject}",
        "(is there|are there) {course} [near me|nearby|in my area]",
        "(can you|could you) (recommend|suggest) {course}",
        "{where} learn more about {subject} [{manner}]",
        "(what|which) {course} (are there|should i use) (for|to learn) {subject}",
        "(who teaches|how would i go about learning|where do people learn) {subject} [{manner}]",
        "(can|could) i learn {subject} (online|from a book|in a class|from an app)",
        "how do i learn to do (this|it) properly",
        // Where, how and from whom, in more words: "where to learn relaxation techniques", "can my physio teach me".
        "(what's|what is) the (best|right|easiest) way to learn {subject} [properly|correctly]",
        "(suggest|tell me) (some|a|the best) way to learn {subject} [correctly|properly]",
        "(does|will) my [health] insurance (pay for|cover) [a|an] {subject} {course}",
        "(can|could|would) {teacher} (teach me|show me|help me learn) {subject}",
        "(can|could|would) {teacher} (send|refer) me to [a|an] [{subject}] {course}",
        "(is there|are there|any) {course} [near me] (for|in|on|to learn) {subject}",
        "(is there|are there) [a|an|any] {subject} {course} for {pain}",
        "(i'd like to|i want to) (take|find|join|do) [a|an] {subject} {course} [{manner}]",
        "(i'd like to|i want to) learn [more] about {subject} {manner}",
        "how (can|do) i get better at {subject}",
      ],
    },
    {
      name: IntentNames.WhenToSeeDoctor,
      // Who to see, what is felt and the signs asked about are slot values: one pattern covers each word.
      slots: [
        { name: 'doctor', type: 'Doctor' },
        { name: 'pain', type: 'BackPain' },
        { name: 'signs', type: 'WarningSigns' },
        { name: 'symptom', type: 'DoctorSymptom' },
      ],
      samples: [
        '(when|at what point) (should|do) i (see|go to|consult|visit|call) {doctor} [(about|for|with) {pain}]',
        // Pain shooting down a leg mid-exercise gets the warning signs, not the "ow" answer (docs/protocol.md, "When it hurts").
        "[ow|ouch] (i have|i've got|i felt|i feel|i'm getting) a (shooting|sharp|burning) pain (down|into|in) my leg",
        '[ow|ouch] (the|my) pain (is shooting|shoots|goes|runs|is going) down my leg',
        "(ow|ouch) my leg (is|has gone|feels) (numb|weak)",
        'when (do i need to|should i) (see|go to) {doctor} [(about|for|with) {pain}]',
        '(should|do) i (see|need|go to|call|need to see|consult) {doctor} [(about|for|with) {pain}]',
        '(is it|when is it) time to (see|call|go to) {doctor} [(about|for) {pain}]',
        "(i'd like to know|could you tell me|tell me|tell) when (to see|to go to|i should see|i should go to) {doctor} [(about|for) {pain}]",
        // Statement order (Indian English) and the need said of the pain: "when back pain is dangerous", "when back pain needs a doctor".
        '[tell me] when {pain} (is serious|is dangerous|is an emergency|needs {doctor}|needs medical attention|needs medical help)',
        '(when|at what point) i should (see|go to|consult|show my back to) {doctor}',
        '(what|which) {signs} (mean|tell me) (i need|{pain} needs) {doctor}',
        '(what|which) {signs} mean i need {doctor} (for|with) {pain}',
        '{signs} (for|with|in|of) {pain} [kindly tell|tell me]',
        '(what|which) {signs} should (worry me|i worry about) [(with|in|about) {pain}]',
        'is {pain} serious (should i see|do i need|should i go to) {doctor}',
        'how do i know (if|when) i should (see|go to|call) {doctor}',
        'how do i know when to (see|go to|call) {doctor}',
        '(what are|which are) [the] {signs} [that] i (need|should see) {doctor}',
        'is there anything i should (watch out for|look out for|worry about) [with {pain}]',
        '(is it|is that) serious (if|when) {symptom}',
        '{symptom} [(should|do) i (see|need|go to|call) {doctor}]',
        '{symptom} (is (it|that) serious|is that bad|do i need to see someone|should i see someone|what should i do|what can i do|what do i do|any advice|any tips)',
        '(what|which) {signs} (should i (watch for|look out for|worry about|not ignore)|are dangerous|are serious|are red flags|need urgent help)',
        '(what|which) {signs} (mean|tell me) i should (see|go to|call) {doctor}',
        '(what are|which are|tell me|what) [the] {signs} [(with|for|in|of) {pain}]',
        '{pain} {signs}',
        '(what|which) {signs} should i (watch for|look out for) (with|in) {pain}',
        'when is {pain} (serious|dangerous|an emergency|something serious|more than just back pain)',
        "(how do i know if|how can i tell if|could you tell me when|i'd like to know when) {pain} (is serious|is dangerous|is an emergency|is something serious|needs a doctor)",
        'when (should|do) i (get|seek) (medical help|medical attention|help) (for|with) {pain}',
        'when should {pain} be (looked at|checked) [by {doctor}]',
        '(should i|when should i) worry about {pain}',
        '(should i be|do i need to be) (worried|concerned) about {pain}',
        '(what|which) {signs} mean i should (see|go to|call) {doctor} [(with|about|for) {pain}] [straight away|immediately]',
        '(what|which) {signs} need {doctor} [immediately|straight away]',
        '(what are|tell me) the {signs} i should (not ignore|look out for|watch for) [(with|in) {pain}]',
        "(i'd like to know|tell me|could you tell me) (what|which) {signs} to (look out for|watch for)",
        'when (to|do i need to) (see|consult|visit|go to) {doctor} [(about|for) {pain}]',
        '[tell me] (when|at what point) (should i|i should|do i need to) get {pain} (checked|checked out|looked at)',
        '(is|could) {pain} be (serious|something serious|serious enough for a doctor|something to see a doctor about)',
        'is {pain} (serious|something serious|serious enough for a doctor|something to see a doctor about)',
        '(what kind of|how bad does) back pain (needs a doctor|has to be to see a doctor)',
        'when does back pain need (a doctor|medical attention)',
        // One numb or weak leg, or a worry, is the doctor-soon tier: the whole answer (docs/protocol.md).
        "my leg is (numb|weak|tingling|going numb)",
        "i (have|feel|am having|have got|got) (numbness|tingling|weakness) in my leg",
        "(is this|is my back pain) an emergency",
        "my back pain is (getting worse|much worse|unbearable|really bad)",
        "i (fell|had a fall|had an accident) and my back (hurts|is really painful) [what should i do|should i see a doctor|is it serious]",
        // The sign said after the question: "should i call the doctor if my back pain gets worse".
        '(should|do) i (see|call|need|go to|need to see) {doctor} (if|because|since|when) {symptom}',
        '(is it|when is it) time to see {doctor} (if|because|since|when) {symptom}',
        'what should make me (see|go to|call) {doctor} [(about|for|with) {pain}]',
        'when should i stop (self care|treating it myself|managing it myself|looking after it myself) and (see|go to) {doctor}',
        '(could you tell me|tell me|can you tell me) (which|what) {signs} are (warning signs|red flags|dangerous|serious)',
        '(what|which) {signs} should {doctor} (look at|check|see)',
        'how bad does back pain have to be (to see a doctor|before i see a doctor)',
        '(what|which) {signs} (mean|show|tell me) {pain} is (serious|dangerous)',
      ],
    },
    {
      // Emergency-tier signs said as felt: a short answer with the action first (docs/protocol.md, "Red flags").
      name: IntentNames.UrgentSymptom,
      samples: [
        // Said mid-exercise, maybe after an "ow": a leading "ow" must not pull it away to ItHurtsIntent.
        "[ow|ouch] i (can't|cannot) feel my (legs|feet|bottom|bum|buttocks)",
        // Bladder, bowel and saddle signs in everyday words, a fall, an ambulance (the clinician's review, round 19).
        "i (wet myself|wet my pants|can't hold my (pee|water|wee)|can't hold it in)",
        "i('ve| have) lost control of my (bowels|bladder)",
        "i('m| am) numb between my legs",
        "(do i need to|should i) call an ambulance",
        'i fell (down the stairs|over|badly) and (my back hurts|now my back hurts)',
        "[ow|ouch] my (legs are|feet are|bottom is|bum is) (numb|weak|tingling|going numb)",
        "my (leg is|legs are) getting weaker",
        "i (have|feel|am having|have got|got) (numbness|tingling|weakness) in (both legs|my legs|my bottom|my groin|my buttocks)",
        "i (have|am having|have got|got) (chest pain|pain in my chest)",
        "i (can't|cannot) (pee|urinate|pass urine|control my bladder|control my bowels|hold my urine)",
        "(i'm having|i am having|i have|i've got) (trouble|problems) (with my bladder|with my bowels|peeing|controlling my bladder) [and my back hurts]",
        // A sign asked as a question: the emergency answer all the same.
        "(i'm having|i have) trouble with my bladder and my back hurts (do i need a doctor|is (that|it) serious)",
        "[i have] back pain and (tingling|numbness|weakness) in (my legs|both legs|my feet) (is that serious|is it serious|do i need a doctor)",
        // As a worried person says it: "properly", "suddenly", the bottom and the groin in everyday words.
        "i (can't|cannot) [suddenly] (pee|wee|urinate|pass urine) (properly|at all|any more|anymore)",
        "i('ve| have) (got|) [a] (numb feeling|numbness|no feeling|pins and needles|tingling) (in|around) my (bottom|bum|backside|buttocks|groin|private parts|saddle area)",
        "i('m| am) (numb|going numb|tingling) (in|around) my (bottom|bum|backside|buttocks|groin|private parts|saddle area)",
        "my (bottom|bum|backside|groin|saddle area) (is|has gone|feels) [completely|totally] (numb|dead)",
        "i (can't|cannot) (move|feel) (my legs|either leg|both legs) [properly|any more|anymore]",
      ],
    },
    {
      name: IntentNames.DeleteData,
      slots: [{ name: 'data', type: 'StoredData' }, { name: 'you', type: 'AskYou' }],
      samples: [
        `[{you}] (delete|erase|remove|wipe|wipe out|clear|get rid of|forget) {data} [permanently|completely]`,
        "(i want you to|i'd like you to) (delete|erase|forget|wipe) {data}",
        "(i want|i'd like) {data} (deleted|removed|gone|erased) [completely|permanently]",
        "(would you|would you please|can you please|will you) (delete|erase|remove|wipe|clear|forget) {data}",
        "(i'd like to|i want to) (delete|erase|remove|wipe|clear) {data}",
        "i (don't|do not) want you to keep {data} [please] delete it",
        "(delete|erase) {data} and (start fresh|start over) [with no information about me]",
        "(reset everything|reset my progress) and (delete|erase) {data}",
        "(delete|erase|remove) my (progress|history) and {data}",
        "(forget|delete|erase) {data} and (delete|erase) everything",
        "(reset|reset everything) and (delete|erase|forget) {data}",
        "(i'm|i am) [a bit] worried about [my] privacy [so] (delete|erase) {data}",
      ],
    },
    {
      name: IntentNames.Progress,
      // What is asked for ("my practice statistics", "an update on my practice") and what with ("with the exercises") are phrasing slots.
      slots: [
        { name: 'report', type: 'ProgressReport' },
        { name: 'practice', type: 'PracticeDone' },
        { name: 'when', type: 'ProgressSpan' },
        { name: 'ask', type: 'ProgressAsk' },
      ],
      samples: [
        `${YOU_SHORT} (show|tell|give) me {report} [so far|till now]`,
        "(what is|what's|what are) {report} [so far|till now]",
        "(i'd like to|i want to) (see|hear|know) {report}",
        "(i'd like to hear|tell me) about {report}",
        "{ask} how (i'm|i am|i've been|i have been) (doing|getting on) [with {practice}] [{when}]",
        "how (am i doing|am i getting on|am i getting along|have i been doing|is my practice going|has my practice been going) with {practice}",
        "how (regular|consistent) (have i been|am i|was i) [with {practice}]",
        "how many (sessions|minutes|exercises|times|days) did i (finish|complete|do|practise|practice) [{when}]",
        "how many (sessions|exercises|times|days) i (did|have done|practised|practiced|completed) [{practice}] [{when}]",
        "how many (sessions|exercises) [have i|did i] completed [{when}]",
        "[{ask}] how much (practice|relaxation|meditation) i (have done|did) [{when}]",
        "have i been keeping up with {practice}",
        "how many (sessions|minutes|exercises|times|days) {when}",
        "have i (practised|practiced|done my exercises) {when}",
        "how many days in a row [have i (practised|practiced)]",
        "how many times have i done {practice} [this week|this month|so far|in total]",
        // Also in statement order (Indian English): "how much i have practised", "tell me how often i practised".
        "[{ask}] how (much|often|many times) (i have|i) (practiced|practised|done) [{when}]",
        "{ask} how (much|often|many times) (i've|i have) done {practice}",
        "how (much progress have i|much progress i have|far have i) (made|come) [so far]",
        "how long have i (practiced|practised|been practising|been practicing) [in total|so far]",
        "how is my tension (compared to|compared with) (before|last week|when i started)",
        "(has|is) my tension (improved|gone down|getting better|better than before)",
        "(my|show my) (progress|stats|statistics|practice record)",
        "how (am i doing|am i getting on|is my practice going|has my practice been going|have i been doing|is my progress|is my progress looking|have i been doing lately|far have i got|far have i come|regular have i been)",
        "how many (sessions|minutes|exercises|times|meditations|days) have i (done|practised|practiced|completed) [{when}]",
        "how much (practice|relaxation|meditation) have i done [so far|this week|this month|since i started|till now]",
        "how many times have i done (the|my) (muscle relaxation|exercises|meditation) [this week|this month|so far]",
        "how (much|often) (have i|did i) (practised|practiced|done|practise|practice) [{when}]",
        "how often (have i|did i) (done|do) {practice} [{when}]",
        "(give me|tell me) (a summary of my practice|my progress report|how i'm doing|how much i have done) [till now|so far]",
        "(check|show) my progress",
        "what have i done [{when}]",
        'have i been (practising|practicing|doing well|doing enough) [enough|regularly]',
        '(am i making progress|am i improving|how am i progressing|how am i getting along|how is it going with my practice)',
        'tell {report} [so far]',
        'did i (practise|practice) (yesterday|today|this week)',
      ],
    },
    {
      name: IntentNames.RateTension,
      slots: [
        {
          name: SlotNames.Rating,
          type: 'AMAZON.NUMBER',
          // Heard only as the answer to "How tense do you feel?" (Dialog.ElicitSlot).
          samples: ["[i'm at|i'm|about|around|maybe|probably|i'd say|say|i feel like|now] [a|an] {rating}", '{rating} (now|i guess|i would say)'],
          elicitationPrompt: 'rating.askValue',
        },
        // What is said before and after the number, and how tense one feels, are phrasing slots.
        { name: 'lead', type: 'RatingLead' },
        { name: 'feeling', type: 'TensionFeeling' },
        { name: 'after', type: 'RatingTail' },
      ],
      samples: [
        `${RATE_LEAD} {rating} [{after}]`,
        "(i reckon i'm|i'm sitting at|it's about|i'd rate my tension|put my tension as|note my tension as|put my tension at|note my tension at|my stress is|today my tension is|currently i am at|after the exercise i'm at|now i'm at) {rating} [{after}]",
        '{lead} (about|around|at|about a|about an|around a|a|an|at a|at about) {rating} [{after}]',
        "(i'm|i am|i feel|i'm feeling|i am feeling|it's|my back feels|my back is|my body is|my muscles feel|my muscles are) {feeling} [{lead}] [a|an] {rating} [{after}]",
        "{rating} (i'm totally relaxed|i'm wound up tight|i feel very relaxed|i'm completely relaxed|i think|i guess|i would say|out of ten|out of ten i think)",
        'rate my tension [at|as] {rating}',
        // The lead and the number joined ("today tension is nine", "i'd put it at ten"), a word after ("two only").
        '{lead} (is|was|is about|is around|at|put it at) {rating} [{after}]',
        '{rating} (only|just) [{after}]',
        "{rating} (i'm|i am|i feel) {feeling}",
        'rate my tension',
        "my tension is (high|low) {rating}",
      ],
    },
    {
      name: IntentNames.SetReminder,
      // The reminder, how often and what for are slot values ("a daily practice reminder", "to do my exercises").
      slots: [
        { name: SlotNames.Time, type: 'AMAZON.TIME' },
        { name: 'often', type: 'ReminderDays' },
        { name: 'purpose', type: 'ReminderPurpose' },
        { name: 'reminders', type: 'ReminderName' },
        { name: 'carrier', type: 'ReminderCarrier' },
      ],
      samples: [
        // Who asks ("do one thing", "i keep forgetting, could you") is a phrasing slot; the reminder, when, how often and what for in any order.
        '[{carrier}] (set|set up|create|add|put|put in|give me|set me|get me) {reminders} [{purpose}] (for|at) {time} [{often}]',
        '[{carrier}] (set|set up|create|add|put|put in|give me|set me) {reminders} [{purpose}] [for] {often} [at] {time}',
        '[{carrier}] (set|set up|create|add|put in|give me|set me) {reminders} (at {time} [{often}]|{often} at {time}) {purpose}',
        '[{carrier}] (set|set up|create|add) {reminders}',
        '[{carrier} [please]] remind me [{purpose}] {often} [at] {time}',
        '[{carrier} [please]] remind me {often} [at] {time} {purpose}',
        '[{carrier} [please]] remind me at {time} [{often}] [{purpose}]',
        '[{carrier} [please]] remind me {purpose} at {time} [{often}]',
        '[{carrier} [please]] remind me {often} {purpose} at {time}',
        '[{carrier} [please]] remind me [{purpose}] {often}',
        '{often} at {time} [remind me] [{purpose}]',
        "(i want|i'd like|i need|can i get|can i have|i'd like to get) {reminders} [{purpose}] (at|for) {time} [{often}]",
        "(i want|i'd like|i need|can i get|can i have|i'd like to get) {reminders} [{purpose}] {often} [at] {time}",
        "(i want|i'd like|i need|can i get|can i have|i'd like to get) {reminders} (at {time} [{often}]|{often} at {time}) {purpose}",
        "(i want|i'd like|i need|can i get|can i have) {reminders} [{purpose}] [{often}]",
        "(i want|i'd like) to be reminded {often} at {time} [{purpose}]",
        '{reminders} at {time} [{often}] [{purpose}]',
        // How often said first: "every day remind me to practise at five".
        '{often} remind me [{purpose}] at {time}',
        'at {time}',
      ],
    },
    {
      name: IntentNames.ListReminders,
      slots: [{ name: 'reminders', type: 'ReminderName' }],
      samples: [
        '(what|which) [all] [practice] reminders (do i have|have i got|have i set|are set|are active|are on|are on for me|are there|did i set|did i set up|have you got for me|do i have for my exercises)',
        '(what|which) daily reminders (are there|do i have|are set)',
        `${YOU_SHORT} (list|tell me|show me|show|read out|read me|read|check|go through|go over|let me know|tell me about|tell) {reminders}`,
        '(did i set|have i set) {reminders}',
        'when (are you reminding|will you remind) me to (practise|practice|do my exercises|relax)',
        "(can you|could you|please) tell me (which|what) reminders (i've got|i have) [set up]",
        "(tell me|i'd like to know|i'd like to hear|remind me) (what|which) reminders i (have|have got|have set|set|'ve got set up)",
        "i'd like to hear {reminders}",
        '(do i have|have i got|have i set|is there) {reminders} [set|set up|for me|set for me]',
        '(do i have|have i got|have i set) any reminders [set|set up]',
        '(are there|is there) any reminders set',
        '(are|is) {reminders} still on',
        '(is|are) any (reminder|reminders) set [for me]',
        '(can you|could you) tell me (if|whether) i have (a reminder|any reminders)',
        'when (will|do|are) you (remind|reminding|going to remind) me',
        '(what|when) is {reminders}',
        '(what time|at what time) (is my reminder|is my reminder set for|do you remind me|have you set my reminder)',
        '(what|which) reminder did i set',
        'what are {reminders}',
        // Indian English "what all": every one of them.
        'what all (reminders are set|reminders do i have|times will you remind me)',
        '(give me|read me) the list of reminders',
        '{reminders} [list]',
        'reminders list',
        'how many reminders do i have',
      ],
    },
    {
      name: IntentNames.CancelReminders,
      // The reminder's time ("the reminder at seven") only names it: the skill keeps one daily reminder.
      slots: [
        { name: 'reminders', type: 'ReminderName' },
        { name: 'carrier', type: 'ReminderCarrier' },
        { name: 'at', type: 'AMAZON.TIME' },
      ],
      samples: [
        '[{carrier}] [please] (cancel|delete|remove|turn off|switch off|stop|clear|disable|take off|take away|unset|get rid of|end|off) {reminders} [at {at}]',
        "(i want|i'd like|i need|i want you|i'd like you) to (cancel|stop|turn off|delete|remove|end) {reminders}",
        "i (don't want|do not want|no longer want|don't need|do not need) (any more|anymore) reminders",
        '{reminders} (are|is) (bothering|annoying|disturbing) me [please] (stop|cancel|turn off|delete) (them|it)',
        '(turn|switch) {reminders} off',
        `${YOU_SHORT} (stop|don't) (reminding me|remind me|sending me reminders) [every day|anymore]`,
        "i (don't want|no longer want|don't need|do not need) {reminders} [anymore]",
        '(no more|no need of) [daily] reminders [anymore]',
        'unsubscribe me from {reminders}',
        '(cancel|delete) every reminder',
        "i don't need the reminder cancel it",
        '{reminders} (not needed|no longer needed|is not needed) (cancel|delete|remove) it',
      ],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop, samples: ['be quiet', 'bye bye', '(thank you|thanks) bye', "(that is|that's) all"] },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    englishItHurtsIntent,
    {
      name: IntentNames.Pause,
      // What stops the exercise, and what people add before or after it ("i'll finish later").
      samples: [
        `${PAUSE_NOW}`,
        // Bare words inside a session.
        '(wait|hang on|hold on) [a (moment|minute|second|sec)]',
        '(just a|one) (moment|minute|second)',
        "[can we|let's|could you|can you] (put|keep) (it|this) on (hold|pause)",
        // Wanting to stop, in one's own words: the place is kept.
        "i'm done [for (now|today)]",
        "that's enough [for (now|today)]",
        "i'll (finish|continue|do) (this|it|the rest) (later|tomorrow|another time)",
        "i'll have to (finish|come back to) this (later|tomorrow)",
        '(save my place|save where i am) and stop',
        "(let's|can we|could we) leave it (here|there) [for now|for today] [and pick it up later]",
        '(i need|i want) a (pause|short break|quick break|minute|moment)',
        'give me a (minute|moment|second)',
        '(take|have) a (short|quick|little) break',
        "[i'll] be (right back|back in a (minute|moment|bit))",
        // Someone at the door, said as the reason alone.
        "[oh] (there's|there is|someone's|someone is|somebody's|somebody is) [someone|somebody] at the door",
        'i (need|have) to (get|answer) the door',
      ],
    },
    {
      name: IntentNames.Resume,
      samples: [
        "(carry on|continue|go on) with (the exercise|my exercise|the exercise from before|my exercise from before|the session)",
        "i'd like to (continue|pick up where i stopped|resume) [my exercise]",
        'keep going from where we were',
        "(i want to|let's|can we|can i) (resume|continue|carry on)",
        // A "yes" with the verb, as said to "Shall I go on?".
        'go on then',
        'onwards',
        'ready continue',
        "[yes|yeah|yep|sure|ok|okay|alright|fine|haan|right] [please] (continue|go on|go on then|carry on|go ahead|proceed|keep going|keep it going)",
        "[yes|yeah|ok|okay|alright] let's (keep going|continue|go on|carry on)",
        "(that would be|that'd be|that sounds) (lovely|nice|great|good) [yes] (go ahead|go on|continue)",
      ],
    },
    ...englishPauseResumeIntents,
    // Where it hurts today, after every other request: a sign of danger or a request to pause wins.
    ...englishPainfulAreaIntents,
    ...englishTimeAvailableIntents,
    {
      name: IntentNames.Next,
      samples: [
        'next [part|one|step|bit] [please]',
        'skip [this|ahead|this part]',
        '[yes] [please] (on to|go to|move on to|go on to) the next (part|bit|one)',
        'move on',
        "[yes] let's (do|go to) the next (part|bit)",
        "[yes|yeah|okay] i'm ready for (the next (part|one|bit)|more)",
        'more please',
        '(the|go to the) next (part|one)',
        '[yes|yeah|ok|okay|alright|sure] next [one|part|bit]',
      ],
    },
    { name: IntentNames.Repeat, samples: ['repeat [that|this|this part]', 'say that again', 'once more'] },
    { name: IntentNames.StartOver, samples: ['start over', '[no] start (again|from the beginning|fresh|afresh)', 'restart [the] [relaxation|exercise]'] },
    {
      name: IntentNames.Yes,
      samples: [
        'please do',
        'yes (yes|please do|of course)',
        '(ready|i am ready|yes i am ready)',
        '(sounds good|why not|fine|mhm yes|definitely|absolutely|go for it)',
        'yes that would be nice',
        '(alright|okay) then',
        "[okay] let's go",
        'haan [ji]',
        'yes do that',
      ],
    },
    { name: IntentNames.No, samples: ['not now'] },
  ],
  types: distinct([
    englishRegionType,
    ...englishTimeAvailableTypes,
    ...englishPauseResumeTypes,
    englishAfterthoughtType,
    ...englishStartLeadTypes,
    tipThenType,
    goodWordType,
    askYouType(YOU),
    progressAskType,
    worksSaidType,
    evidenceType,
    riskWordType,
    {
      name: SlotTypes.Exercise,
      values: [
        {
          id: 'bodyScan',
          name: 'body scan',
          synonyms: withArticles([
            'body scan',
            'bodyscan', 'body scan meditation', 'body scan exercise', 'body scan practice', 'body scan session', 'full body scan', 'mindful body scan', 'body scan mindfulness exercise', 'body scanning', 'body scanning exercise', 'body scanning meditation',
          ], ['the', 'a']).concat(said('(scan|go) through my body [part by part|bit by bit]', '(scan|scan through) my body [exercise] [from head to toe|from my toes [up] to my head]'), said('[the|that] (one|exercise|scan) where (i|you) go through my body [bit by bit|part by part|from my toes to my head]', '[the] (one|exercise|scan) where i (notice|feel|pay attention to) each part of my body [one by one]', '[the] exercise where i move my attention through the whole body', '[the] body scan from head to toe')),
        },
        {
          id: 'breath',
          name: 'breathing meditation',
          synonyms: withArticles([
            'breathing meditation',
            'breathing exercise', 'breath meditation', 'awareness of breath', 'breath awareness', 'breath awareness meditation', 'breath awareness practice', 'sitting meditation', 'sitting breath meditation', 'sitting breathing meditation', 'breathing', 'mindful breathing', 'mindful breathing meditation', 'mindful breathing exercise', 'mindfulness of breath', 'mindfulness of breathing', 'breath focus meditation', 'focus on breath meditation', 'anapana meditation', 'anapana meditation on the breath', 'breathing exercise meditation', 'breathing meditation exercise',
          ], ['the', 'a', 'some']).concat(said('(meditate on|focus on|watch|follow|notice|observe|pay attention to) my (breath|breathing)', 'breathe', '[just] (sit|sit quietly) and (focus on|follow|watch|pay attention to|notice|observe) my (breath|breathing)', 'meditate by (observing|watching) my breath'), said('[the|a] meditation (on|with|focusing on) [the|my] (breath|breathing)', '[the|a] sitting meditation (on|with) [the|my] (breath|breathing)', '[the|a] meditation with attention on breath', '(attention on|focus on|focusing on) (breath|breathing|my breath) [meditation]', '[the|a] meditation where i [just] (focus on|watch|follow|pay attention to|concentrate on) my (breath|breathing)', '[the|that] breathing exercise where i [just] sit and (watch|follow) my breath')),
        },
        {
          id: 'breathingSpace',
          name: 'three minute breathing space',
          synonyms: withArticles([
            'three minute breathing space',
            'breathing space', 'three minute breathing', 'three minute break', 'breathing pause', 'mini meditation', 'three minute meditation',
            'three minutes breathing space', 'three step breathing space', 'three minute breathing exercise', 'breathing space practice', 'breathing space meditation', 'three minute breathing space meditation', 'breathing space of three minutes', 'breathing space exercise', 'three minute breathing space exercise',
          ], ['the', 'a']).concat(said('take a [three minute] breathing space', '[the] breathing space (for|of) three minutes', '[a|that] [little] three minute breathing pause')),
        },
        {
          id: 'mindfulEating',
          name: 'mindful eating',
          synonyms: withArticles([
            'mindful eating',
            'eating exercise', 'eating meditation', 'raisin exercise', 'mindful eating exercise', 'mindful eating practice', 'mindful eating meditation', 'mindful eating one', 'eating mindfully exercise', 'eating mindfully', 'meditation on eating', 'eating exercise with awareness', 'mindfulness eating', 'mindfulness eating one', 'mindfulness eating exercise', 'slow eating exercise',
          ], ['the', 'a']).concat(said('eat (mindfully|slowly and mindfully)', '(eat|eating) (my|a) (snack|lunch|meal|raisin) mindfully'), said('[the] (exercise|one) (about|with|for) (food|eating [slowly|with [full] attention])', '[the] mindfulness exercise (with|about|for) (food|eating slowly|eating with attention)', '[the|that] (mindfulness exercise|exercise|one) where (i|you) eat [something] [very] slowly', '[the] (exercise|one) where i [really] taste my food')),
        },
        {
          id: 'mindfulWalking',
          name: 'mindful walking',
          synonyms: withArticles([
            'mindful walking',
            'walking meditation', 'walking exercise', 'mindful walk', 'mindful walking exercise', 'mindful walking practice', 'mindful walking meditation', 'mindful walking one', 'walking one', 'walking mindfulness', 'walking mindfully exercise', 'walking meditation practice', 'meditation while walking', 'mindfulness walking', 'mindful walk exercise', 'slow walking exercise', 'slow walking', 'walking exercise mindfully', 'mindfulness walk',
          ], ['the', 'a', 'some']).concat(said('walk mindfully', 'walking mindfully', '(go for|on) a [mindful] walk', 'walk'), said('[the] (mindfulness exercise|exercise|one|meditation) (for|about) walking', '[the] (mindfulness exercise|exercise|one) where i walk [slowly|around]', '[the] (exercise|one) where i walk (mindfully|with attention)', '[the] (exercise|one) where i pay attention to (each step|my steps|every step)')),
        },
        {
          id: 'steppingBack',
          name: 'stepping back',
          synonyms: withArticles([
            'stepping back',
            'step back', 'stepping back exercise', 'step back exercise', 'stepping back practice', 'stepping back one', 'pause exercise', 'pause and step back exercise', 'short pause and step back exercise', 'not reacting',
          ], ['the', 'a']).concat(
            // What follows ("… before i react", "… when someone annoys me") is an Afterthought (en/startRequests.ts).
            said('[learn to] pause before (i react|reacting|i snap|i respond|responding|i answer|i reply)', '(pausing|stopping) before (i react|reacting|i respond|responding|i answer|answering)', '[learn to] (step back|take a step back)', 'stop and step back', 'take a (pause|moment)', '(calm down|stop and think|think) before (i react|reacting|i respond|i say something)', '(not react|not to react) [right away|straight away]'),
            said('[[the] (exercise|one) (about|for|on)] (stepping back|taking a step back|pausing and stepping back|stopping and stepping back|not reacting [right away|straight away|immediately]|responding instead of reacting)', '[the] (exercise|one) (about|for|on) (pausing|taking a pause|stopping)', '[the] exercise for when someone (says something hurtful|upsets me|annoys me)', '[the] exercise to (step back|take a step back|pause and not react)', '[the] (pause before reacting|stepping back|pause) exercise', '[the] (exercise|one) where i (pause|step back|take a step back)'),
          ),
        },
        {
          id: 'any',
          name: 'mindfulness exercise',
          synonyms: withArticles([
            'mindfulness exercise',
            'mindfulness', 'mindfulness practice', 'mindfulness session', 'mindfulness meditation', 'meditation', 'meditation session', 'guided meditation', 'mindfulness exercises', 'little meditation', 'bit of meditation', 'bit of mindfulness', 'meditation exercise', 'any meditation', 'any mindfulness exercise', 'mindful exercise', 'short meditation', 'one of the mindfulness exercises', 'one of your meditations', 'whichever meditation you have', 'any one',
          ], ['the', 'my', 'a', 'some']).concat(
            // As what one does: "i'd like to meditate", "let's do some meditating".
            said('meditate', '(do|practise|practice) [some] (mindfulness|meditation|meditating)', 'do something mindful', 'something (mindful|calming)', 'be [a bit] [more] mindful', 'some meditating', 'one (mindfulness exercise|meditation|mindfulness practice)'),
          ),
        },
      ],
    },
    {
      name: SlotTypes.Topic,
      values: [
        { id: 'activity', name: 'staying active', synonyms: withTopic(['activity', 'being active', 'keeping active', 'staying active', 'everyday life', 'daily life', 'moving', 'moving more', 'movement', 'keeping moving', 'moving more in daily life', 'moving more in everyday life', 'moving more during the day', 'walking', 'daily activity', 'everyday movement', 'staying mobile', 'being active in everyday life', 'stay active', 'keep moving', 'move more', 'keep active', 'stay mobile', 'get moving', 'move more during the day', 'staying on the move', 'moving around', 'housework', 'doing housework', 'household work', 'gardening', 'walking and moving', 'physical activity', 'climbing stairs', 'going for walks', 'lifting things', 'moving safely', 'rest or keep moving', 'keep moving or rest', 'be more active', 'stay on my feet', 'getting out and about', 'keep moving', 'keep going', 'rest or keep going', 'avoid moving', 'avoid activity', 'stay in bed or keep moving', 'keep moving or take rest', 'get more movement into my day', 'add more movement to my day', 'daily movement', 'walking and daily movement', 'moving around in everyday life', 'physical activity in daily routine', 'moving more', 'move around more at home', 'active', 'move', 'walk', 'be active']).concat(said("i (don't|do not) move much [all day|the whole day]", "(i'm|i am) afraid to move [because of my back]", "i've been (sitting|lying) around [a lot]", "(i'm|i am) on my feet all day", '(moving|being active|staying active|physical activity) (in|during) (daily life|everyday life|the day|my day|my daily routine)', 'getting more movement into my day', '(stay|keep|remain|be) (more active|active|moving|mobile) (in everyday life|during the day|day to day|around the house)', 'get moving again', 'move more in my routine', 'move well', '(moving|moving around|moving more|staying active|keeping active|being active|keeping moving|move|move more|move around|stay active|keep active|be active|be more active|remain active|keep moving|get moving) (during the day|in daily life|in everyday life|at home|around the house|more at home|day to day|in my routine|at my age)', '(lift|lifting) things', '(carry|carrying) (shopping|the shopping|heavy bags|groceries|heavy things|my grandchild|the baby)', '(do|doing) my (housework|gardening|shopping|chores)', 'my (housework|gardening|chores)', 'everyday activity', 'remain active', 'get going [again] [in the morning]', 'move well', 'i avoid (climbing stairs|the stairs|walking|moving|going out)', 'movement in (daily life|everyday life)', '(activity|movement|move more|keep moving|stay active) in [my] daily routine', 'activity in (daily|everyday) life', '(keep moving|move) in my daily life', '(keep|keeping) my body moving', '(getting out and moving|get out and move)', '(stay|staying) on the go', 'not sitting (still|around) too much', "(i'm|i am) not moving (much|enough)", '(rest or move|move or rest|rest or stay active)', '(i want to|i need to) (move more|be more active|get moving|stay active)', 'rest too much', '(the gardening|the housework)')) },
        { id: 'sleep', name: 'sleep', synonyms: withTopic(['sleeping', 'bed', 'the night', 'night', 'bedtime', 'mattress', 'my mattress', 'lying down', 'lying in bed', 'getting a good night\'s sleep', 'a good night\'s sleep', 'a better night\'s sleep', 'sleeping better', 'sleep position', 'sleeping position', 'the best sleeping position', 'better sleep', 'sleep', 'sleep better', 'lie in bed', 'get to sleep', 'getting to sleep', 'rest in bed', 'resting in bed', 'get comfy in bed', 'get out of bed', 'getting out of bed', 'waking up stiff', 'sleeping after night shifts', 'a hard mattress', 'a soft mattress', 'pillow', 'my pillow', 'position to sleep in', 'sleep on my side', 'sleep comfortably', 'good sleep', 'at night', 'lie in bed', 'sleeping tip']).concat(said("i (can't|cannot|am not able to) sleep", 'my back (hurts|aches) in the morning', 'i (wake up|keep waking up) stiff [every morning]', 'i toss and turn all night', 'sleep on my (side|back|stomach|front) [or [on] my (side|back|stomach|front)]', 'my back (hurts|aches|pains) in the morning [after waking up]', 'i (wake up|keep waking up) (at night|in the night) [stiff]', 'put a pillow (between|under) my knees', 'a pillow between my knees', 'my back is [so] stiff (after a night in bed|in the morning|when i wake up)', 'sleep through the night', 'get comfortable in bed', '(stay|staying) in bed [longer|all day]', 'good sleep', '(which|what) pillow', "i (can't|cannot|am not able to) sleep well", 'lying down in bed', "(i'm|i am) in bed", 'position (is good|is best) for sleeping', '(position|sleeping position) (to sleep in|should i sleep in)', 'mattress (should i buy|should i get|to buy)', 'pillow should i use', "i (can't|cannot) get comfortable in bed", "(get|getting) a (good|better) night's sleep", '[a] (firm|firmer|soft|softer|hard) (mattress|bed)', 'i sleep (badly|poorly)', '(sleeping|lying) on my (side|back|stomach|front)')) },
        { id: 'work', name: 'work', synonyms: withTopic(['sitting at a desk all day', 'sitting at my desk all day', 'sitting all day', 'working', 'the office', 'office work', 'office', 'sitting', 'sitting at a desk', 'sitting at my desk', 'sitting at the desk', 'sitting at the computer', 'my desk', 'desk work', 'desk job', 'a desk job', 'my job', 'lifting', 'working at a computer', 'computer work', 'the computer', 'sitting for long periods', 'sitting long hours', 'the workplace', 'workplace', 'working from home', 'my workstation', 'posture', 'posture at work', 'posture at the computer', 'working posture', 'work', 'at work', 'sitting at work', 'sit at my desk', 'sit at the computer', 'sit at a computer', 'sit at a desk', 'set up my desk', 'set up my chair', 'set up my chair and monitor', 'sit at work', 'sit properly', 'sit better at my desk', 'working at a desk', 'long hours at the computer', 'my job and my back', 'computer work and back pain', 'work at the computer', 'look after my back at work', 'protect my back at work', 'protect my back at office', 'manage back pain at my job', 'standing desk', 'a standing desk', 'chair', 'my chair', 'chair height', 'my chair height', 'screen', 'my screen', 'monitor', 'laptop', 'desk', 'office hours', 'meetings', 'sitting posture', 'correct sitting posture', 'ergonomics', 'ergonomic', 'workplace posture', 'job']).concat(said('i sit (at a desk|at my desk|at the computer|in front of the computer|in front of a screen|in meetings) (all day|a lot|the whole day)', 'i (have|do) a desk job', 'my back hurts (at work|after work|from sitting|after sitting at my desk)', 'i work at a (desk|computer) all day', "i (sit|work|am stuck|'m stuck) (at a desk|at my desk|at the computer|at my computer|in front of the laptop|in front of a screen|at a screen|in front of the computer) [all day|a lot|the whole day|for hours]", 'i sit (in front of|at) the laptop (all day|for hours|twelve hours a day)', 'i (sit|am sitting) in meetings (all day|the whole day)', 'i work on [a|my] laptop [on the sofa|on the couch|in bed]', 'i (do|have) (a lot of|) (computer work|desk work|paperwork|charting on the computer)', 'my back (hurts|aches|pains) (after|from) (sitting|a day at my desk|sitting at my desk|sitting at my computer|sitting at the computer|office hours|work|sitting on the computer)', "(i'm|i am) (at work|working)", '(sitting|i sit) (too long|for too long|for long|for hours|all day) [at (work|my desk|the desk|the computer)]', 'a long (shift|day) at work', 'long (calls|meetings|hours) (at my desk|at the computer|at work)', '(correct|right|good|best) [sitting] posture (for|at|during) (computer work|the computer|work|my desk)', '(taking|take) (breaks|a break) [from sitting] [at (the|my) (desk|computer)|at work]', 'my (chair and desk|desk and chair|chair and screen|desk and screen)', 'set up my (computer|screen|laptop|workstation)', '(driving|long drives|a long drive|long car journeys|sitting in the car|commuting)', 'i (drive|have to drive) (a lot|for work|long distances|for hours)', 'work at the computer', 'the workplace', 'my work', 'sitting at (desk|computer)', 'sit properly [at work|at my desk|while working]', 'sit at my job', 'sitting posture at work', 'posture at my desk', 'protect my back while working', "(i'm|i am) working (on|at) the computer", '(i|you) sit all day', "(i'm|i am) sitting [the] whole day [driving]", 'sitting at (a|the|my) (desk|computer) [all day]', '(lift|lifting) (things|boxes|heavy things) at work', 'i drive all day [for work]', '(protect|look after) my back (at the office|at my desk|while working)', '(my|the) (monitor|screen|computer screen|desk|laptop)', '[my] desk setup', 'my setup at work')) },
        { id: 'stress', name: 'stress', synonyms: withTopic(['worry', 'worries', 'tension', 'anxiety', 'coping', 'being stressed', 'stress and tension', 'stress and muscle tension', 'managing stress', 'managing tension', 'handling stress', 'dealing with stress', 'relaxing', 'relaxing when i am tense', 'feeling tense', 'feeling less tense', 'muscle tension', 'stress', 'deal with stress', 'cope with stress', 'handle stress', 'manage stress', 'reduce stress', 'relax when i am stressed', 'tension in my back', 'stress related back pain', 'reducing stress', 'unwind', 'let go of tension', 'let go of tension in my body', 'reduce tension in my back', 'feeling tense all the time', 'when i am anxious', 'when i am stressed', 'when i am tense', 'mental stress', 'keeping calm', 'keep calm', 'release tension', 'release tension from my body', 'relaxing when tense', 'coping with stress', 'pressure', 'stress management']).concat(said("(i'm|i am|i've been) [really|so|very] (stressed|tense|anxious|worried|wound up|upset) [lately|these days]", "(i'm|i am|i've been) under [a lot of|lot of|too much] (pressure|tension|stress) [lately|these days]", "i am having too much (tension|stress) [these days]", '(stress|worry|tension) (is making|makes) my back (pain worse|hurt|worse|tight)', 'my back (gets|is) (worse|tight|stiff) when i (am|get) (stressed|anxious|tense|upset|worried)', 'when i (am|get) (stressed|tense|worried|anxious|upset) my back (hurts|tightens up|gets tight)', 'i (carry|hold) [all] my stress in my back', '(tension|tension in my muscles|tight muscles) (from|because of) stress', 'stress and tight muscles', 'worrying', 'worrying and back pain', 'when i am tense and my back hurts', 'when i am stressed and my back hurts', 'when i am anxious and my back hurts', 'loosen up when i am stressed', 'relax when stress makes my back hurt', "my (back|shoulders and back) (tenses up|tense up|gets tight|get tight|tightens up|gets worse|always gets worse) when i('m| am| get) (stressed|tense|anxious|upset)", "(i'm|i am) [so] wound up [tight] [lately]", 'unwind [after a (stressful|long|hard) (day|shift|week)]', '(stress|worry|tension) (is making|makes|sets off|triggers) my back [pain] [worse]', 'my back pain (increases|gets worse) with stress', 'stop stress [from] making my back [pain] worse', "reduce tension in my back when i('m| am) stressed", "i get (all|) (tight|tense|wound up) when i('m| am| get) (upset|stressed|anxious|worried)", 'i feel tense [and sore]', "(i'm|i am) stressed", 'worry', "(i'm|i am|i feel) [very|so] tensed", 'i am having (a lot of|lot of) (tension|stress) [these days]', '(reduce|release|manage) (tension|stress)', 'mental tension', 'tension and stress', "(relax|relaxing) when (stressed|i'm stressed|i am stressed|i'm under pressure|i am under pressure)", "when (i'm|i am) stressed my back gets worse", 'i get (so|really) tense [and] my (back tightens up|shoulders and back tighten up|shoulders get tight)', 'my (shoulders are|back is|neck is) getting (tight|stiff) (because of|from) stress', '(traffic|work|my job|my boss) is giving [me] (too much|a lot of) tension', "(i'm|i am) [so|really|very] stressed out", '(calm down|calm myself down)', 'i feel [really|very|so] tense', '(unwind|relax) after work')) },
        { id: 'exercise', name: 'exercise', synonyms: withTopic(['exercises', 'exercising', 'sport', 'sports', 'training', 'physical therapy', 'physiotherapy', 'physio', 'physio exercises', 'physiotherapy exercises', 'fitness', 'back exercises', 'stretching', 'stretching exercises', 'stretches', 'the gym', 'gym', 'working out', 'exercise', 'strengthening my back', 'strengthen my back', 'strengthen my core', 'work out', 'workouts', 'my physio exercises', 'my back exercises', 'exercises for my back', 'exercise for my back', 'physical therapy exercises', 'my physical therapy exercises', 'core exercises', 'an exercise', 'a fitness', 'a sport', 'a sports', 'an activity', 'getting back into sport', 'start exercising again', 'exercising without hurting my back', 'exercise and my back', 'swimming', 'yoga', 'pilates', 'running', 'go running', 'lifting weights', 'weights', 'the gym', 'go to the gym', 'a fitness class', 'aerobics', 'cycling', 'core', 'strengthen my core', 'exercise', 'physio exercise', 'fitness tip']).concat(said("i want to start (exercising|exercise|sport) [again]", 'my (physio|physiotherapist|physical therapist) gave me exercises', '(lift|lifting) weights', '(play|playing) (badminton|tennis|golf|football|cricket|squash|volleyball|basketball|table tennis)', '[my] (badminton|tennis|golf|football|cricket|squash|table tennis|bowling|dancing|hiking|jogging|water aerobics|aqua aerobics|tai chi|fitness class|senior fitness class|exercise class)', '(stick with|sticking with|keep up|keeping up) my exercises', 'exercise', 'go to the gym', 'my (physio|physiotherapist) gave [me] [some] exercises', 'workout', '(doing|do) [my] (exercise|exercises|back exercises)', '[back] strengthening exercises', '(kind|type|sort) of (exercise|exercises|sport)', '(stretch|stretch my back|run|swim|cycle|jog)', 'getting back into (exercise|sport|exercising)')) },
        { id: 'any', name: 'back pain', synonyms: withArticles(['back pain', 'back', 'back problem', 'back problems', 'bad back', 'sore back', 'aching back', 'lower back', 'lower back pain', 'low back pain', 'chronic back pain', 'back ache', 'backache', 'sore lower back', 'lower back problem'], ['my', 'a', 'the']) },
      ],
    },
    {
      name: 'TipWord',
      values: [
        { id: 'tip', name: 'tip', synonyms: withArticles(['tip', 'tips', 'advice', 'hint', 'hints', 'suggestion', 'suggestions', 'quick tip', 'good tip', 'helpful tip', 'helpful hint', 'useful tip', 'little tip', 'random tip', 'back tip', 'back pain tip', 'back pain advice', 'tip of the day', 'piece of advice', 'good advice', 'good tips', 'helpful tips', 'useful tips', 'quick tips', 'random back pain tip', 'random back tip', 'best tip', 'best advice', 'pointers', 'pointer'], ['a', 'an', 'some', 'any', 'another', 'one more', 'one', 'your']) },
      ],
    },
    {
      // What one asks to hear about one's practice ("my practice statistics", "an update on my practice"); phrasing only.
      name: 'ProgressReport',
      values: [
        { id: 'report', name: 'my progress', synonyms: said('[a] progress report', 'my (progress|progress report|practice summary|stats|statistics|practice statistics|practice stats|practice history|history|record|practice record|streak|status|results)', '(an update|a summary|a report|an overview) (on|of) my (practice|progress|exercises)', 'a summary of my practice', 'the summary of my practice') },
      ],
    },
    {
      // Who asks for or about a reminder, said first ("do one thing", "i keep forgetting, could you"); phrasing only.
      name: 'ReminderCarrier',
      values: [
        { id: 'carrier', name: 'could you', synonyms: said('(could you|can you|would you|will you) [please]', '(please|kindly|just|do one thing)', '(i would like you to|i want you to|i need you to)', '(i keep forgetting|i always forget|i am going away|i am going on holiday|i tend to forget|i forget) [so] [(could|can|would) you|please]', 'do the needful [and]', 'i was wondering if you could') },
      ],
    },
    {
      // Over what time a question about progress asks ("so far", "this week"); phrasing only.
      name: 'ProgressSpan',
      values: [
        { id: 'span', name: 'so far', synonyms: said('(so far|till now|until now|up to now|in total|altogether|in a row|lately|recently|since i started)', '(this|last) (week|month)', '(today|yesterday)') },
      ],
    },
    {
      // What one has practised, as one names it in a question about progress; phrasing only.
      name: 'PracticeDone',
      values: [
        { id: 'practice', name: 'my practice', synonyms: withArticles(['practice', 'exercises', 'exercise', 'relaxation', 'muscle relaxation', 'progressive muscle relaxation', 'meditation', 'meditations', 'mindfulness', 'sessions', 'relaxation exercises', 'mindfulness exercises', 'body scan'], ['my', 'the']) },
      ],
    },
    {
      // How a question about learning starts ("where can i", "kindly tell me where i can"); phrasing only.
      name: 'LearnWhere',
      values: [
        { id: 'where', name: 'where can i', synonyms: said('(where|how) (can i|do i|to|could i|should i|would i|i can|i could)', 'where would i go to', '(where|how) (can|do|could|should) (one|people)', '(tell me|could you tell me|can you tell me|i would like to know) (where|how) (to|i can|i could)', 'where should i go to', 'where (can|could) i go to', 'how would i go about it to') },
      ],
    },
    {
      // How or where one learns, said after the practice ("properly", "in person"); phrasing only.
      name: 'LearnManner',
      values: [
        { id: 'manner', name: 'properly', synonyms: said('(properly|the right way|correctly|step by step|online|in person|near me|nearby|from a professional|from an expert|from a teacher|in a class|in a group|with a teacher|locally|in my area|in my town|in my city)', '[so] (where (should|can|could|do) i go|where can i find one|how do i find one|how to find one|where to go|where (can|could) i take a class)', '(properly|with a teacher|in a group|in a class|in person) [so] (where (should|can|could|do) i go|where to go|where can i find one)') },
      ],
    },
    {
      // Who might teach a practice ("my physio", "the senior center").
      name: 'Teacher',
      values: [
        { id: 'teacher', name: 'my physio', synonyms: withArticles(['physio', 'physiotherapist', 'physical therapist', 'doctor', 'gp', 'senior center', 'senior centre', 'community center', 'community centre', 'local hospital', 'health insurance', 'insurance', 'therapist', 'yoga teacher'], ['my', 'the', 'a']) },
      ],
    },
    {
      // How someone is, or what they doubt, said before a question about the practice; phrasing only.
      name: 'AnswerSituation',
      values: [
        { id: 'situation', name: "i'm sceptical", synonyms: said(
          "(i'm|i am) [a bit] (sceptical|skeptical|not convinced|not sure (this|it) helps|not sure about this|doubtful)",
          '(tell|tell me) [honestly]',
          "my (friend|husband|wife) says (this|it) is (nonsense|a waste of time)",
          "(i've had|i have had|i am having|i have) back pain (since|for) (years|months|a long time|(two|three|five|ten) years)",
          "(i've had|i had|i have|i am having) (trauma|depression|anxiety|psychosis|an addiction) [in the past|earlier|before]",
          "(i've|i have) been through (some|a lot of) trauma",
          "(i've been|i have been|i was) treated for (depression|anxiety|psychosis|an addiction)",
          "(i'm|i am) on (antidepressants|medication for (anxiety|depression))",
          "i (take|am taking) (antidepressants|medicines|medication|medication for (anxiety|depression))",
          "i had a (hard|difficult|very hard) time after (my husband|my wife|my partner|someone close to me) died",
        ) },
      ],
    },
    {
      // A doubt said after a question about the practice ("or is it a waste of time"); phrasing only.
      name: 'Doubt',
      values: [
        { id: 'doubt', name: 'or not', synonyms: said('(honestly|at all|really|or not)', 'or is it (just|) (a waste of time|nonsense|time pass|for relaxing)') },
      ],
    },
    {
      // Who asks whether mindfulness is safe for them, said after it ("if i have ptsd"); phrasing only.
      name: 'MindfulnessCondition',
      values: [
        { id: 'condition', name: 'for me', synonyms: said("(if|when) (i have|i've got|i have got|i've had|i had) (depression|anxiety|ptsd|trauma|psychosis|mental health problems|mental health issues|an addiction)", '(for|with) (someone|people|a person|anyone) with (depression|anxiety|ptsd|trauma|psychosis|mental health problems|mental health issues|an addiction)', '(during|in) pregnancy', 'if (i am|i\'m) pregnant', '(with|for) (depression|anxiety|ptsd|trauma|psychosis)', 'for (some people|everyone|everybody|anyone|all|older people|me|someone like me)', 'to do on my own', 'with my condition') },
      ],
    },
    {
      // What is said before a tension rating ("i'm at about", "after the exercise i'm at"); phrasing only.
      name: 'RatingLead',
      values: [
        { id: 'lead', name: "i'm at", synonyms: said(RATE_LEAD, '[after the exercise|after that|now|right now|today] (i am at|i am|i feel like|i would say)', '(today|now|right now)', '[today] [my] (tension|stress level|tension level|stress|tense feeling)', 'i would put it', 'after (that|the) exercise i am down to', '(i reckon i am|i am sitting at|it is about|i would rate my tension|put my tension as|note my tension as|put my tension at|note my tension at|my stress is|today my tension is|currently i am at|i would give it|call it|around|maybe around|probably around|i would say about|i would say around)') },
      ],
    },
    {
      // How tense one says one feels before the number ("pretty tense", "medium tense"); phrasing only.
      name: 'TensionFeeling',
      values: [
        { id: 'feeling', name: 'tense', synonyms: said('[very|quite|pretty|really|so|a bit|a little|medium|fairly|somewhat|totally|completely|fully] (tense|relaxed|tight|stiff|wound up|tensed)', 'wound up tight') },
      ],
    },
    {
      // What is said after a tension rating ("out of ten", "after that shift"); phrasing only.
      name: 'RatingTail',
      values: [
        { id: 'after', name: 'out of ten', synonyms: said('[out of ten] (today|now|right now|at the moment|this morning|tonight|i think|i guess|i would say)', '[out of ten] after (that shift|work|my shift|the exercise|that)', "[today] i am (so tense|totally relaxed|wound up tight|completely relaxed|very relaxed|quite relaxed)", '[out of ten] today i am so tense', 'out of ten (tense|relaxed)', 'only', 'not much tension', 'i am all knotted up') },
      ],
    },
    {
      // How a tip is asked for, before the tip word and a topic ("do one thing, tell me"); phrasing only.
      name: 'TipAsk',
      values: [
        { id: 'ask', name: 'give me', synonyms: said(TIP_ASK, "(do one thing|just|please|kindly) (tell|give|share with) me", '(can|could) you (please|) (share with|suggest to) me', '(tell|kindly tell|kindly give) [me]', 'do the needful (give|tell) me', '(is|are) there', 'i was wondering if you (have|could give me|could share)', '(could|can) you give us', '(can|could|would) you (please|) (give|tell|share with) me', "(i'd like|i would like|i'd love) (to have|to hear|to get)", '(can|could) i (get|hear)', '(have you|do you) (got|have) (any|)', 'what is', "what's", 'tell me', 'i need', 'share') },
      ],
    },
    {
      // The pain, said after a tip's topic or a question ("sleeping when my back aches", "does it help my back"); phrasing only.
      name: 'PainSaid',
      values: [
        { id: 'pain', name: 'with back pain', synonyms: said('(with|for|because of|due to|and) (back pain|my back pain|lower back pain|my lower back pain|low back pain|back ache|backache|a bad back|my bad back|a sore back|my back|my lower back|back problems|my back problems|a back problem)', '(when|while|if) my [lower] back (hurts|aches|is sore|is bad|is playing up|is hurting|is aching|is stiff|is tight|pains|is paining)', '(when|while|if) (your|the) back (hurts|aches|is sore)', '(when|while|if) [my] back is (acting up|paining)', 'my back is (paining|hurting|killing me)', '(with|for) (bad back|sore back|sore backs)', '(and|so) my [lower] back (hurts|aches|is sore|is tight|is worse|is stiff|is killing me|is playing up)', "and my back's (tight|worse|stiff|sore|killing me)", '(so|so that) my back (does not|doesn\'t) hurt', 'to help my back', '(without|not) hurting my back', 'without making my back worse', 'at my age [with a bad back]', 'with back problem', '(even if|even when) it hurts', 'even with the pain', '[with|for|against] [my] [chronic] [lower] (back pain|pain|back)', 'without (back pain|pain|my back hurting)', '(with|for) my back at my age') },
      ],
    },
    {
      // How someone is, said before asking for a tip ("my back's playing up"); phrasing only.
      name: 'TipSituation',
      values: [
        { id: 'situation', name: 'my back hurts', synonyms: said(
          "my [lower] back('s| is) (playing up|acting up|hurting|aching|sore|stiff|killing me|bothering me|paining) [again|today]",
          "(i'm|i am) not moving (much|enough)",
          "(i'm|i am) sitting (in the van|in the car|at my desk|at home) [the] whole day",
          'my [lower] back (hurts|aches|pains) [again|today]',
          "(i'm|i am) having (back pain|a bad back|lower back pain) [again]",
          "(i've had|i have had|i am having) back pain (since|for) (years|months|a long time|(one|two|three|five|ten) years)",
          "(i have|i've got) (back pain|a bad back|lower back pain)",
          "i (don't|do not) move much [all day|the whole day]",
          "(i have|i've) (become|got|been) (lazy|inactive|less active) because of (back pain|my back)",
          "(i'm|i am) on my feet all day [at work]",
          "[my back hurts so] (i've been|i have been) (lying|sitting) (about|around) [a lot|all weekend|all day]",
          'i lift (things|heavy things|patients|boxes) all day',
          'i get stiff (if|when) i sit too long',
          'my back (hurts|is stiff) when i get up in the morning',
        ) },
      ],
    },
    {
      // A length said before the relaxation ("the quick version of") or after it ("… that takes about ten minutes").
      name: SlotTypes.Length,
      values: [
        { id: 'short', name: 'short', synonyms: withArticles(['short', 'quick', 'brief', 'shorter', 'shortest', 'five minute', 'five minutes', 'four group', 'mini', 'little', 'small', 'compact', 'fast', 'quick five minute', 'little short', 'small five minute'], ['the', 'a', 'my']).concat(said('the (short|quick|fast|brief|shorter|little|mini|five minute|five minutes) (version|one) [of]', '[the] (short|quick|little) (version|session) of', 'a (short|quick|little) (version|round|session|one) of', '(that takes|that only takes|which takes|that is|which is|of) (about|around) five minutes')) },
        { id: 'standard', name: 'standard', synonyms: withArticles(['standard', 'normal', 'regular', 'medium', 'ten minute', 'ten minutes', 'twelve minute', 'usual', 'ordinary', 'middle', 'mid length', 'medium length', 'normal length', 'standard length', 'regular length', 'usual length', 'average length', 'moderate length', 'middle length', 'intermediate', 'in between', 'ten to twelve minute'], ['the', 'a', 'my']).concat(said('the (normal|medium|regular|standard|middle|usual|ordinary|ten minute|medium length|normal length|ten minutes) (version|one) [of]', '[the] (normal|medium|regular) (version|session) of', 'a (normal|medium|regular) (version|round|session|one) of', '(that takes|that only takes|which takes|that is|which is|of) (about|around) (ten|ten or twelve) minutes')) },
        { id: 'long', name: 'long', synonyms: withArticles(['long', 'longer', 'longest', 'full', 'extended', 'complete', 'twenty minute', 'twenty minutes', 'whole', 'full length', 'twenty five minute', 'twenty five minutes', 'big', 'detailed', 'lengthy', 'lengthiest', 'in depth', 'entire', 'proper long', 'big long', 'full twenty minute', 'whole long', 'complete long', 'full body long'], ['the', 'a', 'my']).concat(said('the (long|longer|full|complete|whole|extended|big|longest|full length|twenty minute|complete long) (version|one) [of]', '[the] (long|full|longer) (version|session) of', 'a (long|full|longer) (version|round|session|one) of', '(that takes|that only takes|which takes|that is|which is|of) (about|around) (twenty|twenty five) minutes')) },
      ],
    },
    {
      // What people call the relaxation itself; only the phrasing needs it, not the handler.
      name: SlotTypes.Practice,
      values: [
        {
          id: 'pmr',
          name: 'muscle relaxation',
          synonyms: withArticles([
            'muscle relaxation',
            'muscle relaxations', 'relaxations',
            'progressive muscle relaxation', 'muscle relaxation exercise', 'progressive muscle relaxation exercise', 'muscle relaxation session', 'progressive muscle relaxation session', 'muscle relaxation practice', 'progressive relaxation', 'progressive relaxation exercise', 'progressive relaxation for my muscles', 'progressive relaxation exercise for my muscles', 'pmr', 'pmr session', 'pmr exercise', 'jacobson relaxation', "jacobson's relaxation", 'jacobson muscle relaxation', "jacobson's muscle relaxation", 'tense and release exercise', 'tense and relax exercise', 'tense and release exercise for the muscles', 'tense and relax exercise for my muscles', 'tensing and relaxing exercise', 'muscle tensing and relaxing exercise', 'muscle relaxing exercise', 'relaxation exercise', 'relaxation', 'relaxation session', 'muscle relaxation for my back', 'relaxation of muscles', 'muscle relaxation technique', 'muscle relaxation method', 'muscle relaxation thing', 'progressive muscle relaxation technique', 'tensing and relaxing', 'tensing and relaxing exercise', 'tensing and relaxing of muscles', 'relaxation exercises', 'relaxation routine', 'muscle relaxing', 'full body relaxation', 'deep relaxation', 'guided relaxation', 'tensing exercise', "today's relaxation",
          ], ['the', 'my', 'a', 'this', 'a bit of']).concat(said('some [muscle] relaxation [exercises]', '[the|that] (exercise|one) where (i|you) (tense|tighten|clench) (my|the) muscles', '[the|that] (exercise|one|relaxation) where (i|you) tense and relax (my|the) muscles', '[the] (exercise|one|relaxation) where i tighten and loosen my muscles', '[the] one where i squeeze my muscles', '[the] (relaxation|one|exercise) where i (tense|tighten) (my muscles|each muscle|all the muscles|all my muscles)', '(tense and relax|tighten and loosen|clench and release) (my|the) muscles (exercise|one)', '[the] (progressive|full) muscle relaxation [with] all the muscle groups', '[the] muscle relaxation (with all the muscle groups|from head to toe)')),
        },
      ],
    },
    {
      // What a question about mindfulness is about; the answer is the same for each.
      name: 'MindfulnessName',
      values: [
        { id: 'mindfulness', name: 'mindfulness', synonyms: withArticles(['mindfulness', 'mindfulness meditation', 'meditation', 'being mindful', 'mindful practice', 'mindfulness practice', 'mindfulness exercises', 'mindfulness based stress reduction', 'm b s r', 'mbsr', 'body scan', 'meditations', 'these meditations', 'mindfulness exercise', 'meditation exercises', 'these meditation exercises', 'mindful meditation'], ['the', 'this']) },
      ],
    },
    {
      // What a question about the practice is about ("does it work", "where can i learn it").
      name: 'PracticeSubject',
      values: [
        { id: 'pmr', name: 'muscle relaxation', synonyms: withArticles(['muscle relaxation', 'progressive muscle relaxation', 'pmr', 'relaxation', 'relaxing', 'relaxing the muscles', 'relaxing my muscles', 'relaxation exercises', 'these relaxation exercises', 'these relaxation techniques', 'relaxation techniques', 'relaxation exercises', 'muscle relaxation exercises', 'progressive relaxation'], ['the', 'this']) },
        { id: 'mindfulness', name: 'mindfulness', synonyms: withArticles(['mindfulness', 'meditation', 'mindfulness meditation', 'mindfulness exercises', 'meditating', 'mbsr', 'm b s r', 'mindfulness based stress reduction'], ['the', 'this']) },
        { id: 'this', name: 'it', synonyms: ['this', 'that', 'this stuff', 'these exercises', 'the exercises', 'these', 'this skill', 'these techniques', 'doing this', 'to meditate', 'to relax', 'this technique', 'the technique', 'the relaxation technique', 'relaxation technique'] },
      ],
    },
    {
      // What is stored about a person, as they name it ("my data", "everything you know about me").
      name: 'StoredData',
      values: [
        { id: 'all', name: 'my data', synonyms: [...withArticles(['data', 'information', 'info', 'details', 'records', 'history', 'progress', 'personal data', 'personal information', 'personal details', 'stored information', 'profile', 'account data', 'account', 'history and data', 'progress and all my data', 'data and history'], ['my', 'all my', 'the', 'all the']), ...said('(everything|whatever|all the information|all the data|all|anything) you (know|stored|have|have stored|saved|have saved|have got|hold) (about me|on me)', 'everything about me', 'all about me', 'all my stored data', 'my stored data', 'everything i have told you', 'everything i told you', 'me', 'everything', 'everything else', '(everything|all) you (saved|stored|have|have saved|have stored)', 'all (stored|saved) (information|data) about me', 'all my (practice data|data) and settings', '(all|) my practice data', '(all|) my settings')] },
      ],
    },
    {
      // The skill's reminders, as people name them.
      name: 'ReminderName',
      values: [
        { id: 'all', name: 'my reminders', synonyms: withArticles(['reminders', 'reminder', 'daily reminder', 'daily practice reminder', 'reminder for every day', 'current reminders', 'practice reminder', 'practice reminders', 'daily reminders', 'practice reminder', 'practice reminders', 'daily practice reminder', 'daily practice reminders', 'morning reminder', 'evening reminder', 'reminders you set', 'reminder you set', 'reminders i have set', 'reminders i set'], ['my', 'the', 'all my', 'all the', 'all', 'any', 'a']) },
      ],
    },
    {
      // How often a reminder comes: every day (the only kind the skill sets).
      name: 'ReminderDays',
      values: [
        { id: 'daily', name: 'every day', synonyms: ['daily', 'each day', 'everyday', 'every morning', 'every evening', 'every night', 'every afternoon', 'each evening', 'each morning', 'each night', 'each afternoon', 'every single day', 'every day in the evening', 'every day in the morning', 'daily in the evening', 'every weekday', ...said('(every day|daily|every evening|every morning) (after (my shift|work|office|lunch|dinner|breakfast)|before bed|at lunch time)')] },
      ],
    },
    {
      // What the reminder is for, as people add it; the reminder says the same either way.
      name: 'ReminderPurpose',
      values: [
        { id: 'practice', name: 'to practise', synonyms: said('to (practice|practise|relax|meditate)', 'to (practice|practise) my relaxation', 'to do [my|the] (exercise|exercises|relaxation|muscle relaxation|breathing|meditation|practice|body scan)', 'for [my|the] (exercise|exercises|relaxation|practice|muscle relaxation|meditation)') },
      ],
    },
    {
      // Who to see about back pain.
      name: 'Doctor',
      values: [
        { id: 'doctor', name: 'a doctor', synonyms: [...withArticles(['doctor', 'gp', 'physician', 'specialist', 'orthopaedic', 'orthopedic', 'physio'], ['the', 'my', 'a']), 'a e', 'hospital', 'the hospital', 'the emergency room', 'emergency', 'the emergency', 'the er', 'er', 'urgent care', 'someone', 'a professional', 'doctor'] },
      ],
    },
    {
      // What a question about warning signs names them.
      name: 'WarningSigns',
      values: [
        { id: 'signs', name: 'warning signs', synonyms: ['red flags', 'danger signs', 'symptoms', 'signs', 'back pain symptoms', 'back symptoms', 'back problems', 'warning signs of back pain', 'kind of back pain', 'back pain warning signs', 'symptoms with back pain', 'signs of danger'] },
      ],
    },
    {
      // Felt signs for the doctor-soon question; the emergency signs are UrgentSymptomIntent's own samples.
      name: 'DoctorSymptom',
      values: [
        { id: 'symptom', name: 'my back pain is getting worse', synonyms: said("my back pain('s| is) getting worse [every week|every day]", "my back('s| has) hurt for (weeks|months)", "i('ve| have) had back pain for (weeks|months|years)", "(i have|i've got) back pain and a fever", '(back pain with|i have) (a fever|fever) [with my back pain]', '(pain|my back pain) (going|goes) down my leg', 'my leg (is numb|has gone numb) (with|along with) [my] back pain', "(i've got|i have|i have got|i feel|i am having) (numbness|tingling|weakness) in my [left|right] leg", '(i am having|i have) back pain since (years|months|(two|three|five|ten) years)', 'my back pain (gets|is getting|keeps getting) worse', 'my [left|right] (leg|foot) (is|has gone|feels|is going) [completely|totally|really|a bit] (numb|weak|dead|tingly)', "i (can't|cannot) (really|properly|) feel my [left|right] (leg|foot) [properly|any more|anymore]", 'my back pain is not getting better', 'my back (is paining|has been paining|is hurting|has been hurting) (for|since) (many|several|a few) weeks', '[my] leg is going numb (with|along with) [my] back pain', 'my back (hurts|has been hurting) for weeks',
          // Pain worse at night or lying down is a see-a-doctor sign, never a sleep tip (docs/protocol.md, "Red flags").
          "my back (hurts|aches|pains|is worse|is paining) (at night|when i lie down|when i lie in bed|when i'm lying down|in bed at night)",
          '(back pain|my back|my back pain|the pain) (keeps me|is keeping me) (up|awake) [at night]',
          '(back pain|my back|my back pain|the pain) wakes me [up] [at night|in the night]',
          "i (can't|cannot) sleep (because of|due to) (my back|back pain|the pain) [at night]",
          'i wake up (at night|in the night) with (back pain|a sore back|pain in my back)') },
      ],
    },
    {
      // Where one learns a practice.
      name: 'CourseKind',
      values: [
        { id: 'course', name: 'a course', synonyms: withArticles(['course', 'courses', 'class', 'classes', 'app', 'apps', 'teacher', 'teachers', 'book', 'books', 'workshop', 'workshops', 'training', 'group', 'weekend course', 'online course', 'online courses', 'good app', 'good apps', 'books or courses', 'books or classes', 'group class', 'local class', 'apps or courses', 'training classes', 'proper training', 'lessons', 'proper lessons'], ['a', 'an', 'any', 'some', 'any good']) },
      ],
    },
    {
      // How someone is, said before asking for an exercise; the skill does not act on it.
      name: 'Situation',
      values: [
        {
          id: 'situation',
          name: 'my back is stiff',
          synonyms: said(
            "my back (is|feels) (stiff|sore|tight|aching|so stiff|really bad|killing me|paining) [today|this morning|tonight|after work]",
            "my back('s| is) (hurting|playing up|killing me) [today|after work]",
            "my back (hurts|aches) [today|after work|so much]",
            'my back has been (aching|hurting|stiff|sore|playing up) [all day|today|all week]',
            "(i'm|i'm feeling|i feel) [so|really|a bit|all] (stressed|tense|tired|stiff|wound up|angry|upset|annoyed|frazzled|anxious|restless|worked up)",
            "i'm about to (snap|lose my temper|snap at (someone|people|my colleague))",
            "someone (upset|annoyed|irritated|wound up|shouted at) me",
            "(someone|my (colleague|manager|husband|wife|neighbour|daughter|client)) (said something that upset me|upset me|annoyed me|irritated me|wound me up|got on my nerves|shouted at me)",
            "(someone's|someone has) just wound me up",
            "i got a rude (mail|email|message)",
            "(i need to|i have to|i want to|i am wanting to) (loosen up|calm down|relax|calm my mind|relax my muscles)",
            "i'm (lying in bed|in bed|lying down|lying down now|sitting in my chair|on my break|between meetings|going for a walk|having lunch)",
            "i've had a (long|hard|tiring) (day|shift|week)",
            "(after office|after work|before bed|before sleeping)",
            // Food at hand, before mindful eating: "i've got a bit of chocolate here".
            "(i've got|i have) (a raisin|some raisins|a snack|some chocolate|a bit of chocolate|a piece of chocolate|some almonds|some nuts|some fruit) [here|with me]",
            "i'm about to (have|eat) (my lunch|lunch|a snack|my dinner)",
            "i'm sitting down (with|to) (a snack|my lunch|lunch)",
            // Wanting to move, before mindful walking: "i'd rather walk than sit".
            "i'm (on the terrace|on the balcony|in the park|in the garden|outside|standing up|on my feet) [now]",
            "i can't sit still [with my back|today]",
            "i'd rather (walk|move) than sit [still]",
            "i'm going to walk (up and down|around)",
            'i need to (stretch my legs|move|get up and move)',
            'my back feels better when i (move|walk|keep moving)',
            // Someone got to me, before stepping back: "my neighbor got on my nerves again".
            "(someone|my (boss|neighbor|sister|friend)|someone (at work|in my team)) (upset me|annoyed me|irritated me|wound me up|got on my nerves|shouted at me)",
            "(someone|my (colleague|manager|boss|husband|wife|neighbour|neighbor|client)|someone (at work|in my team)) (got on my nerves again|got under my skin|had a go at me|said something that (really got to me|got to me|hurt me))",
            "something (someone|my (colleague|manager|husband|wife|neighbour|neighbor)) said (got under my skin|upset me|really got to me|got to me)",
            "(someone|my (colleague|manager|boss|husband|wife)) said something and i'm (angry|upset|annoyed)",
            "i'm reacting too (fast|quickly) [to people]",
            'i get so (worked up|angry|upset) when people say things',
            // A word that only opens the request: "okay, start …", "go on then, start …".
            'okay', 'ok', 'alright', 'right', 'right then', 'okay then', 'go on then', 'well', 'now', 'today', 'hey', 'um', 'uh', 'oh', 'so', 'yes', 'yeah', 'yes please',
            // Where one is, and how much time there is: "between meetings", "i haven't got long".
            "[i'm] between (meetings|patients|calls|two calls|clients)",
            "i'm (settled|sitting|comfortable) (in my recliner|in my chair|on the sofa|on the couch)",
            "i don't have (much|a lot of) time",
            "i haven't got (long|much time)",
            "i'm short on time",
            "(i have|i've got|i only have|i have only) [about] (five|ten|a few) minutes",
            "(i have|i've got) (half an hour|an hour) [free] [today]",
            "(i have|i've got) (plenty of|lots of) time [today]",
            "(i've got|i have|it's) my day off",
            "it's (sunday|saturday|the weekend) [i have time]",
          ).concat(START_SITUATIONS),
        },
      ],
    },
    {
      // The pain a question is about.
      name: 'BackPain',
      values: [
        { id: 'backPain', name: 'back pain', synonyms: withArticles(['back', 'bad back', 'sore back', 'lower back pain', 'low back pain', 'chronic back pain', 'chronic low back pain', 'chronic lower back pain', 'back ache', 'backache', 'back problems', 'pain', 'chronic pain', 'back pain', 'lower back', 'sore lower back', 'bad lower back'], ['my', 'a', 'the', 'this']) },
      ],
    },
  ]),
  // What Alexa's built-in intents understand without samples (Amazon's examples): everything else
  // people say for them is a sample of that intent above, so the model carries it, not only the resolver.
  builtInPhrases: {
    [IntentNames.Yes]: ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'yes please', 'alright', 'of course', 'certainly'],
    [IntentNames.No]: ['no', 'nope', 'no thanks'],
    [IntentNames.Help]: ['help', 'help me', 'what can i say', 'what can you do'],
    [IntentNames.Stop]: ['stop', 'off', 'shut up', 'quit', 'exit', 'bye', 'goodbye'],
    [IntentNames.Cancel]: ['cancel', 'never mind', 'forget it'],
    [IntentNames.NavigateHome]: ['go home', 'home'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['resume', 'continue', 'keep going'],
    [IntentNames.Next]: ['next', 'skip'],
    [IntentNames.Repeat]: ['repeat', 'again'],
    [IntentNames.StartOver]: ['start over', 'restart'],
  },
};
