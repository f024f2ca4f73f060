import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import type { ModelSource } from './types';
import { englishPainfulAreaIntents, englishRegionType } from './en/painfulAreas';

/*
 * The grammar: carriers x verbs x objects x politeness, expanded by tools/models/expand.ts.
 * A polite word at either end ("please", "kindly ... please") needs no sample: Alexa, and
 * the local resolver, hear past it. Contractions are written as people say them.
 */
/** How people soften a request before the verb. */
const ASK = "[could you|can you|kindly|please|do one thing]";
/** "i'd like to", "let's": the person wants to do something themselves. */
const WANT = "(i'd like to|i want to|i need to|let me|let's|let us|can we|could we|shall we|can i)";
/** Verbs for starting something that plays. */
const START = '(start|begin|play|do|put on)';
/** Having something: "i'd like", "can i have". */
const HAVE = "(i'd like|i want|i need|give me|can i have|i fancy|have a go at|time for|run|try)";
const DET = '[the|a]';
/** Stopping for now: what AMAZON.PauseIntent hears. */
const PAUSE = "(pause [it|this|the exercise] [here|now]|stop (here|now) [for now]|(stop|pause|break) for (now|today|a while)|take a (break|pause)|put it on hold|(hold|hang) on|wait|i need to stop|i have to stop|i need a break|that's enough for now)";
/** What people say before stopping: the reason. */
const PAUSE_BEFORE = "hold on|hang on|wait|the doorbell rang|someone is at the door|i have a call|i have to go|i've got to go|i need to stop|my back is hurting|the kids need me|i can't finish it now|i can't continue now|do one thing";
/** What people say after stopping: that they will be back. */
const PAUSE_AFTER = "i'll come back later|i'll come back to it|i'll be back|i'll finish later|i'll finish this later|i'll continue later|i will continue later|i'll continue tomorrow|i'll carry on later|and continue later|and come back to it later|and pick it up later|and save my place|i'll continue afterwards";

/** A tip topic as people put it: alone, or with their back ("sleeping with back pain"). */
function withBackPain(terms: readonly string[]): string[] {
  const ways = ['with back pain', 'and back pain', 'for back pain', 'with a bad back', 'and my back', 'for my back', 'with my back', 'with lower back pain', 'when my back hurts'];
  return [...new Set(terms.flatMap((term) => [term, ...ways.map((way) => `${term} ${way}`)]))];
}
/** Fewer ways to ask, for patterns that multiply with a slot and a length. */
const ASK_SHORT = '[could you|can you|please|kindly]';

/** Shared by en-US, en-GB, en-CA, en-AU and en-IN. */
export const english: ModelSource = {
  language: 'en',
  invocationName: 'muscle relaxation',
  launchVerbs: ['open', 'start', 'launch', 'begin', 'load', 'run'],
  oneShotPatterns: ['ask {invocation} (to|for|about|if|whether) {request}', 'ask {invocation} {request}', 'tell {invocation} (to|that) {request}', '{request} (with|using|from) {invocation}'],
  intents: [
    ...englishPainfulAreaIntents,
    {
      name: IntentNames.StartRelaxation,
      slots: [
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: SlotNames.Duration, type: 'AMAZON.DURATION' },
      ],
      samples: [
        `${ASK_SHORT} ${START} ${DET} [{length}] {practice}`,
        `${WANT} (do|start|begin|try) ${DET} [{length}] {practice}`,
        `${ASK_SHORT} (take|walk|guide|lead) me through ${DET} [{length}] {practice}`,
        `${HAVE} ${DET} [{length}] {practice}`,
        `[the|a|my] [{length}] {practice} [now|today|for me]`,
        `[could you|please] (start|play|give me) [the] {length} (version|one) (of|of the) {practice}`,
        `(i'd like|i want|can i have|can we do) [the|a] {length} (version|one) (of|of the) {practice}`,
        '[the|a] {length} (version|one) (of|of the) {practice}',
        '[start|do|play] [the] {practice} [the|in] {length} (version|one|form)',
        `[start|do|play] [the] {practice} [in] {length} (form|version)`,
        '[the|a] {length} (one|version|relaxation|session)',
        '(start|begin|do|play) [a|the|my] {length} [relaxation] (session|exercise|version)',
        "i (want|would like|'d like) to (relax|relax my muscles)",
        "(help me|let me|let's) relax [my muscles]",
        'relax my muscles',
        // Time decides the exercise (docs/platform.md): "i've got ten minutes".
        "(i have|i've got|i only have|i've only got|i have only|i am having) [about|around|only|just|a spare|a free|exactly] {duration} [free|spare|to spare]",
        "(i have|i've got|i only have|i've only got|i have about|i've got about) {duration} (what can i do|what can we do|what would you suggest|what do you suggest|what do you recommend|what do you reckon|what have you got|what do you have|give me something|suggest something|give me an exercise|pick something|choose something|could you give me something|could you suggest something|please choose something|could you pick an exercise for me)",
        '(what can i do|what can we do|which exercise can i do|what would fit|what fits) (in|into|with) [my|about|around|only] {duration}',
        '(something|an exercise|give me something|suggest something) (for|that takes|that fits in) [about|around] {duration}',
        '[give me|i want|i would like|i\'d like] (a|an|something) {duration} (exercise|one|session)',
        "(something|anything) (quick|short) [i've only got a few minutes|i only have a few minutes]",
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: SlotNames.Length, type: SlotTypes.Length },
      ],
      samples: [
        `${ASK} ${START} ${DET} [{length}] {exercise} [for me|with me]`,
        `${WANT} (do|start|begin|try|practice|practise|have) ${DET} [{length}] {exercise}`,
        `${ASK_SHORT} (take|walk|guide|lead) me through ${DET} [{length}] {exercise}`,
        `${HAVE} ${DET} [{length}] {exercise}`,
        '[the|a|my|some] [{length}] {exercise}',
        `${WANT} (meditate|do some mindfulness|practice mindfulness|practise mindfulness|be mindful) [now|today|for a bit|for a while]`,
        "(i feel like|i fancy) (meditating|a meditation)",
        "(i want to|i'd like to|let me|let's|i need to) (meditate|sit and focus on my breathing|focus on my breathing|meditate on my breath|watch my breath|scan through my body|step back)",
      ],
    },
    {
      name: IntentNames.Tip,
      slots: [{ name: SlotNames.Topic, type: SlotTypes.Topic }],
      samples: [
        `${ASK_SHORT} (give me|tell me) [a|some|another|any] (tip|tips|advice)`,
        "(give me|tell me) [a|another] {topic} (tip|tips)",
        `${ASK_SHORT} (give me|tell me) [a|some|another|any] (tip|tips|advice) (for|about|on) {topic}`,
        `(i'd like|i want|i need|can i have|i fancy) [a|some|another|any] (tip|tips|advice) (for|about|on) {topic}`,
        `(i'd like|i want|i need|can i have|i fancy) [a|some|another|any] (tip|tips|advice)`,
        '[a|any|some|one|another] [quick|good] (tip|tips|advice) (for|about|on|with) {topic}',
        '[a|an|any|some|one|another] [quick|good|back|helpful] (tip|tips|advice)',
        '[a|an|any|one|another] {topic} (tip|tips|advice)',
        '(do you have|have you got) [a|any] (tip|tips) [(for|about) {topic}]',
        '(what is|what\'s) [your|a good] tip [for today|of the day] [(for|about) {topic}]',
        '(what can i do|what should i do|how can i help) (for|about|with) {topic}',
        '(help me with|what helps with|what helps) {topic}',
        "(how should i|how can i|how do i|how to|how do i best|how can i best|what can i do to|i'd like to know how to) {topic}",
        "(what|which) (exercises|exercise|sport|sports|workouts) (are|is) (good|best|safe) for {topic}",
        "(any|some|a|an) {topic} (tip|tips|advice)",
        '(tip of the day|tip please|tip)',
      ],
    },
    {
      name: IntentNames.WhatIsPmr,
      samples: [
        "[could you|can you|please|kindly] (tell me|explain) (what|what's) [the] [progressive] muscle relaxation [is|means]",
        "(what is|what's|what does|explain|describe|tell me about|what do you mean by) [the] [progressive] (muscle relaxation|relaxation|pmr|jacobson relaxation) [mean|exactly|is]",
        '(what is|explain) p m r',
        "how does [the] [progressive] (muscle relaxation|relaxation|pmr) work",
        "(i'd like to know|i want to know) (what|how) [the] [progressive] muscle relaxation (is|works)",
      ],
    },
    {
      name: IntentNames.WhatIsMindfulness,
      samples: [
        "(what is|what's|explain|describe|tell me about|what does) [a] (mindfulness|body scan|meditation|mindfulness based stress reduction|m b s r) [mean|exactly]",
        "[could you|can you|please|kindly] (tell me|explain) (what|what's) (mindfulness|meditation) [is|means]",
        "how does (mindfulness|meditation) work",
        "(i'd like to know|i want to know) what mindfulness (is|means)",
        'what is the meaning of mindfulness',
      ],
    },
    {
      name: IntentNames.DoesItWork,
      samples: [
        "(does|will|can) (it|this|relaxation|muscle relaxation|progressive muscle relaxation|mindfulness|meditation) [really|actually] (work|help) [(for|with) back pain|my back|back pain|lower back pain]",
        "(is|are) (relaxation|mindfulness|muscle relaxation|meditation) (effective|good|helpful) (for|against) (back pain|chronic back pain|lower back pain)",
        "is there (evidence|research|proof) [that] (relaxation|mindfulness|muscle relaxation|meditation|it) (helps|works) [for back pain|with back pain|back pain]",
        'will this help my back [pain]',
        'what does the research say',
        "(what is|what's) the evidence (for|that) (relaxation|mindfulness|muscle relaxation) [helps] [back pain]",
        'is it worth doing (relaxation|these exercises|mindfulness) for my back',
      ],
    },
    {
      name: IntentNames.WhoShouldAvoidMindfulness,
      samples: [
        "who (should not|shouldn't|should avoid|must not) (do|try|practice|practise) (mindfulness|meditation)",
        "(is|can) (mindfulness|meditation) (safe|right|suitable|harmful|dangerous|bad) [for me|for everyone|for everybody]",
        "who is (mindfulness|meditation) not (for|suitable for|good for)",
        "(are there|is there) [any] (risks|risk|dangers|side effects) (of|with|to|in) (mindfulness|meditation)",
        "[could you|can you|please|kindly] tell me [if there are] [any|the] risks (of|with) (mindfulness|meditation)",
        "who should avoid (mindfulness|meditation)",
        "when should i not (do|try|practice|practise) (mindfulness|meditation)",
        "(what are the|are there) side effects (of|with) (mindfulness|meditation)",
        "i (am|'m) (depressed|in a depression|an addict|in recovery) can i (do|try) (mindfulness|meditation)",
      ],
    },
    {
      name: IntentNames.HowToLearn,
      samples: [
        "(where|how) (can|do) i learn [progressive] (it|this|relaxation|muscle relaxation|mindfulness|meditation|pmr|relaxation techniques|to meditate) [properly|the right way]",
        "(are there|is there) [any] (courses|classes|apps|a course|a class|an app) (for|in) (mindfulness|muscle relaxation|relaxation|meditation)",
        "(are there|is there) [any] (mindfulness|meditation|relaxation|mbsr|m b s r) (courses|course|classes|class|apps|app)",
        "[can you|could you|kindly] (recommend|suggest) (a|an|some) (course|class|app|teacher) (for|in) (mindfulness|muscle relaxation|meditation|relaxation)",
        'where can i find a (course|class|teacher)',
        'does my [health] insurance (pay for|cover) [a] (course|courses|relaxation courses)',
      ],
    },
    {
      name: IntentNames.WhenToSeeDoctor,
      samples: [
        "(when|at what point) should i (see|go to|consult) (a|the|my) (doctor|gp) [(about|for|with) (my back|back pain|my back pain)]",
        "when does back pain need (a doctor|medical attention)",
        "when is back pain (serious|dangerous|an emergency)",
        "(what are|which are) [the] (warning signs|red flags|danger signs) [(with|for|in|of) back pain]",
        "(should|do) i (see|need) a doctor [(about|for) (my back|back pain|my back pain)]",
        '(do i need|should i see) [to see] a doctor',
        "(how do i know|how can i tell) if my back pain is (serious|dangerous|something serious)",
        'when should i worry about my back [pain]',
        "[kindly] tell me the warning signs [(for|of) back pain]",
        // One numb or weak leg, or a worry, is the doctor-soon tier: the whole answer (docs/protocol.md).
        "my leg is (numb|weak|tingling|going numb)",
        "i (have|feel|am having|have got|got) (numbness|tingling|weakness) in my leg",
        "(is this|is my back pain) an emergency",
        "my back pain is (getting worse|much worse|unbearable|really bad)",
        "i (fell|had a fall|had an accident) and my back (hurts|is really painful)",
      ],
    },
    {
      // Emergency-tier signs said as felt: a short answer with the action first (docs/protocol.md, "Red flags").
      name: IntentNames.UrgentSymptom,
      samples: [
        "i (can't|cannot) feel my (legs|feet|bottom|bum|buttocks)",
        "my (legs are|feet are|bottom is|bum is) (numb|weak|tingling|going numb)",
        "my (leg is|legs are) getting weaker",
        "i (have|feel|am having|have got|got) (numbness|tingling|weakness) in (both legs|my legs|my bottom|my groin|my buttocks)",
        "i (have|am having|have got|got) (chest pain|pain in my chest)",
        "i (can't|cannot) (pee|urinate|pass urine|control my bladder|control my bowels|hold my urine)",
      ],
    },
    {
      name: IntentNames.DeleteData,
      samples: [
        `${ASK_SHORT} (delete|erase|remove|wipe|clear) [all] my (data|information|details|records|history|progress|personal data) [permanently]`,
        `(delete|erase|remove|wipe|clear) (everything|whatever) you (know|stored|have|have stored|saved|have saved|'ve stored|'ve saved) (about me|on me)`,
        "(i want you to|i'd like you to|please|can you|could you) (forget|delete) (me|everything about me|all my data|everything you know about me|everything)",
        'forget (me|everything about me|all my data) [completely]',
        "i (want|'d like) [all] my (data|information) (deleted|removed|gone)",
      ],
    },
    {
      name: IntentNames.Progress,
      samples: [
        "how (am i doing|am i getting on|is my practice going|have i been doing|is my progress)",
        "(what is|what's) my (progress|streak|practice record|status) [so far]",
        "how (many|much) (sessions|minutes|exercises|times|meditations|practice) (have i|did i) (done|practised|practiced|completed|do|practise|practice) [so far|this week|this month]",
        "how (much|often) (have i|did i) (practised|practiced|done|practise|practice) [so far|this week|this month|last week]",
        "[could you|can you|kindly|please] (show|tell|give) me [my] progress",
        "(check|show) my progress",
        'have i been (practising|practicing) enough',
        'am i making progress',
      ],
    },
    {
      name: IntentNames.RateTension,
      slots: [{ name: SlotNames.Rating, type: 'AMAZON.NUMBER' }],
      samples: [
        "(my tension is|my tension level is|my tension's|tension level|tension level is|i'm at|i am at|i'm|i feel|i'd say|i would say|i'd give it|i'd rate it|it's|probably|maybe|about|i feel about|i'm about|i'd say about) [about|around|a|an|at|like a] {rating} [out of ten]",
        "(i'm|i feel|i'm feeling) [really|quite|pretty|very] (tense|relaxed) (probably|maybe|about|i'd say|call it|i'd give it) [a|an] {rating}",
        "(i reckon i'm|i'm sitting at|it's about|i'm feeling|i'd rate my tension|put my tension as|note my tension as|my stress is|today my tension is|currently i am at|i feel tension of) [about|around|at] [a|an] {rating}",
        '{rating} (i\'m totally relaxed|i\'m wound up tight|i feel very relaxed|i\'m completely relaxed|i think)',
        'rate my tension [at|as] {rating}',
        '{rating} out of ten',
        'rate my tension',
      ],
    },
    {
      name: IntentNames.SetReminder,
      slots: [{ name: SlotNames.Time, type: 'AMAZON.TIME' }],
      samples: [
        `${ASK_SHORT} remind me (every day|daily|each day|every morning|every evening|every night) at {time} [to relax|to practice|to practise|to do my exercise|to do my relaxation|to do my exercises]`,
        `${ASK_SHORT} (set|create|add|set up|give me|put in) a [daily] [practice] reminder (for|at) {time} [every day|each day|daily]`,
        "(set|create|add) a [daily] reminder",
        "remind me [to relax|to practice|to practise] (every day|daily|each day)",
        "(i want|i'd like|i need) a [daily] reminder [every day] [at {time}] [to practice|to practise|to do my exercises]",
        '(every day|daily) at {time}',
        'at {time}',
        "(i want|i'd like) to be reminded (every day|daily) at {time}",
      ],
    },
    {
      name: IntentNames.ListReminders,
      samples: [
        'what reminders (do i have|have i got|have i set|are set)',
        'which reminders (do i have|have i set|are set|have i got)',
        "[could you|can you|kindly|please] (list|tell me|show me) my reminders",
        'do i have [any] reminders',
        'when (will|do) you remind me',
        '(what|when) is my reminder',
      ],
    },
    {
      name: IntentNames.CancelReminders,
      samples: [
        `${ASK_SHORT} (cancel|delete|remove|turn off|switch off|stop|clear|disable) [all] [my|the] [daily] (reminder|reminders)`,
        `${ASK_SHORT} (stop|don't) (reminding me|remind me) [every day|anymore]`,
        "i (don't want|no longer want|don't need) [any] [more] reminders [anymore]",
        "i'd like to (cancel|stop|turn off) [my|the] reminders",
        'no more [daily] reminders',
        "get rid of my reminders",
      ],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    {
      name: IntentNames.Pause,
      // What stops the exercise, and what people add before or after it ("i'll finish later").
      samples: [
        `[${PAUSE_BEFORE}] ${PAUSE}`,
        `${PAUSE} (${PAUSE_AFTER})`,
        '(could you|can you|kindly) pause [it|this|the exercise]',
        // Wanting to stop, in one's own words: the place is kept.
        "(i'm|i am) done [for (now|today)]",
        "(that's|that is) enough [for (now|today)]",
        '(i want|i would like|i need) to stop',
        "(i'll|i will) (finish|continue|do) (this|it|the rest) (later|tomorrow|another time)",
        "i'll have to (finish|come back to) this (later|tomorrow)",
        `(i'd like to|let's|can we) (stop|take a break) [and continue later|and come back to it later|and finish later]`,
      ],
    },
    {
      name: IntentNames.Resume,
      samples: [
        "[could you|please|let's|can we] (continue|carry on|pick up) [the exercise|my exercise] (where|from where) (i|we) (left off|stopped|paused)",
        "[please] (resume|continue) [my|the] [last|paused|previous] (exercise|session) [from last time]",
        "(carry on|continue|let's carry on|let's continue|pick up) from (last time|where i stopped|where we stopped|where i left off|where i paused)",
        "(go|take me) back to where i (stopped|was|paused|left off)",
        'keep going',
        "i'd like to (continue|pick up where i stopped|resume) [my exercise]",
      ],
    },
    { name: IntentNames.Next, samples: ['next [part|one|step|bit] [please]', 'skip [this|ahead|this part]', '(on to|go to|move on to) the next (part|bit|one)', 'move on', "let's do the next (part|bit)"] },
    { name: IntentNames.Repeat, samples: ['repeat [that|this|this part]', 'say that again', 'once more'] },
    { name: IntentNames.StartOver, samples: ['start over', 'start (again|from the beginning)', 'restart [the] [relaxation|exercise]'] },
    { name: IntentNames.Yes },
    { name: IntentNames.No },
  ],
  types: [
    englishRegionType,
    {
      name: SlotTypes.Exercise,
      values: [
        { id: 'bodyScan', name: 'body scan', synonyms: ['bodyscan', 'body scan meditation', 'body scan exercise', 'body scan practice', 'body scan session', 'full body scan', 'mindful body scan', 'body scan mindfulness exercise', 'scan', 'body scanning'] },
        { id: 'breath', name: 'breathing meditation', synonyms: ['breathing exercise', 'breath meditation', 'awareness of breath', 'breath awareness', 'breath awareness meditation', 'breath awareness practice', 'sitting meditation', 'sitting meditation with the breath', 'sitting meditation on the breath', 'breathing', 'mindful breathing', 'mindful breathing meditation', 'mindful breathing exercise', 'mindfulness of breath', 'mindfulness of breathing', 'meditation on the breath', 'meditation on my breath', 'meditation on breathing', 'meditation with the breath', 'breath focus meditation', 'breathing meditation exercise', 'meditation focusing on the breath', 'meditation focusing on breathing'] },
        { id: 'breathingSpace', name: 'three minute breathing space', synonyms: ['breathing space', 'three minute breathing', 'three minute break', 'breathing pause', 'mini meditation', '3 minute breathing space', 'three minute breathing space exercise', 'breathing space exercise', 'three minute meditation'] },
        { id: 'mindfulEating', name: 'mindful eating', synonyms: ['eating exercise', 'eating meditation', 'raisin exercise', 'mindful eating exercise', 'mindful eating practice', 'mindful eating meditation', 'exercise about mindful eating'] },
        { id: 'mindfulWalking', name: 'mindful walking', synonyms: ['walking meditation', 'walking exercise', 'mindful walk', 'mindful walking exercise', 'mindful walking practice', 'mindful walking meditation'] },
        { id: 'steppingBack', name: 'stepping back', synonyms: ['step back', 'stepping back exercise', 'step back exercise', 'stepping back practice', 'exercise about stepping back', 'pause before reacting', 'pause before reacting exercise', 'exercise about pausing before i react', 'exercise for pausing before reacting', 'exercise about not reacting', 'not reacting', 'pause exercise', 'stepping back one'] },
        { id: 'any', name: 'mindfulness exercise', synonyms: ['mindfulness', 'mindfulness practice', 'mindfulness session', 'mindfulness meditation', 'meditation', 'meditation session', 'guided meditation', 'mindfulness exercises', 'little meditation', 'bit of meditation', 'bit of mindfulness', 'meditation exercise', 'any meditation', 'any mindfulness exercise', 'mindful exercise', 'short meditation'] },
      ],
    },
    {
      name: SlotTypes.Topic,
      values: [
        { id: 'activity', name: 'staying active', synonyms: withBackPain(['activity', 'being active', 'keeping active', 'staying active', 'everyday life', 'daily life', 'moving', 'moving more', 'movement', 'keeping moving', 'moving more in daily life', 'moving more in everyday life', 'moving more during the day', 'walking', 'daily activity', 'everyday movement', 'staying mobile', 'being active in everyday life', 'stay active', 'keep moving', 'move more', 'keep active', 'stay mobile', 'get moving', 'move more during the day', 'staying on the move']) },
        { id: 'sleep', name: 'sleep', synonyms: withBackPain(['sleeping', 'bed', 'the night', 'night', 'bedtime', 'mattress', 'my mattress', 'lying down', 'lying in bed', 'getting a good night\'s sleep', 'a good night\'s sleep', 'sleeping better', 'sleep position', 'sleeping position', 'better sleep', 'sleep', 'sleep better', 'lie in bed', 'get to sleep', 'rest in bed', 'resting in bed']) },
        { id: 'work', name: 'work', synonyms: withBackPain(['working', 'the office', 'office work', 'sitting', 'sitting at a desk', 'sitting at my desk', 'sitting at the desk', 'sitting at the computer', 'my desk', 'desk work', 'my job', 'lifting', 'working at a computer', 'computer work', 'the computer', 'sitting for long periods', 'sitting long hours', 'the workplace', 'working from home', 'my workstation', 'posture', 'posture at work', 'work', 'sitting at work', 'sit at my desk', 'sit at the computer', 'sit at a desk', 'set up my desk', 'sit at work', 'sit properly', 'working at a desk', 'long hours at the computer', 'my job and my back', 'computer work and back pain']) },
        { id: 'stress', name: 'stress', synonyms: withBackPain(['worry', 'worries', 'tension', 'anxiety', 'coping', 'being stressed', 'stress and tension', 'managing stress', 'handling stress', 'dealing with stress', 'relaxing', 'feeling tense', 'muscle tension', 'stress', 'deal with stress', 'cope with stress', 'handle stress', 'manage stress', 'reduce stress', 'relax when i am stressed', 'tension in my back', 'stress related back pain', 'reducing stress']) },
        { id: 'exercise', name: 'exercise', synonyms: withBackPain(['exercises', 'exercising', 'sport', 'sports', 'training', 'physical therapy', 'physiotherapy', 'physio', 'physio exercises', 'fitness', 'back exercises', 'stretching', 'stretches', 'the gym', 'working out', 'exercise', 'strengthening my back', 'strengthen my back', 'work out', 'workouts', 'my physio exercises', 'my back exercises', 'exercises for my back', 'exercise for my back', 'physical therapy exercises', 'core exercises']) },
        { id: 'any', name: 'back pain', synonyms: ['my back', 'my back pain', 'a bad back', 'my bad back', 'lower back pain', 'my lower back', 'the lower back', 'back ache', 'my back ache', 'backache', 'a sore back', 'my sore back', 'chronic back pain', 'low back pain', 'the back', 'my aching back', 'back', 'my back problem', 'the back pain'] },
      ],
    },
    {
      name: SlotTypes.Length,
      values: [
        { id: 'short', name: 'short', synonyms: ['quick', 'brief', 'shorter', 'shortest', 'five minute', 'five minutes', 'four group', 'mini', 'little', 'small', 'compact', 'fast', 'quick five minute', 'little short'] },
        { id: 'standard', name: 'standard', synonyms: ['normal', 'regular', 'medium', 'ten minute', 'ten minutes', 'twelve minute', 'usual', 'ordinary', 'middle', 'mid length', 'medium length', 'normal length', 'standard length', 'regular length', 'usual length', 'average length', 'moderate length', 'middle length', 'intermediate', 'in between', 'ten to twelve minute'] },
        { id: 'long', name: 'long', synonyms: ['longer', 'longest', 'full', 'extended', 'complete', 'twenty minute', 'twenty minutes', 'whole', 'full length', 'twenty five minute', 'big', 'detailed'] },
      ],
    },
    {
      // What people call the relaxation itself; only the phrasing needs it, not the handler.
      name: SlotTypes.Practice,
      values: [
        { id: 'pmr', name: 'muscle relaxation', synonyms: ['progressive muscle relaxation', 'muscle relaxation exercise', 'progressive muscle relaxation exercise', 'muscle relaxation session', 'progressive muscle relaxation session', 'muscle relaxation practice', 'progressive relaxation', 'progressive relaxation exercise', 'progressive relaxation for my muscles', 'pmr', 'pmr session', 'pmr exercise', 'jacobson relaxation', 'jacobson muscle relaxation', 'tense and release exercise', 'tense and relax exercise', 'tensing and relaxing exercise', 'muscle tensing and relaxing exercise', 'muscle relaxing exercise', 'relaxation exercise', 'relaxation', 'relaxation session', 'muscle relaxation for my back', 'relaxation of muscles', 'muscle relaxation in short form', 'short relaxation where i tense my muscles', 'relaxation where i tense my muscles', 'exercise where i tense my muscles', 'exercise where i tense each muscle and then let go', 'one where i tense my muscles and let go', 'muscle relaxations'] },
      ],
    },
  ],
  builtInPhrases: {
    [IntentNames.Yes]: ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'please do', 'alright', 'of course', 'certainly', 'yes yes', 'ready', "i'm ready", 'yes i am ready', 'sounds good', 'why not', 'fine', 'mhm yes', 'yes that would be nice'],
    [IntentNames.No]: ['no', 'nope', 'no thanks', 'not now'],
    [IntentNames.Help]: ['help', 'what can i say', 'what can you do'],
    [IntentNames.Stop]: ['stop', 'quit', 'exit', 'be quiet'],
    [IntentNames.Cancel]: ['cancel', 'never mind'],
    [IntentNames.NavigateHome]: ['go home', 'home'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['resume', 'continue', 'go on', 'carry on', 'go ahead', 'proceed', 'keep going', 'yes go on', 'yes continue', 'yes carry on', 'yes go ahead', 'go on then', 'okay go on', 'okay go ahead', "let's keep going", "let's continue", "let's go on", 'yes let\'s go on', 'sure go on', 'yeah go on', 'fine go on', 'onwards', 'ready continue', 'alright keep going'],
    [IntentNames.Next]: ['next', 'skip', 'okay next', 'ok next', 'next part please', 'the next part', 'go to the next one'],
    [IntentNames.Repeat]: ['repeat', 'again'],
    [IntentNames.StartOver]: ['start over', 'restart'],
  },
};
