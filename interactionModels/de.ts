import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import { expandPatterns } from '../tools/models/expand';
import type { ModelSource } from './types';
import { germanPainfulAreaIntents, germanRegionType } from './de/painfulAreas';
import { germanItHurtsIntent } from './de/itHurts';
import { germanTimeAvailableIntents, germanTimeAvailableTypes } from './de/timeAvailable';
import { germanPauseResumeIntents, germanPauseResumeTypes } from './de/pauseResume';
import {
  AFTER_THING_TYPE,
  germanMoreExerciseWords,
  germanMoreLengths,
  germanMorePracticeWords,
  germanMoreSituations,
  germanStartPhrasingTypes,
  START_CARRIER_TYPE,
} from './de/startPhrasing';
import {
  DOCTOR_VISIT_TYPE,
  DAILY_TYPE,
  DOUBT_TYPE,
  germanReminderTypes,
  SET_REMINDER_TYPE,
  RATE_LEAD_TYPE,
  germanRateLeadType,
  REMINDER_STOP_TYPE,
  germanDoubtType,
  germanFindType,
  germanPlaceType,
  germanPeriodType,
  germanDoneType,
  DONE_TYPE,
  PERIOD_TYPE,
  PLACE_TYPE,
  FIND_TYPE,
  germanDoctorPhrasingTypes,
  germanMoreConditions,
  germanQuestionPhrasingTypes,
  germanWhatIsTypes,
  HEARD_OF_TYPE,
  HOW_TO_TELL_TYPE,
  PMR_SAID_TYPE,
  WHAT_LEAD_TYPE,
  SERIOUS_TYPE,
  WARNING_SIGNS_TYPE,
} from './de/questionPhrasing';
import {
  BACK_HURTS_TYPE,
  BACK_SAID_TYPE,
  germanTipPhrasingTypes,
  germanTipTopicPhrases,
  TIP_ASK_TYPE,
  TIP_GIVE_TYPE,
  TIP_MODAL_TYPE,
  WHAT_TO_DO_TYPE,
} from './de/tipPhrasing';

/*
 * The grammar: carriers x verbs x objects, expanded by tools/models/expand.ts. German puts
 * the verb last after a modal ("kannst du die Übung starten"), so carriers come in two
 * shapes: imperative first, or modal ... infinitive. "bitte" at either end needs no sample:
 * Alexa, and the local resolver, hear past it (tools/models/normalize.ts).
 *
 * The vocabulary lives in slot types, not in samples: the thing to start with its article
 * ("die muskelentspannung", "der muskelentspannung", "den body scan"), the length as people
 * put it ("die kurzversion", "in voller länge"), and what people say before the request
 * ("heute", "mittagspause", "mein rücken tut weh"). One sample pattern then covers every
 * word for the thing (docs/platform.md, "Interaction model limits").
 */

/** Every expansion of the patterns, for slot synonyms written as grammar too. */
function words(...patterns: string[]): string[] {
  return expandPatterns(patterns);
}

/** Synonyms once each, in their first order. */
function unique(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** A feminine noun with its articles: "die", "eine", "der" (after "mit", "von"). */
function die(...patterns: string[]): string[] {
  return words(...patterns.map((p) => `[die|eine|der] (${p})`));
}

/** A masculine noun: "der", "den", "dem", "einen". */
function der(...patterns: string[]): string[] {
  return words(...patterns.map((p) => `[der|den|dem|einen] (${p})`));
}

/** A neuter noun after an adjective, as German inflects it: "achtsames essen", "das achtsame essen", "beim achtsamen essen". */
function neuter(adjectives: string, nouns: string): string[] {
  return words(`[ein] (${adjectives})es (${nouns})`, `(das|durchs) (${adjectives})e (${nouns})`, `(dem|zum|beim|vom) (${adjectives})en (${nouns})`);
}

/**
 * An exercise described by what one does in it, the clause after "die übung" (the samples
 * say that part): "wo man nur auf den atem achtet", "bei der ich meinen körper abtaste".
 */
function doneWhere(man: string, ich: string): string[] {
  return words(`(wo|bei der) man (${man})`, `wo ich (${ich})`);
}

/** What the stepping-back exercise is for, after "die übung": "zum kurz innehalten bevor ich reagiere". */
const STEP_BACK_ACTS =
  '(zum|fürs|mit dem) (innehalten|kurz innehalten|zurücktreten|abstand nehmen|durchatmen|erst mal durchatmen|pause machen|nicht gleich reagieren|nicht sofort reagieren|gelassen reagieren|abstand gewinnen|innehalten und (zurücktreten|abstand nehmen|abstand gewinnen))|zum schritt zurück treten|(einen|mit dem) schritt zurück|innehalten|zurücktreten|abstand nehmen|pause vor der reaktion|gegen das vorschnelle reagieren|innehalten statt reagieren';

/** Imperatives and wishes that put the thing after them, du and Sie. */
const FRONT =
  '(starte|starten sie|mach|machen sie|mach mal|starte bitte|mach bitte|starten sie bitte|machen sie bitte|starte mal|gib mir|geben sie mir|ich hätte gern|ich hätt gern|ich brauch|ich brauche|ich bräuchte|ich möchte|ich möcht|ich will|zeit für|mach mit mir|machen sie mit mir|mach mal mit mir|machen wir|wir machen|lass uns|ich möchte jetzt|ich will jetzt|ich brauch jetzt|ich brauche jetzt|beginne)';
/** Infinitives at the end, after a modal or a wish in the start slot ("kannst du ... anmachen"). */
const VERB_LAST = '(machen|üben|starten|anfangen|beginnen|abspielen|vorspielen|anmachen|hören|durchziehen|durchgehen|mit mir machen|geben|vorschlagen|aus)';
/** What follows the thing when nothing came before it. */
const TAIL = "(starten|beginnen|anfangen|abspielen|jetzt|los|los geht's|machen|üben|übung|gleich)";

/** What people say before the request: when, where, how the back feels. */
const SITUATION: readonly string[] = words(
  '(heute|heut|jetzt|gerade|grad|gleich|heute abend|heute früh|heute morgen|morgens|abends|am abend|zwischendurch|am wochenende|es ist wochenende|feierabend|mittagspause|in der mittagspause|nach der arbeit|vor dem schlafen|vor dem einschlafen|moin|guten morgen|okay|also)',
  '(heute|heut|jetzt|gerade|grad|zwischendurch|okay|also|feierabend|mittagspause) (mal|erst mal|jetzt|jetzt erst mal|bitte|nur)',
  '(mein rücken|mein kreuz|mein nacken|der rücken|das kreuz|mein unterer rücken) (tut weh|tut so weh|tut heute weh|schmerzt|ist verspannt|ist total verspannt|ist so verspannt|ist steif|zwickt|macht mir zu schaffen|plagt mich)',
  '(ich hab|ich habe|hab) (rückenschmerzen|kreuzschmerzen|rücken|kreuzweh|rückenweh|schmerzen|heute rückenschmerzen|wieder rückenschmerzen|wieder rücken) [heute]',
  '(ich bin|bin) (total|so|ganz|) (verspannt|gestresst|angespannt|müde|unruhig|nervös)',
  '(ich sitz|ich sitze) den ganzen tag am schreibtisch',
  '(ich lieg|ich liege) im bett',
  '(ich hab|ich habe|hab|heut hab ich|heute habe ich) (zeit|viel zeit|heute zeit|wenig zeit|nicht viel zeit|nur wenig zeit|muße|ruhe)',
  '(ich hab|ich habe) [nur|bloß] (fünf|zehn|zwanzig|dreißig) minuten [zeit]',
  '(ich bin|bin) (im bett|im büro|im garten|zu hause|allein|wieder da|bereit)',
  '(ich hatte|wir hatten|ich hab|ich habe) (gestern|vorhin|neulich|heute morgen|heut früh) (pausiert|unterbrochen|aufgehört)',
  '(ich war|wir waren) [gestern] (nicht fertig|mittendrin)',
  '(wo war ich stehen geblieben|jetzt hab ich wieder zeit)',
  '(ich vergess|ich vergesse) das üben [immer]',
  '(jemand|mein chef|der kollege|die kollegin|mein nachbar|mein mann|meine frau|einer) (hat mich geärgert|ärgert mich|nervt mich [gerade]|hat mich angeschnauzt|hat was gesagt was mich ärgert)',
  '(ich bin|bin) [gleich|total|so] (auf hundertachtzig|sauer|wütend|gereizt|geladen)',
  'ich (reg|rege) mich [gerade|so] auf',
);

/**
 * One length as people say it: adjectives with their article ("die kurze", "den kurzen", "ne
 * kurze"; a superlative only with "die": "die kürzeste"), nouns ("die kurzfassung", "in der
 * kurzfassung"), bare words ("aber nur kurz", "in kurz") and minutes ("mit zehn minuten", "die etwa
 * zehn minuten dauert"). Only the combinations German allows: no "eine kürzeste", "das kurze".
 */
function lengthWords(adjectives: string, nouns: string, bare: string, minutes: string): string[] {
  const all = adjectives.split('|');
  const plain = all.filter((a) => !/ste$/.test(a)).join('|');
  const most = all.filter((a) => /ste$/.test(a));
  const inflected = (list: string, suffix: string) => list.split('|').map((a) => `${a}${suffix}`).join('|');
  // Noun phrases ("der kurzen fassung") with the usual adjectives only.
  const few = plain.split('|').slice(0, 5).join('|');
  const sup = most.length ? most.join('|') : undefined;
  return words(
    `[die|nur die|aber die] (${adjectives})`,
    `(eine|ne|a) (${plain})`,
    `(der|den|dem) (${inflected(adjectives, 'n')})`,
    `(einen|nen) (${inflected(plain, 'n')})`,
    `[die|der|in der|nur die|in] (${nouns})`,
    `(die|eine|ne) (${few}) (version|variante|fassung)`,
    `(der|in der|einer) (${inflected(few, 'n')}) (version|variante|fassung|form|länge)`,
    ...(sup ? [`die (${sup}) (version|variante|fassung)`, `der (${inflected(sup, 'n')}) (version|variante|fassung)`] : []),
    `in (${inflected(few, 'r')}) (form|fassung|version)`,
    `[aber nur|nur] (${bare})`,
    `[die|der] (${minutes}) minuten [version]`,
    `(mit|von|für|so|etwa|ungefähr|mit etwa|von etwa|mit so|in) (${minutes}) minuten`,
    `[etwa|so] (${minutes}) minuten lang`,
    `die [nur|etwa|so|bloß] (${minutes}) minuten (dauert|geht)`,
  );
}

/** How a tip is tied to its topic ("tipp fürs schlafen", "rat gegen stress"). */
const ABOUT = '(für|für die|für den|für einen|gegen|gegen die|bei|zu|zum|zur|fürs|zum thema|über|für mehr|für weniger|wie ich|damit|rund um|wegen)';
/** The word for a tip, with its article and adjective; vocabulary, not grammar. */
const ADVICE_SLOT = 'advice';
const ADVICE_TYPE = 'Advice';

/** The back said along, said as a sentence, and the ask after a situation (de/tipPhrasing.ts). */
const PAIN_SLOT = 'pain';
const HURTS_SLOT = 'hurts';
const THEN_SLOT = 'then';
/** The ask in front of a tip, a modal ask and its closing verb (de/tipPhrasing.ts). */
const ASK_SLOT = 'ask';
const MODAL_SLOT = 'modal';
const GIVE_SLOT = 'give';
/** How a tip is tied to its topic when the back follows ("tipp zum thema büro und rücken"). */
const TIP_ABOUT = '(für|fürs|für die|für den|gegen|bei|zu|zum|zur|zum thema|zu den|über)';
/**
 * Tip requests as whole sentences: the topic with the back said along or as its own sentence,
 * the ask after it ("ich hock den ganzen tag am schreibtisch und hab kreuzschmerzen was hilft"),
 * where it hurts ("beim sport tut mir das kreuz weh"), questions with the back in the middle
 * ("soll ich mich bei kreuzschmerzen schonen oder bewegen"), and how often or which.
 */
const TIP_SENTENCES: readonly string[] = [
  `{advice} ${TIP_ABOUT} {topic} {pain}`,
  `[{ask}] {advice} (wie|damit) ich [mich] [{pain}] {topic} [{pain}]`,
  `{advice} [für] zwischendurch {topic}`,
  '{topic} [und] {hurts} [{then}]',
  '{topic} {pain} [{then}]',
  '{topic} {then}',
  '{hurts} [und] (hast du|haben sie) {advice} (für|fürs|zum) {topic}',
  'mein (rücken|kreuz) tut [mir] {topic} weh [{then}]',
  '{topic} tut (mir der rücken|mir das kreuz|mein rücken|mein kreuz|mir mein kreuz) [noch] [mehr] weh [{then}]',
  'morgens tut mir (der rücken|das kreuz|mein rücken|mein kreuz) weh {topic} [{then}]',
  '(rückenschmerzen|kreuzschmerzen|kreuzweh) {topic} [{then}]',
  'mein rücken leidet unter (dem|der|meinem|meiner) {topic} [{then}]',
  'ich kann [nachts] {pain} nicht [richtig] {topic}',
  'ich (komm|komme) [nachts|abends] {pain} nicht {topic}',
  'wie (kann|soll|sollte) ich [mich] ({pain} {topic}|{topic} {pain})',
  '(darf|kann|soll|sollte) ich [mich] ({pain} {topic}|{topic} {pain})',
  'wie (schaff|schaffe) ich es [mich] [{pain}] {topic}',
  'wie (bleib|bleibe) ich {pain} {topic}',
  'wie {topic} {pain}',
  'wie (komm|komme) ich {topic} [{pain}] klar',
  'wie (oft|lange) (soll|sollte|darf) (ich|man) [{pain}] {topic}',
  'was kann ich [abends|im alltag] (tun|machen) (damit ich|um) {topic}',
  'was (mach|mache|tu|tue) ich wenn {topic}',
  'was (hilft|tun) wenn {topic}',
  'was hilft [mir|dem rücken|meinem rücken] {pain} {topic}',
  'was (kann|soll) ich tun wenn {topic}',
  'was (hilft|tun) (beim|bei der|im|in der) {topic} {pain}',
  '(wie viel|was für|welche|welcher) {topic} (ist gut|sind gut|hilft|helfen|stärken den rücken) [{pain}]',
  '(was für|welche) {topic} (kann|soll|sollte|darf) ich [{pain}] (machen|treiben)',
  'was ist (gutes|ein gutes|das richtige) {topic} {pain}',
  '(was für|welche) {topic} (empfiehlst du|empfehlen sie|soll ich machen|würden sie mir [{pain}] empfehlen) [{pain}]',
  'hilft [mir] (ein|eine|einen) {topic} [{pain}]',
  'hilft {topic} {pain}',
  'was (bringt|nützt) [mir] {topic}',
  '(ist|sind) {topic} (was|gut|geeignet) {pain}',
  '(hängen|hängt) {topic} und (rückenschmerzen|kreuzschmerzen|rücken) zusammen',
  '{topic} (tipp|tipps|ratschlag) {pain}',
  '{topic} für (den alltag|jeden tag|zu hause)',
  'was (muss|sollte) ich (beim|bei der) {topic} [{pain}] beachten',
  'worauf (muss|sollte) ich (beim|bei der) {topic} [{pain}] achten',
  '(einen|nen|noch einen) {topic}',
  '(gib mir|hast du|haben sie) {topic} (für mich|{pain})',
  '{topic} was ist (besser|richtig) [{pain}]',
  'ich (will|möchte) [{pain}] {topic} {then}',
];

/** How a start request begins and what follows the thing (de/startPhrasing.ts). */
const START_SLOT = 'start';
const AFTER_SLOT = 'after';

/**
 * Start requests beyond startGrammar, with the beginning of the sentence as a slot: "ich
 * möchte gern progressive muskelentspannung üben", "machen wir heute die kurze ...", the thing
 * and its length with what follows ("die übliche muskelentspannung mit etwa zehn minuten"),
 * and the exercise described after "die übung" ("ich will die übung machen wo man ...").
 */
function startSentences(thing: string): string[] {
  const object = `({length} ${thing}|${thing} [{length}])`;
  const plain = `([{length}] ${thing})`;
  return [
    // The verb last: "kannst du mal die muskelentspannung anmachen", "ich möchte heute wieder ... üben".
    `{start} ${object} [${VERB_LAST}]`,
    `{situation} [und] {start} ${object} [(machen|üben|starten)]`,
    `[{situation}] [{start}] ${object} {after}`,
    `{start} ${object} ${VERB_LAST} {after}`,
    // "lass uns mal mit ... anfangen", "fangen sie doch bitte mit ... an".
    `[{situation} [und]] {start} mit ${plain} (anfangen|beginnen|loslegen|starten|an)`,
    // "die übung wo man ...": the exercise said after "die übung", the verb before or after it.
    `{start} (die|eine) (übung|meditation) (machen|üben|starten|vorspielen) ${thing}`,
    `[{situation}|{start}] (die|eine) (übung|meditation|entspannung) ${thing} [{after}]`,
    // The length as an afterthought: "muskelentspannung aber bitte die kurze".
    `[{start}] ${thing} aber [bitte|nur] {length}`,
    // "kannst du mich bitte durch ... führen"
    `{start} durch ${plain} (führen|begleiten)`,
  ];
}

/** Slots of the doctor question (de/questionPhrasing.ts): where to go, how serious, which signs, how to tell. */
const VISIT_SLOT = 'visit';
const SERIOUS_SLOT = 'serious';
const SIGNS_SLOT = 'signs';
const TELL_SLOT = 'tell';
/** Must, should: "muss ich", "sollte man". */
const MUST = '(muss|soll|sollte)';
/** Asked after pain at night or lying down, which gets the doctor answer, never a sleep tip (docs/protocol.md, "Red flags"). */
const NIGHT_ASK = '[was kann ich tun|was hilft|(hast du|haben sie) (einen|nen) tipp]';

/**
 * When back pain needs a doctor, asked every way (docs/protocol.md, "Red flags"): when or
 * whether to go ("wann sollte ich mit meinem rücken zum orthopäden", "muss ich zum arzt wenn
 * der rücken so weh tut"), a sign first ("mein bein kribbelt, muss ich da zum arzt"), how
 * serious ("wann sind rückenschmerzen was ernstes"), which signs ("bei welchen beschwerden soll
 * ich zum hausarzt"), how to tell ("woran merk ich, dass ich zum arzt muss"), and how long to wait.
 */
const DOCTOR_QUESTIONS: readonly string[] = [
  '(wann|ab wann) (muss|soll|sollte|sollt) (ich|man) ({pain} {visit}|{visit} [{pain}])',
  '(wann|ab wann) (brauch|brauche) ich ({pain} (ärztliche hilfe|einen arzt|einen doktor)|(ärztliche hilfe|einen arzt|einen doktor) [{pain}])',
  '(muss|soll|sollte|müsste) ich ({pain} {visit}|{visit} [{pain}])',
  `${MUST} ich [{pain}] {visit} [[wenn|weil] {complaint}]`,
  'gibt es {signs} (bei denen|wo) (ich|man) [{pain}] {visit} (muss|sollte|soll)',
  `{complaint} [und] (${MUST} ich|${MUST} man) {visit}`,
  `{complaint} [und] (wann|ab wann) ${MUST} ich {visit}`,
  '{complaint} (ist das|wäre das|sind das) {serious}',
  '{complaint} ist das (normal|ein notfall)',
  '(wann|ab wann) (ist|sind|wird|werden) {complaint} {serious}',
  '(wann|ab wann) ist (das|es) [{pain}] {serious} [{pain}]',
  '(ist|sind) {complaint} {serious}',
  '{tell} (dass|ob) ich [{pain}] {visit} (muss|sollte|soll)',
  '{tell} (dass|ob) {complaint} {serious} (ist|sind)',
  '{tell} (wann|ab wann) ich [{pain}] {visit} (muss|sollte|soll)',
  '{tell} (wann|ab wann) {complaint} {serious} (ist|sind|werden|wird)',
  '(welche|was sind [die]|was für) {signs} (gibt es|sind) [{pain}]',
  '(welche|was sind [die]|was für) {signs} {pain}',
  'welche {signs} ({pain} (sollte|muss) (ich|man)|(sollte|muss) (ich|man) [{pain}]) (kennen|ernst nehmen|beachten)',
  '(auf welche|welche) {signs} (sollte|muss) (ich|man) [{pain}] achten',
  '(welche|was für) {signs} ([{pain}] sind {serious}|sind {pain} {serious}|sind {serious} {pain})',
  `(bei welchen|ab welchen|mit welchen) {signs} ${MUST} (ich|man) [{pain}] {visit}`,
  '{signs} ({pain}|{complaint})',
  '(wann|ab wann) reicht es nicht mehr [{pain}] (nur zu üben|selber was zu machen|selbst etwas zu tun) [und ich (muss|sollte) {visit}]',
  'wann ist es [{pain}] zeit für (den|einen) arzt',
  'wie lange (darf|kann|soll) (ich [{pain}] (warten|abwarten) bevor ich {visit} gehe|man [{pain}] (warten|abwarten) bevor man {visit} geht)',
  'wann (soll|sollte|muss) (ich|man) [{pain}] nicht mehr (abwarten|warten)',
  'wann (gehören|gehört) {complaint} in ärztliche hände',
  'wann (muss|sollte) {complaint} (vom arzt|ärztlich) (angeschaut|untersucht|abgeklärt) werden',
  'wann (muss|sollte) (ich|man) {complaint} (abklären|ärztlich untersuchen|untersuchen|anschauen) lassen',
  'wann ist ein arztbesuch [{pain}] nötig',
  '(wann|ab wann) muss ich mir ({pain} sorgen machen|sorgen [{pain}] machen [{pain}])',
  'ist das [noch] normal oder muss ich [{pain}] {visit}',
  // Schmerz, der ins Bein schießt, bekommt die Warnzeichen, nicht die Antwort auf "au" (docs/protocol.md, "When it hurts").
  '[au|aua] (das|der schmerz) (schießt|strahlt) (ins bein|bis in den fuß) [aus]',
  '(au|aua) mein bein ist [ganz] (taub|schwach)',
  // Ein taubes oder schwaches Bein, oder eine Sorge: die Stufe „bald zum Arzt“, die ganze Antwort (docs/protocol.md).
  'mein (bein|linkes bein|rechtes bein|fuß) (ist|wird) [ganz|so|plötzlich] (taub|schwach|gefühllos)',
  'mein (bein|linkes bein|rechtes bein|fuß) kribbelt [so|ganz]',
  'ich (spüre|fühle) mein (bein|linkes bein|rechtes bein) (kaum|nicht) [mehr]',
  'ist das ein notfall',
  'meine rückenschmerzen werden (immer schlimmer|schlimmer|unerträglich)',
  'ich bin gestürzt und mein rücken tut weh',
  'ist mein rückenschmerz gefährlich',
  // Schmerzen vor allem nachts oder in Ruhe: ein Grund, bald zum Arzt zu gehen (docs/protocol.md).
  '(mein|der) (rücken|kreuz) tut (nachts|im liegen|im bett) [immer] [so|besonders] weh',
  `(mein|der) rücken tut (nachts|im bett) [immer] [so] weh ${NIGHT_ASK}`,
  `ich kann [nachts] (wegen (dem|meinem) rücken|wegen meinem kreuz|vor schmerzen) nicht schlafen ${NIGHT_ASK}`,
  `ich (wach|wache) nachts [immer] (mit rückenschmerzen|vor schmerzen|wegen dem rücken) auf ${NIGHT_ASK}`,
  '(meine|die) (rückenschmerzen|schmerzen) (wecken mich [nachts]|lassen mich nicht schlafen)',
  '(mein rücken|mein kreuz) lässt mich nicht schlafen',
  `(rückenschmerzen|kreuzschmerzen) (im bett|nachts|im liegen) ${NIGHT_ASK}`,
  '(rückenschmerzen|kreuzschmerzen) (im bett|nachts) was tun',
  '(mein|der) rücken tut (nachts|im bett) weh (hast du|haben sie) (nen|einen) rat',
];

/** Slots that carry the subject of a question; the answers need none of them. */
const SUBJECT_SLOT = 'subject';
const MINDFULNESS_TYPE = 'MindfulnessName';
const METHOD_SLOT = 'method';
const METHOD_TYPE = 'Method';
const COMPLAINT_SLOT = 'complaint';
const COMPLAINT_TYPE = 'Complaint';
const COURSE_SLOT = 'course';
const COURSE_TYPE = 'Course';
const CONDITION_SLOT = 'condition';
const CONDITION_TYPE = 'Condition';

/** "Was ist ...", asked every way: "was steckt hinter der muskelentspannung", "achtsamkeit was ist das". */
function whatIs(thing: string): string[] {
  return [
    `{lead} ${thing} [eigentlich|genau|überhaupt|denn|im körper|im einfachen|in einfachen worten]`,
    `wie läuft [so] ${thing} ab`,
    `was (muss|soll) ich mir unter ${thing} vorstellen`,
    `was hat es mit ${thing} auf sich`,
    `(was|was genau) ist mit ${thing} gemeint`,
    `${thing} (was ist das|was ist das genau|was ist das eigentlich|was ist das überhaupt|was ist das denn|was soll das sein|was heißt das|kurz erklärt|wie geht das|wie funktioniert das)`,
    `was soll das sein ${thing}`,
    `{tell} (was|wie) ${thing} (ist|bedeutet|funktioniert|wirkt|sein soll) [genau|eigentlich]`,
    `{tell} was (mit|unter) ${thing} gemeint ist`,
    `(ich weiß nicht|ich hab keine ahnung|ich habe keine ahnung) was ${thing} ist [erklär es mir|erklären sie es mir|erklär mal]`,
    `(ich hab|ich habe) (noch nie|von) ${thing} (gemacht|gehört) was ist das [genau|eigentlich|denn]`,
    `(definition|erklärung) ${thing}`,
  ];
}

/** What people ask after saying who spoke of the thing. */
const WHAT_TAIL = '(was ist das|was ist das genau|was ist das eigentlich|was ist das überhaupt|was ist das denn)';
const HEARD_SLOT = 'heard';
/** How a "what is" question begins, and the relaxation described (de/questionPhrasing.ts). */
const LEAD_SLOT = 'lead';
const DOUBT_SLOT = 'doubt';
const PLACE_SLOT = 'place';
const PERIOD_SLOT = 'period';
const DONE_SLOT = 'done';
const FIND_SLOT = 'find';
/** How a course is tied to what it teaches ("kurs für muskelentspannung", "app zum lernen von achtsamkeit"). */
const LEARN_FOR = '(für|zu|zur|zum|in|zum lernen von|zum lernen der)';
const PMR_SAID_SLOT = 'about';

/**
 * "Was ist ..." asked after what was heard ("mein arzt hat mir ... empfohlen, was ist das
 * genau"), with "verstehen" ("was versteht man unter ...") and as a short lead ("kurz erklärt").
 */
function heardOf(thing: string): string[] {
  return [
    `{heard} ${thing} [empfohlen] ${WHAT_TAIL}`,
    `was versteht man unter ${thing}`,
    `was (bedeutet|heißt) ${thing} auf deutsch`,
    `kurz erklärt (was ist|was heißt) ${thing}`,
    `was ist (das|denn das) ${thing}`,
    `(wie funktioniert|wie geht) das mit ${thing}`,
    `ich (versteh|verstehe) das (mit ${thing} nicht|nicht mit ${thing}) [${WHAT_TAIL}]`,
  ];
}

/** "Erinnere mich", du and Sie. */
const REMIND = '(erinnere|erinner|erinnern sie)';
/** The skill's reminders, as a list asks for them. */
/** Infinitives that end a cancel request ("die erinnerung bitte löschen"). */
const STOP_END = '(löschen|ausschalten|abbestellen|entfernen|deaktivieren|abschalten|stoppen|beenden|stornieren|abstellen|ausmachen|abbrechen|aufheben|streichen)';
const STOP_SHORT = '(löschen|entfernen|abstellen|ausschalten|abschalten|deaktivieren|aufheben|abbestellen)';
const STOP_SLOT = 'stop';
const REMINDER_WORDS = '(erinnerungen|erinnerung|übungserinnerungen|übungserinnerung)';
/** When a daily reminder comes, and how one asks to set it (de/questionPhrasing.ts). */
const DAILY_SLOT = 'daily';
const SET_SLOT = 'set';
/** What comes before a tension rating (de/questionPhrasing.ts, RateLead). */
const BEFORE_SLOT = 'before';
const DATA_SLOT = 'data';
/** Infinitives that end a request to delete ("meine daten bitte vollständig löschen"). */
const DELETE_END = '(löschen|entfernen|vernichten|löschen lassen|entfernen lassen)';
const DATA_TYPE = 'StoredData';
const PURPOSE_SLOT = 'purpose';
const PURPOSE_TYPE = 'ReminderPurpose';
const REMINDERS_SLOT = 'reminders';
const REMINDERS_TYPE = 'ReminderName';
const MOOD_SLOT = 'mood';
const MOOD_TYPE = 'TensionFelt';

/** A slot for what people say before the request; the handlers need nothing from it. */
const SITUATION_SLOT = 'situation';
const SITUATION_TYPE = 'Situation';

/**
 * Every way to ask to start something (`thing` is its slot, said with its article): "mach
 * mal die kurze muskelentspannung", "kannst du den body scan starten", "los geht's mit der
 * atemmeditation", "die muskelentspannung in voller länge bitte".
 */
function startGrammar(thing: string): string[] {
  const object = `({length} ${thing}|${thing} [{length}])`;
  const plain = `([{length}] ${thing})`;
  return [
    `${FRONT} ${object}`,
    `(mach|mach mal|machen sie|starte|starten sie|mach bitte) ${plain} (mit mir|für mich|für zwischendurch)`,
    `[{situation}] (spiel|spielen sie|spiel mir|spiel mal|spielen sie mir) ${object} ab`,
    `(fang|fangen sie|fangen wir|ich fang|ich fange|wir fangen) [mal|jetzt] mit ${plain} an`,
    `[{situation}] (los geht's|leg los|weiter geht's) mit ${plain}`,
    `[{situation}] ${object} [${TAIL}]`,
    `${plain} (möchte|will|hätte) ich [gern] (machen|üben|)`,
    `(leite|führ|führe|leiten sie|führen sie|begleite|begleiten sie) mich [mal] durch ${plain}`,
    `(kannst du|können sie|könnten sie|könntest du) mich (durch ${plain} führen|bei ${plain} anleiten)`,
  ];
}

/**
 * A tip topic as people put it: its nouns, and the situations and questions that name it
 * ("ich sitz den ganzen tag am schreibtisch", "wie sitze ich richtig"). The back said along
 * ("schlafen mit rückenschmerzen") is the samples' `pain` slot, not baked into every topic word.
 */
function topicWords(nouns: string, ...phrases: string[]): string[] {
  return words(`(${nouns})`, ...phrases);
}

/** de-DE. German adjectives inflect, so the length synonyms carry the inflected forms. */
export const german: ModelSource = {
  language: 'de',
  invocationName: 'progressive muskelentspannung',
  launchVerbs: ['öffne', 'starte', 'beginne', 'lade'],
  oneShotPatterns: ['(frage|frag|sage|sag) {invocation} (nach|zu|für|ob|dass) {request}', '(frage|frag|sage|sag) {invocation} {request}', 'bitte {invocation} (um|zu) {request}', '{request} (mit|von|bei) {invocation}'],
  intents: [
    // Red flags first: where a phrasing could fit both, the emergency wins (docs/protocol.md, "Red flags").
    {
      // Notfallzeichen, so gesagt, wie man sie spürt: eine kurze Antwort, die Handlung zuerst (docs/protocol.md, „Red flags“).
      name: IntentNames.UrgentSymptom,
      // The sign may follow what the back is doing ("mein rücken tut weh und ich spüre meine beine nicht").
      slots: [{ name: SITUATION_SLOT, type: SITUATION_TYPE }],
      samples: [
        // Blase, Darm und Reithose in Alltagsworten (Durchsicht der Klinikerin, Runde 19).
        'ich kann (das wasser|den urin|mein wasser) nicht [mehr] halten',
        'ich kann nicht mehr (pinkeln|wasser lassen)',
        'ich habe (probleme|ärger) mit der blase [und mein rücken tut weh]',
        'ich habe taubheit im schritt',
        '(soll|muss) ich einen krankenwagen rufen',
        '[{situation}] [und] ich (spüre|fühle) meine (beine|füße) nicht [mehr]',
        // Mitten in der Übung, nach einem "au": das Warnzeichen gewinnt.
        '(au|aua) ich (spüre|fühle) meine (beine|füße) nicht [mehr]',
        '[{situation}] [und] meine beine sind (taub|schwach|gefühllos)',
        '[{situation}] [und] mein bein wird immer schwächer',
        '[{situation}] [und] ich (habe|hab) (schmerzen in der brust|brustschmerzen)',
        '[{situation}] [und] ich kann (nicht mehr wasser lassen|kein wasser [mehr] lassen|nicht pinkeln|meine blase nicht kontrollieren|den stuhl nicht halten)',
        '[{situation}] [und] ich (habe|hab) (ein taubheitsgefühl|kribbeln) (im intimbereich|am gesäß|in beiden beinen)',
        // As a worried person says it: filler words, "richtig", the bottom and the crotch in everyday words.
        '[{situation}] [und] ich kann [plötzlich] (nicht mehr|nicht) richtig (wasser lassen|pinkeln)',
        'ich (habe|hab) [so] (ein taubes gefühl|kein gefühl [mehr]|ein kribbeln) (im po|am po|am hintern|im schritt|zwischen den beinen|im intimbereich|am gesäß)',
        '(mein po|mein hintern|mein gesäß|mein schritt) (ist|wird) [ganz|so] taub',
        'ich (spüre|fühle) (meinen po|meinen hintern|mein gesäß|meine blase) nicht [mehr]',
        '[und] (beide beine|meine beine) (werden|sind) (ganz|so|auf einmal|plötzlich) (taub|schwach|gefühllos|lahm)',
        'ich kann (meine beine|die beine) (kaum|nicht) [mehr] (bewegen|spüren)',
      ],
    },
    {
      name: IntentNames.WhenToSeeDoctor,
      slots: [
        { name: COMPLAINT_SLOT, type: COMPLAINT_TYPE },
        { name: PAIN_SLOT, type: BACK_SAID_TYPE },
        { name: VISIT_SLOT, type: DOCTOR_VISIT_TYPE },
        { name: SERIOUS_SLOT, type: SERIOUS_TYPE },
        { name: SIGNS_SLOT, type: WARNING_SIGNS_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
      ],
      samples: DOCTOR_QUESTIONS,
    },
    // Where it hurts today, right after the red flags: a sign of danger wins, a sore area comes next.
    ...germanPainfulAreaIntents,
    ...germanTimeAvailableIntents,
    {
      name: IntentNames.StartRelaxation,
      slots: [
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
        { name: START_SLOT, type: START_CARRIER_TYPE },
        { name: AFTER_SLOT, type: AFTER_THING_TYPE },
      ],
      samples: [
        ...startGrammar('{practice}'),
        ...startSentences('{practice}'),
        '{length} (version|variante|übung|entspannung|runde)',
        '[gib mir|ich brauche|ich brauch|ich hätte gern|ich möchte|mach|mach mal] (etwas|was|irgendwas) {length}',
        // Said to an offer: "nein, heute lieber die kurze".
        '[nein|ja] (heute|lieber|heute lieber|heute nur|nur|dann) {length} [bitte]',
        '(mach|mach mal|machen sie) heute {length} [die kenn ich schon]',
        'ich (möchte|will) (entspannen|mich entspannen)',
        'hilf mir [zu] entspannen',
        'entspanne meine muskeln',
        '[ich möchte|ich will] meine muskeln [der reihe nach|nacheinander] anspannen und (loslassen|lockerlassen)',
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
        { name: START_SLOT, type: START_CARRIER_TYPE },
        { name: AFTER_SLOT, type: AFTER_THING_TYPE },
      ],
      samples: [
        ...startGrammar('{exercise}'),
        ...startSentences('{exercise}'),
        // Verb second after what was said first, the guide named, an exercise described after "die übung".
        '{situation} (brauch|brauche|möchte|mach) ich [jetzt] {exercise}',
        '(leite|leiten sie) [mich] {exercise} an',
        '(führ|führe|führen sie) mich [mal] {exercise}',
        '(kannst du|können sie|könnten sie|könntest du) mich {exercise} (anleiten|begleiten|führen)',
        '[{situation}] (hilf|helfen sie) mir [erst mal] {exercise}',
        '[mach|starte] [die|eine] achtsamkeitsübung {exercise}',
        '(übung|meditation) {exercise}',
        '[ich will|ich möchte] {exercise} (starte|mach) die übung',
        '[{situation}] {exercise} (die|diese) (übung|meditation)',
        '{exercise} (gibt es|hast du) [da] (eine übung|was)',
        '(ich möchte|ich will|ich würde gern|ich würd gern|lass uns|können wir|wir wollen|mir ist nach) [ein bisschen|a bisserl|kurz|mal] (meditieren|achtsamkeit üben)',
        '(meditieren|achtsamkeit üben|kurz mal meditieren|was zum meditieren|was mit achtsamkeit) [starten]',
        '(such|suchen sie|such du) mir (eine|irgendeine) (meditation|achtsamkeitsübung|übung) aus',
        '(such|suchen sie) (eine|irgendeine) (meditation|achtsamkeitsübung) für mich aus',
        // "ich möcht ein bisschen zur ruhe kommen mit einer meditation"
        '{start} zur ruhe kommen mit {exercise}',
      ],
    },
    {
      name: IntentNames.Tip,
      slots: [
        { name: SlotNames.Topic, type: SlotTypes.Topic },
        { name: ADVICE_SLOT, type: ADVICE_TYPE },
        { name: PAIN_SLOT, type: BACK_SAID_TYPE },
        { name: HURTS_SLOT, type: BACK_HURTS_TYPE },
        { name: THEN_SLOT, type: WHAT_TO_DO_TYPE },
        { name: ASK_SLOT, type: TIP_ASK_TYPE },
        { name: MODAL_SLOT, type: TIP_MODAL_TYPE },
        { name: GIVE_SLOT, type: TIP_GIVE_TYPE },
      ],
      samples: [
        // "gib mir einen tipp fürs sitzen am computer", "hast du einen rat gegen stress"
        `{ask} {advice} [${ABOUT} {topic}] [{pain}]`,
        `{ask} {advice} {pain} [${ABOUT}] {topic}`,
        '{ask} {advice} {topic}',
        '(gib mir|hast du|haben sie|geben sie mir|sag mir) [mal] {advice}',
        `{advice} ${ABOUT} {topic}`,
        '(hast du|haben sie|gib mir|geben sie mir) {advice} (für mich|für den rücken|für meinen rücken)',
        '(tipp|tipps|rat|ratschlag) {topic}',
        '[ein|einen|einem|noch einen|nen] [guten] (tipp|tipps|rückentipp|rückenschmerztipp|tipp des tages|ratschlag|rat)',
        `{advice} [${ABOUT} {topic}] (wäre gut|wär gut|für mich)`,
        `{modal} {advice} [${ABOUT} {topic}|{pain}] {give}`,
        `{modal} {advice} {give} (${ABOUT} {topic}|{pain})`,
        `{modal} {advice} ${TIP_ABOUT} {topic} {pain} {give}`,
        '{then} (für|bei|gegen|zum|zur|zu) {topic} [{pain}]',
        'was (kann|soll) ich [selbst|denn] {topic} {pain} (tun|machen)',
        '(wie|was) (soll|sollte|kann) ich {topic}',
        'wie (komm|komme|krieg|kriege|bring|bringe|bleib|bleibe|werd|werde) ich [{pain}] {topic} [{pain}]',
        '(hilf|helfen sie) mir mit {advice}',
        // "schlaftipp", "stressabbau tipp", "einen bürotipp"
        '{topic} (tipp|tipps|ratschlag)',
        '(gib mir|geben sie mir|hast du|haben sie|ich hätte gern|ich brauch|ich brauche|ich möchte) {topic}',
        // The situation first, then the ask: "ich sitz den ganzen tag am schreibtisch hast du einen tipp"
        `{topic} [und] {ask} {advice} [für mich|dazu|dabei|{pain}]`,
        `{topic} [und] {advice}`,
        '{topic} (was hilft [da]|was tun|was kann ich (tun|machen)|was soll ich (tun|machen)|was rätst du mir|was raten sie|was empfiehlst du|was empfehlen sie|was mach ich)',
        // Questions about the topic itself.
        'was (kann|soll) ich [selbst] (gegen|bei|für) {topic} (tun|machen) [{pain}]',
        'was kann ich (gegen|für) {topic} ({pain} (tun|machen)|(tun|machen) {then})',
        // Verb last, as after "frag …, was / wie": "was ich gegen stress tun kann", "wie ich richtig sitzen soll".
        'was ich (gegen|bei|für) {topic} (tun|machen) (kann|soll)',
        'wie ich [richtig|besser|gut|rückenfreundlich] {topic} (kann|soll|sollte)',
        'was ich (tun|machen) kann damit ich [nachts] [besser|gut] {topic}',
        '(was hilft|was hilft mir|was tun|was hilft dem rücken) [denn] (gegen|bei|beim) {topic} [{then}]',
        'was (kannst du mir|können sie mir) (gegen|bei|für) {topic} (empfehlen|raten)',
        'wie {topic} [trotz rückenschmerzen|wenn der rücken (weh tut|zwickt)|mit meinem (rücken|kreuz)|mit kreuzschmerzen]',
        'was kann ich (im|in der|bei der|beim) {topic} für (meinen|den) rücken tun',
        '{topic} (bei|mit|trotz) (rückenschmerzen|kreuzschmerzen|kreuzweh)',
        '(welche|welcher|welches) {topic} (ist gut|ist am besten|passt|hilft|ist richtig) {pain}',
        '(ist|sind) {topic} (gut|das richtige) {pain}',
        '(darf|kann|soll|sollte) ich [mich] {topic}',
        `(tipp|tipps|ein tipp|einen tipp) (wie|damit) {topic}`,
        ...TIP_SENTENCES,
      ],
    },
    {
      name: IntentNames.WhatIsPmr,
      slots: [
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: HEARD_SLOT, type: HEARD_OF_TYPE },
        { name: LEAD_SLOT, type: WHAT_LEAD_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
        { name: PMR_SAID_SLOT, type: PMR_SAID_TYPE },
      ],
      samples: [
        ...whatIs('{practice}'),
        ...heardOf('{practice}'),
        // Die Methode beschrieben statt benannt: "was bringt das anspannen und loslassen", "wie wirkt diese muskelentspannung".
        '{lead} {about} [eigentlich|genau|überhaupt|denn]',
        '{tell} (was|wie) {about} (ist|wirkt|funktioniert)',
        '{about} was ist das [denn|genau|eigentlich]',
        'wie soll das funktionieren mit {about}',
        '(wozu|warum) spannt man (da|dabei|bei der übung|bei {practice}) die muskeln [erst|zuerst] an',
        'ich (kenn|kenne) {practice} nicht [was ist das]',
        // Was an der Methode auffällt: das Anspannen zuerst, das Wort "progressiv", wer sie erfand.
        'was (heißt|bedeutet) progressiv (bei|in) {practice}',
        'was macht {practice} mit (dem körper|den muskeln|mir)',
        'wer hat {practice} erfunden und wie (geht|funktioniert) (die|das|sie)',
        'wer (ist|war) jacobson und was ist seine methode',
      ],
    },
    {
      name: IntentNames.WhatIsMindfulness,
      slots: [
        { name: SUBJECT_SLOT, type: MINDFULNESS_TYPE },
        { name: HEARD_SLOT, type: HEARD_OF_TYPE },
        { name: LEAD_SLOT, type: WHAT_LEAD_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
      ],
      samples: [...whatIs('{subject}'), ...heardOf('{subject}'), `ist {subject} (dasselbe wie|so was wie|so etwas wie|das gleiche wie) meditation [${WHAT_TAIL}]`],
    },
    {
      name: IntentNames.DoesItWork,
      slots: [
        { name: METHOD_SLOT, type: METHOD_TYPE },
        { name: COMPLAINT_SLOT, type: COMPLAINT_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
        { name: DOUBT_SLOT, type: DOUBT_TYPE },
      ],
      samples: [
        '(hilft|helfen|wirkt|wirken|funktioniert) {method} [wirklich|echt|auch|überhaupt] (gegen|bei) {complaint}',
        // Gefragt mit einem Anlauf ("sagen sie mal ehrlich", "ob sie mir sagen könnten ob ..."), mit dem Verb am Ende, der Zweifel danach.
        '{tell} (hilft|wirkt|bringt) {method} [wirklich|echt] [was] (gegen|bei) {complaint}',
        '{tell} ob {method} [wirklich|überhaupt] [(gegen|bei) {complaint}] (hilft|wirkt|was bringt)',
        '(ist|sind) {method} (gegen|bei) {complaint} [wirklich] (wirksam|hilfreich|gut)',
        '(funktioniert|hilft|wirkt) (das|es) [echt|wirklich] mit {method} (gegen|bei) {complaint}',
        '(werden|wird) {complaint} (durch {method}|davon|dadurch) [wirklich] (besser|weniger)',
        '(lohnt sich das|lohnt es sich) [überhaupt] (mit {method} [(bei|gegen) {complaint}]|[(bei|gegen) {complaint}] {method} zu (üben|machen|lernen))',
        '(hilft|nützt) mir {method} [wirklich|echt] (bei|gegen) {complaint} [überhaupt|oder nicht]',
        'was (bringt|nützt) [mir] {method} (eigentlich|denn|überhaupt) (bei|gegen|für) {complaint}',
        'ist das [nicht] nur {doubt} [oder] (hilft|wirkt) das [wirklich] [{complaint}] [wirklich]',
        '(nützt|bringt) {method} was oder ist das nur {doubt}',
        'kann ich mit {method} ([wirklich|tatsächlich] {complaint}|{complaint} (wirklich|tatsächlich)) (loswerden|lindern|verringern|reduzieren)',
        'ist (das|es) (erwiesen|bewiesen|belegt) dass {method} [{complaint}] hilft',
        // Verb last, as after "frag …, ob": "ob das überhaupt hilft".
        '[ob] {method} [wirklich|überhaupt] (was|etwas) (hilft|bringt)',
        '[ob] {method} [wirklich|überhaupt] (hilft|wirkt|funktioniert)',
        '(hilft|bringt) {method} [denn] [wirklich|überhaupt] was',
        '(bringt|bringen|nützt|nützen|taugt) {method} [wirklich|echt|überhaupt] (was|etwas) (gegen|bei|für) {complaint}',
        '(hilft|wirkt) {method} (wirklich|echt) (gegen|bei) {complaint} oder ist das [nur] {doubt}',
        '(hilft|helfen|wirkt|wirken|nützt|funktioniert) {method} [wirklich|echt|überhaupt] [oder ist das {doubt}]',
        '(hilft|bringt) {method} [auch] {complaint} [überhaupt|was]',
        '(kann|können) {method} [wirklich|auch] {complaint} (lindern|verbessern|weniger machen|besser machen)',
        '(werden|wird) {complaint} durch {method} (besser|weniger)',
        '(ist|sind) {method} [wirklich] (wirksam|gut|hilfreich) (gegen|bei) {complaint}',
        '(wie gut|wie wirksam) (hilft|wirkt|ist) {method} (gegen|bei) {complaint}',
        '(ist es|ist das|ist) (wissenschaftlich|wirklich) (belegt|bewiesen) dass {method} (gegen|bei) {complaint} hilft',
        '(gibt es|was sagen die) (studien|beweise|belege) (dass|ob|zu) {method} (gegen|bei) {complaint} hilft',
        '(ist die wirkung von|ist der nutzen von) {method} (gegen|bei) {complaint} (belegt|bewiesen)',
        'was (bringt|nützt) [mir] {method} (bei|gegen|für) {complaint}',
        'lohnt sich {method} [für|bei] {complaint} [überhaupt]',
        '(hat|haben) {method} (einen effekt|eine wirkung|einen nutzen) (auf|für|bei) {complaint}',
        '(macht|machen) {method} {complaint} (weniger|besser)',
        'ist (das|es|entspannung|achtsamkeit|muskelentspannung) (wissenschaftlich|wirklich) (belegt|bewiesen|wirksam)',
        'gibt es (studien|beweise|belege) [dazu]',
        'was sagt die forschung [dazu]',
        '(wird|werden) {complaint} von {method} (besser|weniger)',
        '(hilft|nützt) mir {method} (bei|gegen) {complaint} [überhaupt]',
        '(hilft|wirkt) {method} [wirklich] oder ist das nur {doubt}',
        'was sagen (die studien|studien|die forschung) (zu|über) {method} und {complaint}',
        'kann ich (damit|dadurch) [wirklich] weniger schmerzen haben',
      ],
    },
    {
      name: IntentNames.WhoShouldAvoidMindfulness,
      slots: [
        { name: SUBJECT_SLOT, type: MINDFULNESS_TYPE },
        { name: CONDITION_SLOT, type: CONDITION_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
      ],
      samples: [
        // Wer vorsichtig sein sollte, wann man lieber verzichtet, ob es schaden kann, auch über "ob sie mir sagen könnten".
        'wer (sollte|soll|muss) ((bei|mit) {subject} vorsichtig sein|vorsichtig sein (mit|bei) {subject})',
        'wer (darf|sollte) das nicht machen mit {subject}',
        'wann (sollte|soll) (man|ich) [lieber|besser] (keine|nicht) {subject} (machen|üben)',
        '(gibt es|was sind) gründe (gegen {subject}|(keine|nicht) {subject} zu (machen|üben))',
        '(sollten|sollte) (manche|bestimmte) (leute|menschen) [lieber] auf {subject} verzichten',
        '{tell} ob {subject} [auch|mir] (schaden|gefährlich sein|schädlich sein) kann',
        '{tell} (für wen|wann) {subject} (nicht geeignet|gefährlich|nicht gut) ist',
        '(ist|sind) {subject} für mich (gefährlich|sicher|geeignet|ungefährlich|unbedenklich)',
        '(ist das|ist es) (sicher|ungefährlich|gefährlich) [für mich] mit {subject}',
        'ist {subject} [auch] ((bei|nach) {condition} (gefährlich|sicher|ungefährlich|unbedenklich)|(gefährlich|sicher) (bei|nach) {condition})',
        '(kann|könnte) mir {subject} [auch|irgendwie] (schaden|gefährlich sein|schlecht bekommen|nicht guttun)',
        'kann ich [als älterer mensch] bedenkenlos {subject} [üben|machen] [oder muss ich auf (etwas|was) achten]',
        '(darf|kann) jeder {subject} [machen|üben]',
        '(welche|was sind die) (gefahren|risiken|nebenwirkungen) (hat|haben) {subject}',
        '(kann|könnte) {subject} [auch|mir|einem] (schaden|gefährlich sein|schädlich sein|schlecht für mich sein|schlecht für einen sein|problematisch sein)',
        '(ist|sind) {subject} (gefährlich|sicher|unbedenklich|ungefährlich|schädlich|für jeden geeignet|für alle geeignet|für jeden unbedenklich|für alle unbedenklich|für mich geeignet|sicher für mich|für mich sicher|okay für mich) [für mich|oder gibt es bedenken]',
        '(gibt es|hat) (nebenwirkungen|risiken|gegenanzeigen|bedenken) (bei|von|für|gegen) {subject}',
        '(hat|haben) {subject} (nebenwirkungen|risiken|gegenanzeigen)',
        '{subject} (risiken|nebenwirkungen|gegenanzeigen)',
        '(nebenwirkungen|risiken|gegenanzeigen) (von|bei|für) {subject}',
        '(welche|was sind die) (risiken|nebenwirkungen) (hat|haben|von|bei) {subject}',
        'für wen (ist|sind) {subject} (nicht geeignet|ungeeignet|gefährlich|problematisch|nichts|nicht gut|nicht das richtige)',
        'für wen (kann|können) {subject} (problematisch|gefährlich|schädlich) sein',
        'wer (sollte|soll|darf) (kein|keine|nicht) {subject} (machen|üben)',
        'wer (sollte|soll|darf) [lieber|besser] nicht {subject}',
        'wer (sollte|soll) (die finger von|lieber die finger von) {subject} lassen',
        '(gibt es|gibt es menschen|gibt es leute) die [lieber|besser] (nicht|keine) {subject} (sollten|machen sollten)',
        'wer (sollte|soll) {subject} [lieber|besser] (meiden|vermeiden|lassen|nicht machen)',
        'wann (sollte|soll) man [lieber] (nicht {subject}|auf {subject} verzichten)',
        '(ab wann|wann) ist {subject} nicht (ratsam|das richtige|geeignet)',
        '(darf|kann) ich [trotzdem|auch] {subject} [machen|üben] (wenn|obwohl) ich {condition}',
        '{condition} (darf|kann) ich [trotzdem] {subject} [machen|üben]',
        '{condition} ist {subject} [da|trotzdem] (sicher|okay|geeignet|gefährlich) [für mich]',
        'ist {subject} (sicher|okay|geeignet) für mich (wenn|obwohl) ich {condition}',
        '(muss ich|sollte ich) bei {subject} auf (was|etwas) (aufpassen|achten)',
        '(ist|sind) {subject} bei psychischen problemen (sicher|gefährlich)',
        'wann sollte man auf {subject} lieber verzichten',
        'ist es (sicher|gefährlich) [für mich] zu {subject}',
        '(kann|könnte) {subject} bei {condition} (gefährlich|schädlich) sein',
        '(kann|darf) ich (bei|nach) {condition} {subject} (machen|üben)',
        'kann man (von|durch) {subject} (schlechte|negative|unangenehme) gefühle bekommen',
      ],
    },
    {
      // „Hilft Wärme?“: der Tipp zu Wärme und Kälte, direkt gefragt (zwei Tester fragten danach).
      name: IntentNames.HeatOrCold,
      samples: [
        'hilft (wärme|kälte|eine wärmflasche|ein kühlpack|ein heizkissen|ein warmes bad) [bei rückenschmerzen|gegen rückenschmerzen|bei meinem rücken|meinem rücken|dem rücken]',
        '(soll|sollte|darf|kann) ich (wärme|kälte|eine wärmflasche|ein kühlpack|ein heizkissen) (nehmen|benutzen|verwenden|auflegen)',
        '(ist|sind) (wärme|kälte) gut (für den rücken|bei rückenschmerzen|für meinen rücken)',
        '(wärme|kälte) oder (kälte|wärme) [bei rückenschmerzen|für den rücken]',
        'was ist besser (wärme|kälte) oder (kälte|wärme)',
        '(was ist mit|und) (wärme|einer wärmflasche|einem heizkissen)',
        '(wärme|kälte|eine wärmflasche|ein heizkissen) [bei rückenschmerzen|gegen rückenschmerzen] hilft',
      ],
    },
    {
      name: IntentNames.HowToLearn,
      slots: [
        { name: METHOD_SLOT, type: METHOD_TYPE },
        { name: COURSE_SLOT, type: COURSE_TYPE },
        { name: PLACE_SLOT, type: PLACE_TYPE },
        { name: FIND_SLOT, type: FIND_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
      ],
      samples: [
        '(wo|wie) (kann ich|kann man) {method} [richtig|am besten|gut|ordentlich|professionell|unter anleitung] lernen',
        '(wo|wie) (kann ich|kann man) {method} (mit|bei) {course} lernen',
        '(kann ich|kann man) {method} [auch] (irgendwo|{place}) [richtig|professionell] lernen',
        '(wo|wie) (lerne ich|lern ich|lernt man) {method} [am besten] [richtig|unter anleitung]',
        'wie (lerne|lern) ich {method} so dass ich (sie|es|das) allein kann',
        `{find} [{place}] {course} [${LEARN_FOR} {method}] [{place}|machen|dazu]`,
        `wo gibt es {course} ${LEARN_FOR} {method} bei rückenschmerzen`,
        `{tell} wo (ich|man) {course} [${LEARN_FOR} {method}] (machen kann|finden kann|findet|macht)`,
        `(kannst du|können sie) mir {course} [${LEARN_FOR} {method}] empfehlen`,
        `(zahlt|bezahlt|übernimmt) die krankenkasse {course} [${LEARN_FOR} {method}]`,
        'kann mir (die krankenkasse|der arzt) {course} (bezahlen|verschreiben)',
        'wer (bringt mir|bringt einem|kann mir) {method} [richtig] (bei|beibringen)',
        'wer unterrichtet {method}',
        '(ich will|ich möchte|ich möcht) {method} (richtig|ordentlich|von der pike auf|von grund auf) lernen [mit {course}] [wo geht das]',
        'welche möglichkeiten gibt es {method} zu lernen',
        'wie werde ich [richtig] gut in {method}',
        `welche {course} (gibt es|empfehlen sie|empfiehlst du) ${LEARN_FOR} {method} [bei rückenschmerzen]`,
        `welche {course} würden sie [mir] ${LEARN_FOR} {method} empfehlen`,
        'bietet (die volkshochschule|die vhs|die krankenkasse) ({course} [für {method}]|so etwas wie {method}|so was wie {method}) an',
        'gibt es {course} die die krankenkasse (bezahlt|übernimmt|zahlt)',
        '(kann ich|kann man) {method} (an der volkshochschule|in einem kurs|bei der krankenkasse) lernen',
        '(gibt es|kennst du) {course} zum (lernen|üben)',
        'gibt es {course} wo man {method} lernt',
        'ich (will|möchte) {course} machen [wo finde ich (den|die)]',
      ],
    },
    {
      name: IntentNames.DeleteData,
      slots: [
        { name: DATA_SLOT, type: DATA_TYPE },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
      ],
      samples: [
        '[{situation}] (lösch|lösche|löschen sie|entferne|entfern|entfernen sie|wisch|vernichte) [bitte|mal] {data} [komplett|weg]',
        '(wirf|werfen sie) [bitte] {data} weg',
        '(setz|setzen sie) [bitte] alles zurück und (lösch|löschen|löschen sie) {data}',
        '(alles zurücksetzen|reinen tisch machen) und {data} löschen',
        '(mach|machen sie) [mal|mal eben] reinen tisch [und (lösch|löschen) {data}]',
        `{data} [bitte] [komplett|vollständig] (${DELETE_END}|soll weg|sollen weg|zurücksetzen und löschen)`,
        '{data} (soll|sollen) [bitte] [komplett] (gelöscht werden|weg)',
        '(kannst du|können sie|könnten sie) [bitte] {data} [komplett] (löschen|entfernen)',
        'ob (sie|du) {data} löschen (könnten|könntest|würden)',
        'ich (möchte|will|möcht) {data} [bei dir] [komplett] (löschen|entfernen|löschen lassen|entfernen lassen)',
        // Als Wunsch mit "dass": "ich will, dass du meine daten löschst", "ich möchte, dass alle meine infos gelöscht werden".
        'ich (möchte|will|möcht) dass (du {data} (löschst|vergisst)|sie {data} (löschen|vergessen))',
        'ich (möchte|will|möcht) dass {data} [komplett] (gelöscht|entfernt) (werden|wird)',
        '(vergiss|vergessen sie) [bitte] {data}',
        '[bitte] {data} vergessen',
        'ich (möchte|will) von dir vergessen werden',
        'ich (will|möchte) dass (du nichts mehr über mich speicherst|nichts mehr über mich gespeichert ist) [lösch alles]',
        '(datenlöschung|daten löschen|mein profil löschen|alles über mich löschen|löschen aller meiner daten)',
        '(vergiss|vergessen sie) mich [bitte] [komplett|ganz]',
        'alles löschen (was|das) (über mich gespeichert ist|du über mich weißt)',
      ],
    },
    {
      name: IntentNames.Progress,
      slots: [
        { name: PERIOD_SLOT, type: PERIOD_TYPE },
        { name: DONE_SLOT, type: DONE_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
      ],
      samples: [
        // Wie viel, wie oft, über welche Zeit: "wie oft hab ich diesen monat meditiert", auch mit dem Verb am Ende ("sag mal, wie viel ich schon trainiert hab").
        'wie (viel|oft|lange|lang) (habe|hab) ich [{period}] {done}',
        'wie viele (übungen|minuten|stunden|tage|einheiten|tage am stück) (habe|hab) ich [{period}] {done}',
        '{tell} wie (viel|oft|lange|lang) ich [{period}] {done} (habe|hab)',
        '{tell} (wie ich vorankomme|wie weit ich bin|was ich bisher gemacht (habe|hab))',
        '{tell} wie es um (meine übungen|mein training|meinen fortschritt|mich) steht',
        'was (habe|hab) ich [{period}] geschafft',
        '(bin ich|war ich) [{period}] fleißig [gewesen] [mit dem üben]',
        '(habe|hab) ich mich [{period}] verbessert [seit ich angefangen (habe|hab)]',
        '(wie ist|was ist|wie sieht) (meine bilanz|mein stand|mein fortschritt) [{period}] [aus]',
        'wie (mache ich mich|mach ich mich|läufts|läufts bei mir) [denn] [so]',
        'wie (mache ich mich|mach ich mich|läuft es|läuft es bei mir|stehe ich|steh ich|steh ich da|komm ich voran|komme ich voran|schlag ich mich|schlage ich mich|weit bin ich|läuft mein training|fleißig war ich|war meine woche) [so] [mit dem üben|mit den übungen|bisher]',
        'wie viele übungen waren es [diese woche|letzte woche]',
        '(zeig|sag|gib|zeigen sie|sagen sie|geben sie) mir [mal|bitte] (meinen fortschritt|meinen stand|meine übungszeit|meine statistik|(einen|nen) überblick über meine übungen)',
        '(mein fortschritt|meine statistik|meine übungsstatistik|meine übungszeit [bisher]|fortschritt abfragen|fortschritt anzeigen|übersicht über meine übungen|überblick über meine übungen)',
        '(habe|hab) ich [in letzter zeit|diese woche] genug geübt',
        // „Wie geht es mir?“ heißt hier: wie stehe ich mit dem Üben (die Entwicklung der Anspannung).
        'wie geht (es|s) (mir|meinem rücken) [so] [mit den übungen|mit dem üben|bisher]',
        '(mach|mache) ich fortschritte',
        'wann (habe|hab) ich [zuletzt|das letzte mal] geübt',
        '(hat sich|wie hat sich) meine anspannung (verbessert|entwickelt|verändert)',
        'bin ich auf einem guten weg [mit dem üben]',
      ],
    },
    {
      name: IntentNames.RateTension,
      slots: [
        {
          name: SlotNames.Rating,
          type: 'AMAZON.NUMBER',
          // Heard only as the answer to "Wie angespannt sind Sie?" (Dialog.ElicitSlot).
          samples: ['[ich bin bei|ich bin jetzt bei|bei|so|so bei|etwa|etwa bei|ungefähr|vielleicht|jetzt] {rating}', '{rating} (jetzt|ungefähr|würde ich sagen)'],
          elicitationPrompt: 'rating.askValue',
        },
        { name: MOOD_SLOT, type: MOOD_TYPE },
        { name: BEFORE_SLOT, type: RATE_LEAD_TYPE },
      ],
      samples: [
        // What is said before the number is a slot (RateLead: "ich schätze mal", "so bei"), how one feels before or after it.
        '{mood} [{before}] [eine|ne|ner|einer] {rating} [von zehn] [gell]',
        '{before} [eine|einer|ne|ner] {rating} [von zehn] [{mood}|gell|würde ich sagen]',
        '(eine|einer|ne|ner) {rating} [von zehn] [{mood}]',
        '{rating} von zehn [{mood}]',
        '{rating} {mood}',
        '[so|ungefähr|etwa] (eine|ne|a) {rating} (würde|würd) ich sagen',
        '[heute ist] (meine anspannung|meine verspannung|mein anspannungslevel) [ist|liegt] [heute|gerade] [{before}] {rating} [von zehn]',
        '(verspannt|angespannt) bin ich [heute|gerade|kaum] [{before}] {rating}',
        '(nach der übung|jetzt|vorher) bin ich [{before}] {rating}',
        '(heute|heut|jetzt) (ist es|wieder) (eine|ne) {rating} [{mood}]',
        '(meine|die) (anspannung|verspannung) (würde|würd) ich mit [einer] {rating} bewerten',
        'ich (würde|würd) sagen meine anspannung ist [eine] {rating}',
        'ich (geb|gebe) mir [heute] [eine|ne] {rating}',
        'auf (einer|der) (skala|anspannungsskala) [von null bis zehn] [bin ich|würd ich sagen|gebe ich mir [heute]] [{before}] {rating}',
        '(mein rücken ist bei|im rücken spür ich) [eine] {rating}',
        'anspannung bewerten',
        'bewerte meine anspannung [mit] [{rating}]',
      ],
    },
    {
      name: IntentNames.SetReminder,
      slots: [
        { name: SlotNames.Time, type: 'AMAZON.TIME' },
        { name: REMINDERS_SLOT, type: REMINDERS_TYPE },
        { name: PURPOSE_SLOT, type: PURPOSE_TYPE },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
        { name: DAILY_SLOT, type: DAILY_TYPE },
        { name: SET_SLOT, type: SET_REMINDER_TYPE },
        { name: ASK_SLOT, type: TIP_ASK_TYPE },
      ],
      samples: [
        // "Erinnere mich": wann, wofür, davor was man vergisst ("ich vergess das immer, bitte erinnern sie mich täglich um acht").
        `[{situation}] ${REMIND} mich [bitte|mal] [{daily}] um {time} [{purpose}]`,
        `${REMIND} mich [bitte] [{daily}] {purpose} um {time}`,
        `{situation} bitte ${REMIND} mich [{daily}] um {time}`,
        `${REMIND} mich [bitte] {daily} [{purpose}]`,
        '(erinnere|erinner|erinnern sie) mich [bitte] (jeden tag|täglich) in der mittagspause um {time}',
        // Das Verb am Ende: "können sie mich jeden morgen um sieben erinnern", "ob sie mich ... ans üben erinnern könnten".
        '(kannst du|können sie|könntest du|könnten sie) mich [bitte] [{daily}] um {time} ({purpose} erinnern|erinnern [{purpose}])',
        'ob (sie|du) mich [{daily}] um {time} [{purpose}] erinnern (könnten|könntest|würden)',
        '(kannst du|können sie) mir [{daily}] um {time} [bescheid] sagen [dass ich (üben|entspannen) soll]',
        '(sag|sagen sie) mir [{daily}] um {time} [bescheid] dass ich (üben|entspannen) soll',
        // Eine Erinnerung stellen, einrichten, machen: "richten sie mir bitte eine tägliche erinnerung um vier ein".
        '{set} {reminders} [{purpose}] [{daily}] (für|um) {time} [ein|an]',
        '{set} {reminders} [{daily}] um {time} {purpose}',
        '{set} {reminders} ein {daily} um {time}',
        '{ask} {reminders} [{purpose}] [{daily}] (um|für) {time} [{purpose}]',
        '{ask} {daily} um {time} {reminders} [{purpose}]',
        'ich (möchte|möcht|will|würde gern) [{daily}] um {time} [{purpose}] erinnert werden',
        '{reminders} [{purpose}] [{daily}] um {time} [{purpose}]',
        '{reminders} {daily} {time}',
        '{daily} um {time} ({reminders} [{purpose}]|[{purpose}] erinnern|erinnern {purpose})',
        '{reminders} (einrichten|stellen) {daily} um {time}',
        '{situation} {reminders} stellen {daily} um {time}',
        '{daily} {purpose} um {time} erinnern',
        '{daily} erinnern um {time}',
        'ich (möchte|will|hätte gern) eine [tägliche] erinnerung',
        '(stelle|richte) [mir] eine [tägliche] erinnerung ein',
        '(jeden tag|täglich) um {time}',
        'um {time}',
      ],
    },
    {
      name: IntentNames.ListReminders,
      slots: [
        { name: REMINDERS_SLOT, type: REMINDERS_TYPE },
        { name: TELL_SLOT, type: HOW_TO_TELL_TYPE },
        { name: PURPOSE_SLOT, type: PURPOSE_TYPE },
        { name: DAILY_SLOT, type: DAILY_TYPE },
      ],
      samples: [
        `(welche|was für) ${REMINDER_WORDS} (habe|hab) ich [eingestellt|gestellt|eingerichtet]`,
        `was (habe|hab) ich für ${REMINDER_WORDS} [eingestellt|gestellt|eingerichtet]`,
        '(welche|was für) erinnerungen (hast du|haben sie) [für mich] [gespeichert|eingestellt]',
        `(welche|was für) ${REMINDER_WORDS} (gibt es|sind eingestellt|sind aktiv|laufen [gerade]|stehen drin)`,
        // Das Verb am Ende: "ob sie mir sagen könnten, welche erinnerungen ich habe", "ich weiß nicht mehr, welche ...".
        `{tell} welche ${REMINDER_WORDS} (ich (habe|hab) [eingestellt]|laufen|aktiv sind|eingestellt sind)`,
        `ich weiß nicht mehr (welche|wann) ${REMINDER_WORDS} ich (eingestellt|gestellt) (habe|hab)`,
        '(welche zeiten|welche zeit) (habe|hab) ich für die (erinnerungen|erinnerung)',
        'welche zeiten sind für die erinnerung eingestellt',
        '(nenne|zeige|zeig|sag|sagen sie|zeigen sie) [mir] [mal|bitte] {reminders}',
        '(lies|lesen sie) [mir] [mal|bitte] (meine|die) erinnerungen vor',
        'liste (meine|die) erinnerungen auf',
        '(habe|hab) ich [schon] {reminders} [{purpose}] [eingestellt|eingerichtet|gestellt]',
        '(gibt es|ist da) [schon] {reminders} [{purpose}] [eingestellt|aktiv|für mich|von mir]',
        '(sind|ist) [eine] (erinnerungen|erinnerung) aktiv',
        'wann (erinnerst du mich|erinnern sie mich) [{daily}] [{purpose}]',
        'wann (werde|werd) ich [{daily}] [{purpose}] erinnert',
        'wann kommt meine nächste erinnerung',
        '(um wie viel uhr|um welche uhrzeit) (ist meine erinnerung|erinnern sie mich ans üben|erinnerst du mich)',
        '(für wann|wann) (ist|hatte ich) {reminders} [nochmal] (gestellt|eingestellt)',
        'wie viele erinnerungen (habe|hab) ich [eingestellt]',
        '(meine|die) [aktiven|aktuellen] erinnerungen [anzeigen|vorlesen|auflisten]',
        '(erinnerungen|meine erinnerungen) (anzeigen|auflisten|vorlesen)',
        '(liste|überblick über|übersicht über) (meine|meiner|die) erinnerungen',
        'was (sind meine aktuellen erinnerungen|ist bei den erinnerungen eingestellt)',
        '(hast du|haben sie) (eine erinnerung|erinnerungen) für mich (eingerichtet|eingestellt)',
        'erinnerst du mich eigentlich jeden tag [und wann]',
      ],
    },
    {
      name: IntentNames.CancelReminders,
      slots: [
        { name: REMINDERS_SLOT, type: REMINDERS_TYPE },
        { name: PURPOSE_SLOT, type: PURPOSE_TYPE },
        { name: STOP_SLOT, type: REMINDER_STOP_TYPE },
      ],
      samples: [
        // The verb as a slot (ReminderStop: "deaktivieren sie bitte", "lösch", "stellen sie ... ab"), before the reminder or after it.
        '{stop} {reminders} [(ab|aus|weg)] [die nerven [mich]]',
        '{stop} {reminders} (mal|mal eben|bitte) (ab|aus|weg)',
        `{reminders} [bitte|wieder] ${STOP_END}`,
        '{reminders} (aus|weg|kannst du löschen|sollen aufhören)',
        '{reminders} (nerven|nervt|gehen mir auf die nerven) [mich] [bitte] [{stop} (die|sie) (ab|aus|weg)|mach die weg|bitte abstellen|abbestellen|abstellen]',
        `(kannst du|können sie|könntest du|könnten sie) [bitte] {reminders} [wieder] ${STOP_SHORT}`,
        `ob (sie|du) {reminders} [wieder] ${STOP_SHORT} (könnten|würden)`,
        `(ich möchte|ich will|ich möcht) {reminders} (${STOP_SHORT}|loswerden)`,
        'ich (brauch|brauche|will|möchte) {reminders} nicht mehr [{stop} (die|sie)]',
        '(erinnere|erinnern sie) mich [bitte] nicht mehr [{purpose}]',
        '(du musst|sie müssen) mich nicht mehr erinnern',
        '(kannst du|können sie) aufhören mich [jeden tag] zu erinnern',
        '(hör|hören sie) [bitte] [mal] (auf mich [{purpose}|jeden tag] zu erinnern|mit {reminders} auf)',
        'ich (will|möchte|möcht) nicht mehr [jeden tag|täglich] erinnert werden',
        '[bitte] nicht mehr [{purpose}] erinnern',
        'ich (will|möchte|brauche|brauch|mag) keine [täglichen] (erinnerung|erinnerungen) mehr [löschen|entfernen|abstellen]',
        'keine [täglichen] erinnerungen mehr',
        '(schluss|weg) mit {reminders}',
      ],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop, samples: ['sei still', 'tschüs', 'danke tschüss', 'auf wiedersehen', '(das wars|das war es)'] },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    germanItHurtsIntent,
    {
      name: IntentNames.Pause,
      samples: [
        '(pause|pausieren|anhalten|unterbrechen|halt) [machen|bitte]',
        '(mach|mache|machen sie) [mal] [eine] pause',
        '(halt|halte|halten sie) [mal|hier] an',
        '(unterbrich|pausiere|unterbrechen sie|pausieren sie) [die übung|die muskelentspannung|das]',
        '(die übung|übung|die muskelentspannung) (anhalten|pausieren|unterbrechen)',
        '(kannst du|können sie) [das|die übung] [mal|bitte] (pausieren|anhalten|unterbrechen)',
        // Inside a session a bare "warte" holds the exercise.
        '(warte|warte mal|warten sie|moment|einen moment|moment mal|sekunde|einen augenblick|kurz warten)',
        // Aufhören wollen, in eigenen Worten: der Platz bleibt gemerkt.
        '(ich möchte|ich will|ich würde gern|ich muss) [jetzt] aufhören',
        '(hör|hören sie) [bitte] [mal] [kurz] auf',
        '[oh] (ich muss|muss) [mal|mal eben|mal kurz|kurz|gleich|jetzt] (weg|los|ans telefon|an die tür)',
        '(das reicht|genug) [für heute|jetzt]',
        '(ich muss|ich brauche|ich brauch) [kurz] (unterbrechen|eine pause|aufhören|weg)',
        '(kurze pause|kurz unterbrechen|für heute erst mal pause|jetzt erst mal anhalten)',
        // "Stop here": the place is kept, unlike a bare "stopp" (AMAZON.StopIntent).
        '[lass uns|wir können] (hier aufhören|hier anhalten|hier stoppen|hier unterbrechen)',
        '(stopp|halt) (hier|an dieser stelle)',
        '(ich mach|ich mache|wir machen) später weiter',
      ],
    },
    {
      name: IntentNames.Resume,
      samples: [
        '(mach|machen sie|machen wir|mach mal|wir machen|dann mach) [da|dort|an der stelle] weiter',
        '(mach|machen sie|machen wir) (bitte|doch|ruhig) weiter',
        '(da|dort|an der stelle) (weitermachen|fortsetzen|weiter)',
        '(ich möchte|ich will|kannst du|können sie|lass uns|können wir) [da] (weitermachen|fortfahren)',
        '[die|meine] [letzte|unterbrochene|pausierte|angefangene] übung (fortsetzen|weitermachen|weiterführen|wieder aufnehmen)',
        '(setz|setze|setzen sie) [die|meine] [letzte] [übung|entspannung] fort',
        'weiter [machen|bitte]',
        'fortsetzen',
        'fortfahren',
        'weitermachen',
        // Ein Ja mit dem Verb, wie man auf "Soll ich weitermachen?" antwortet.
        '(ok|passt|immer) weiter',
        'weiter geht es',
        'mach weiter',
        '[ja] mach mal weiter',
        '[ja] los',
        'ja klar mach weiter',
        '[ja] [bitte] weitermachen',
        'ja gehen sie weiter',
        '(freilich machen wir weiter|klar geht es weiter|jo mach mal)',
      ],
    },
    // Pause and resume said with a reason, a promise, what or where from: AMAZON's take no slots.
    ...germanPauseResumeIntents,
    {
      name: IntentNames.Next,
      samples: [
        'nächster [teil|schritt]',
        'nächste [übung|runde]',
        'überspringen',
        'überspring [das|diesen teil]',
        '(weiter zum nächsten teil|leg los mit dem nächsten teil)',
        // Ein Ja mit dem, was folgt: "ja bitte mit dem nächsten teil", "ja mach weiter mit dem nächsten teil".
        '[ja|ja bitte|okay|gern] [(mach|machen sie) weiter] (mit dem nächsten teil|zum nächsten teil)',
        '[ja|ja bitte|okay] der nächste teil',
      ],
    },
    { name: IntentNames.Repeat, samples: ['wiederholen', 'wiederhole [das|diesen teil]', 'noch einmal', 'nochmal'] },
    {
      name: IntentNames.StartOver,
      samples: ['[nein] [lieber|bitte] von vorne [anfangen|bitte]', '(noch mal|nochmal|bitte) von vorne', 'neu (starten|beginnen)', '(fang|fangen sie|fang doch) [noch mal|nochmal] (neu|von vorne) an'],
    },
    // "Ja, fang an": a yes with what it agrees to.
    {
      name: IntentNames.Yes,
      samples: [
        '(ja|ja bitte|ja gerne|gerne|okay) (fang an|fangen sie an|leg los|los gehts|mach weiter|machen sie weiter|fang bitte an)',
        // Zum Weitermachen, wie man zustimmt: "klar weiter", "ja bitte fahren sie fort", "ja gern weiter".
        '(ja|ja bitte|ja gern|ja gerne|klar|ja klar|jawohl|genau|auf jeden fall|na klar) (weiter|weiter gehts|weiter geht es|machen wir weiter|fahr fort|fahren sie fort|bitte weiter|gern weiter)',
        '(ja|klar|na klar) (mach mal|das können sie|das kannst du|nur zu)',
        'nur zu',
        '(jo|joa|jup|jawoll|jawohl|freilich|yes)',
        'ja mach [mal|das]',
        '(ja gerne|ja gern|ja klar|ja doch|ja natürlich|na klar|auf jeden fall)',
      ],
    },
    { name: IntentNames.No, samples: ['(jetzt nicht|lieber nicht|nee|nö|nee danke|nee passt|lass mal|ach nee|noch nicht|eher nicht)'] },
  ],
  types: [
    germanRegionType,
    ...germanTimeAvailableTypes,
    ...germanPauseResumeTypes,
    {
      name: SlotTypes.Exercise,
      values: [
        {
          id: 'bodyScan',
          name: 'körperreise',
          synonyms: unique([
            ...words('nen (body scan|bodyscan|körperscan)', 'ne körperreise'),
            ...der('body scan|bodyscan|körperscan|körper scan|body scan (für den rücken|im liegen|zum hinlegen|von kopf bis fuß|von den füßen bis zum kopf)|gang durch den körper'),
            ...die('körperreise|reise durch den körper|körperwahrnehmung|(body scan|bodyscan|körperscan) (übung|meditation)|übung zum körper (abscannen|abtasten|durchspüren|durchgehen|scannen) [mit der aufmerksamkeit]|körperwahrnehmung mit dem durchgehen|körper durchspüren übung'),
            ...doneWhere(
              '[in gedanken|mit der aufmerksamkeit] durch den [ganzen] körper (wandert|geht)|den körper [von kopf bis fuß|von den füßen bis zum kopf] (durchgeht|abtastet|durchspürt)|von (kopf bis fuß|den füßen bis zum kopf) alles spürt',
              'durch den [ganzen] körper (wandere|gehe)|meinen körper [von kopf bis fuß] (durchgehe|abtaste|durchspüre) [mit der aufmerksamkeit]',
            ),
            ...words('(meinen|den) körper [einmal|achtsam|einmal achtsam|in gedanken] (durchscannen|durchspüren|abtasten|durchgehen|scannen|durchwandern)', 'meinen körper [so] mit (der|meiner) aufmerksamkeit (abtasten|durchgehen)', 'meinen körper (abtasten|durchgehen) mit der aufmerksamkeit'),
            ...words('[achtsam|einmal] durch den [ganzen] körper (gehen|wandern|spüren|reisen)'),
          ], germanMoreExerciseWords.bodyScan),
        },
        {
          id: 'breath',
          name: 'atemmeditation',
          synonyms: unique([
            ...words('ne (atemmeditation|atemübung|sitzmeditation|meditation mit dem atem)'),
            ...die('atemmeditation|atemübung|atemübungen|atembetrachtung|atembeobachtung|sitzmeditation|(atemmeditation|atemübung) im sitzen|sitzmeditation mit dem atem|meditation (mit dem|auf den|zum|über den|mit fokus auf den) atem|meditation (beim|zum) atmen|meditation (mit der|zur|mit fokus auf die) atmung|meditation [mit] atmung|übung (mit dem atem|zum atmen|zum atem beobachten) [im sitzen]|achtsamkeit (auf den atem|auf die atmung|beim atmen)|konzentration auf den atem|atem meditation|aufmerksamkeit auf den atem'),
            ...doneWhere(
              '[nur|einfach] sitzt und auf den atem achtet|[nur] auf den atem achtet|[nur] den atem beobachtet|[nur] auf (das ein und ausatmen|die atmung) achtet',
              '[nur] auf (meinen|den) atem achte|[nur] (meinen|den) atem (beobachte|spüre)|[nur] auf (das|mein) ein und ausatmen achte',
            ),
            ...words('wo es ums atmen geht', '[[in ruhe|einfach] sitzen und] (auf meinen atem|auf den atem|aufs atmen) achten', '[sitzen und] auf (meinen|den) atem meditieren', '(meinen|den) atem (beobachten|spüren|wahrnehmen)', '(mit dem atem|zum atmen) meditieren', 'meditieren mit dem atem', '[mich] [nur] auf (meinen atem|den atem|meine atmung|die atmung|mein atmen) konzentrieren', '(achtsames|bewusstes) atmen', '(achtsam|bewusst) atmen'),
          ], germanMoreExerciseWords.breath),
        },
        {
          id: 'breathingSpace',
          name: 'drei minuten atempause',
          synonyms: [
            ...words('nen [kurzen|kleinen] atemraum', 'ne atempause'),
            ...der('atemraum|(drei minuten|dreiminuten|dreiminütigen|kleinen|kurzen) atemraum|atemraum (in drei schritten|für zwischendurch|für drei minuten|von drei minuten)|drei minuten atemraum aus der achtsamkeit|breathing space'),
            ...words('der (dreiminütige|kleine|kurze) atemraum'),
            ...die('atempause|(drei minuten|dreiminütige|kurze|kleine) atempause|atempause (von|mit) drei minuten|mini meditation|drei minuten (meditation|atemübung|übung mit dem atemraum)|[drei minuten] (atemraum|breathing space) übung [in drei schritten]|übung atemraum [in drei minuten]|kurze atempause mit dem atemraum|kurze atemraum übung [für drei minuten]|drei minuten pause zum atmen'),
            ...words('(die|) drei minuten (zum durchatmen|zum durchschnaufen|atemraum|durchatmen)', 'atemraum drei minuten', 'kleine drei minuten atemübung'),
          ],
        },
        {
          id: 'mindfulEating',
          name: 'achtsames essen',
          synonyms: unique([
            ...words('ne (essensübung|rosinenübung|essmeditation)'),
            ...neuter('achtsam|bewusst|langsam', 'essen'),
            ...die('(essensübung|essübung|essmeditation|essensmeditation) [mit achtsamkeit]|rosinenübung|rosinen übung|rosinenmeditation|genussübung [mit dem essen]|achtsame essübung|(achtsames|achtsam) essen übung|übung (achtsames essen|achtsam essen|mit der rosine|mit dem essen|zum essen|beim essen|(mit dem|zum|für) (bewussten|achtsamen|langsamen) essen|zum ganz langsamen essen|für bewusstes essen)|achtsamkeitsübung (mit dem essen|zum essen|mit essen|beim essen)'),
            ...doneWhere(
              '[ganz] langsam [und bewusst] (isst|was isst)|(das essen|eine rosine|ein stück essen) [ganz] (genau|langsam|bewusst|mit allen sinnen) (wahrnimmt|isst)',
              '[ganz] (langsam|bewusst) esse|(mein essen|eine rosine) [ganz] (genau|bewusst|langsam) (wahrnehme|esse)',
            ),
            ...words('[ganz] (achtsam|bewusst|langsam und bewusst|langsam und achtsam) essen [mit einer rosine|üben]', '(essen|genießen) mit achtsamkeit', 'achtsamkeit beim essen', 'mein (essen|brot|butterbrot|mittagessen) [einmal] [ganz] (bewusst|achtsam) essen'),
          ], germanMoreExerciseWords.mindfulEating),
        },
        {
          id: 'mindfulWalking',
          name: 'achtsames gehen',
          synonyms: unique([
            ...words('ne (gehmeditation|gehübung|geh übung)'),
            ...neuter('achtsam|bewusst|langsam|meditativ', 'gehen'),
            ...neuter('achtsam|bewusst', 'laufen|spazierengehen'),
            ...die('(gehmeditation|gehübung|geh übung) [mit achtsamkeit]|walking meditation|übung (achtsames gehen|achtsam gehen|achtsam laufen|mit dem gehen|zum gehen|beim gehen|fürs gehen|(mit dem|zum|für) (langsamen|achtsamen|bewussten) (gehen|laufen)|für bewusstes gehen|zum langsamen bewussten gehen)|achtsamkeitsübung (im|beim|mit dem) (gehen|laufen)|meditation (im|beim) gehen|achtsam gehen übung'),
            ...doneWhere(
              '[ganz] (bewusst|langsam|achtsam) (geht|läuft)|auf (jeden schritt|die schritte) achtet|[ganz] langsam geht und auf die schritte achtet',
              '[ganz] (langsam|bewusst|achtsam) gehe|auf jeden schritt achte',
            ),
            ...der('achtsamen spaziergang|achtsamer spaziergang'),
            ...words('[ganz] [schritt für schritt] (achtsam|bewusst|langsam und achtsam|langsam und bewusst) (gehen|laufen|spazieren gehen) [üben]', '(gehen|laufen) mit achtsamkeit', 'achtsamkeit beim (gehen|laufen)', '(beim gehen|im gehen) meditieren', 'meditieren (beim|im) gehen'),
          ]),
        },
        {
          id: 'steppingBack',
          name: 'innehalten',
          synonyms: unique([
            ...words('[das|dem|zum] (innehalten|zurücktreten|abstand nehmen|innehalten und zurücktreten)'),
            ...die(`übung (${STEP_BACK_ACTS})`, 'innehalten übung|stepping back übung|übung stepping back|schritt zurück übung'),
            ...doneWhere(
              '[erst|erst mal] (innehält|einen schritt zurücktritt|durchatmet|pause macht)',
              '[erst|erst mal] (innehalte|einen schritt zurücktrete|durchatme)',
            ),
            ...words('(wie|damit) man nicht (gleich|sofort) (reagiert|zurückschießt)', '(wie|damit) ich nicht (gleich|sofort) (reagiere|zurückschieße|explodiere|in die luft gehe)'),
            ...words('[erst|erst mal|kurz|einen moment] (innehalten|einen schritt zurücktreten|abstand nehmen) [bevor ich (reagiere|antworte|was sage|was sag)|[und] dann reagieren]', '(die|der) innehalten übung', '[einen] schritt zurück', 'nicht (sofort|gleich) reagieren', 'innehalten statt reagieren'),
          ], germanMoreExerciseWords.steppingBack),
        },
        {
          id: 'any',
          name: 'achtsamkeitsübung',
          synonyms: unique([
            ...words('(ne|einer) (meditation|achtsamkeitsübung|achtsamkeitsmeditation|kleine meditation|meditationsübung)'),
            ...die('meditation|achtsamkeitsübung|achtsamkeitsmeditation|geführte meditation|meditationsübung|kleine meditation|runde meditation|übung zur achtsamkeit|(achtsamkeitsübung|meditation) egal welche|achtsamkeitsübung (ihrer|deiner) wahl|übung zur achtsamkeit [ganz] egal welche|(meditation|achtsamkeitsübung) für mich'),
            ...words('[das|ein] achtsamkeitstraining'),
            ...words('irgendeine (meditation|achtsamkeitsübung|übung)', '(ne|eine) runde meditation', '(irgendne|irgendeine|irgend eine) meditation'),
            ...words('achtsamkeit', 'achtsamkeitsübungen', '(ein bisschen|etwas) achtsamkeit', 'a bisserl meditation', 'ein bisschen meditation', 'egal welche hauptsache meditation', '(irgendwas|was|etwas) (mit achtsamkeit|achtsames|zum meditieren)'),
          ]),
        },
      ],
    },
    {
      name: SlotTypes.Topic,
      values: [
        {
          id: 'activity',
          name: 'aktiv bleiben',
          synonyms: unique(topicWords(
            'bewegung im alltag|alltag|aktivität|bewegung|aktiv bleiben|mehr bewegung|aktiv sein|alltagsaktivität|aktivität im alltag|alltagsbewegung|spazierengehen|spazieren gehen|einen aktiven alltag|aktiven alltag|treppensteigen|haushalt|einkaufen|gartenarbeit|thema bewegung|thema aktiv bleiben|in bewegung bleiben|bewegungstipp|einen bewegungstipp',
            '[im alltag] (aktiv|in bewegung|beweglich|in schwung) (bleiben|sein|zu bleiben)',
            '(mich|mir) [im alltag] mehr (bewegen|bewegung verschaffen)',
            'mehr bewegung in (meinen tag|meinen alltag) (einbauen|bringen)',
            '(bleib|bleibe) ich [im alltag] (aktiv|in bewegung|beweglich|in schwung)',
            '(komm|komme) ich [im alltag] [mehr] in bewegung',
            '[mich] [lieber] schonen oder [mich] bewegen',
            'ich (beweg|bewege) mich [viel] zu wenig',
            '(trotzdem|weiter) (spazieren gehen|in bewegung bleiben|aktiv bleiben)',
            '(im garten|im haushalt) arbeiten',
            'lieber im bett bleiben oder rumlaufen',
          ), germanTipTopicPhrases.activity),
        },
        {
          id: 'sleep',
          name: 'schlaf',
          synonyms: unique(topicWords(
            'schlafen|nacht|bett|matratze|liegen|schlaf|die nacht|schlafposition|schlafhaltung|besseren schlaf|erholsamen schlaf|einschlafen|ins bett gehen|die richtige matratze|kissen|schlafen und liegen|schlaf und liegen|besser schlafen|gut schlafen|durchschlafen|thema schlaf|liegen im bett|schlaftipp|einen schlaftipp|nen schlaftipp',
            '(schlaf|schlafe) ich besser',
            '(lieg|liege) ich [nachts] am besten [im bett]',
            '(soll|sollte) ich [im bett] (liegen|schlafen) [wenn (der|mir der) rücken weh tut]',
            '(ich kann|ich kann nachts) nicht schlafen',
            'ich (schlaf|schlafe) [so] schlecht',
            'ich (wach|wache) nachts [immer] auf',
            '(auf der seite oder auf dem rücken|auf dem rücken oder auf der seite) schlafen',
            'rückenfreundlich (schlafen|liegen)',
            '(leg|lege) ich mich [am besten] hin',
            'komm ich [mit rückenschmerzen] gut durch die nacht',
          ), germanTipTopicPhrases.sleep),
        },
        {
          id: 'work',
          name: 'arbeit',
          synonyms: unique(topicWords(
            'beruf|büro|sitzen|schreibtisch|arbeitsplatz|heben|arbeit|die arbeit|der arbeit|arbeit am schreibtisch|sitzen am schreibtisch|büroarbeit|die büroarbeit|arbeit am computer|die arbeit am computer|computer|homeoffice|langes sitzen|job|richtig sitzen|sitzen im büro|bildschirmarbeit|sitzhaltung|die sitzhaltung|bürostuhl|stehschreibtisch|arbeiten|sitzen am computer|sitzen am pc|sitzen am rechner|arbeit am laptop|die arbeit am laptop|arbeit am pc|langes sitzen im büro|langes sitzen bei der arbeit|bürojob|lange meetings|thema arbeit|thema bildschirmarbeit|bürotipp|einen bürotipp|sitzhaltung am schreibtisch|tragen und heben|rückenfreundlich arbeiten|arbeiten am computer',
            '(sitz|sitze) ich richtig [am computer|am schreibtisch|am pc|am laptop]',
            '(stell|stelle) ich meinen bürostuhl richtig ein',
            '(richt|richte) ich meinen (schreibtisch|arbeitsplatz) [rückenfreundlich|richtig] ein',
            '(ich sitz|ich sitze|ich hocke) [den ganzen tag|stundenlang] (am schreibtisch|am computer|im büro|am pc|am laptop)',
            'ich (mach|mache) den ganzen tag bildschirmarbeit',
            '(bleib|bleibe) ich bei der arbeit rückenfreundlich',
            'zur arbeit gehen',
            'arbeite ich am computer ohne dass der rücken weh tut',
          ), germanTipTopicPhrases.work),
        },
        {
          id: 'stress',
          name: 'stress',
          synonyms: unique(topicWords(
            'anspannung|sorgen|belastung|druck|verspannung|verspannungen|stress|stressabbau|stressbewältigung|umgang mit stress|nervosität|innere anspannung|verspannung durch stress|verspannungen durch stress|stress und anspannung|stress und verspannung|verspannung und stress|weniger stress|abschalten|entspannen bei stress|abschalten bei stress|ärger|aufregung|stressbedingte rückenschmerzen|den stress|die anspannung|entspannung bei stress|thema stress|stresstipp|einen stresstipp|zum entspannen bei stress',
            '(ich bin|bin) [total|so|ganz|ziemlich|dauernd|ständig] (gestresst|angespannt|verspannt|dauergestresst|verkrampft)',
            'ich (steh|stehe|bin) [total|dauernd|ständig] unter strom',
            '(werd|werde) ich den stress los',
            '(geh|gehe) ich [besser] mit stress um',
            '(komm|komme) ich runter [wenn ich gestresst bin]',
            'kann ich [besser] abschalten',
            'der stress (schlägt mir auf den rücken|geht mir in den rücken|macht meinen rücken fertig)',
            'stress macht meine rückenschmerzen schlimmer',
            'viel stress [im alltag]',
            '(lös|löse) ich die anspannung',
          ), germanTipTopicPhrases.stress),
        },
        {
          id: 'exercise',
          name: 'training',
          synonyms: unique(topicWords(
            'sport|übungen|bewegungstherapie|krankengymnastik|physiotherapie|fitness|training|rückenübungen|rückentraining|übungen für den rücken|gymnastik|rückengymnastik|dehnen|dehnübungen|krafttraining|fitnessstudio|sportarten|sportart|physio|physioübungen|physio übungen|yoga|schwimmen|radfahren|joggen|nordic walking|wassergymnastik|rückenschule|muskelaufbau|kräftigungsübungen|gymnastikübungen|workout|trainieren|übungen vom physiotherapeuten|physiotherapie übungen|sport und training|gymnastik zuhause|thema sport|thema training|sporttipp|einen sporttipp|trainingstipp|einen trainingstipp',
            'sport (machen|treiben)',
            'ins fitnessstudio [gehen]',
            'meine (rückenmuskeln|muskeln) trainieren',
            '(trainier|trainiere) ich richtig',
            '(fang|fange) ich [wieder] mit sport an',
            'meine (physio übungen|physioübungen|übungen) (machen|weitermachen)',
            'ich (mach|mache) (yoga|physiotherapie|sport|gymnastik)',
            'ich will wieder (joggen|sport machen)',
          ), germanTipTopicPhrases.exercise),
        },
        {
          id: 'any',
          name: 'rückenschmerzen',
          synonyms: words(
            '(den|meinen|meinem|dem|der|mein|einen gesunden) (rücken|unteren rücken)',
            '[das|dem|mein|meinem|meinen|den|der|mein] (kreuzweh|rückenweh|ischias)',
            'kreuz',
            '(das|dem|mein|meinem) kreuz',
            '[meine|die|meinen] (rückenschmerzen|kreuzschmerzen|kreuzweh|rückenweh|rückenprobleme|rückenbeschwerden|rücken)',
            '(mein|der) (rücken|kreuz) (tut weh|plagt mich|zwickt|macht mir zu schaffen)',
            'ich hab rücken',
            'kann ich meinem rücken was gutes tun',
          ),
        },
      ],
    },
    {
      name: SlotTypes.Length,
      values: [
        {
          id: 'short',
          name: 'kurze',
          synonyms: unique(lengthWords('kurze|kleine|schnelle|knappe|kürzere|ganz kurze|fünfminütige|kürzeste', 'kurzversion|kurzfassung|kurzform|kurzvariante|expressversion|mini version|fünf minuten version', 'kurz|ganz kurz|kurz und knapp|schnell|für zwischendurch', 'fünf|sechs|sieben|fünf bis sieben|fünf sechs'), words('in [ganz] kurz', '[das|dem] kurzprogramm', '[die] mini', 'express', '(kurzer|kurzes|schnelles|kleines)'), germanMoreLengths.short),
        },
        {
          id: 'standard',
          name: 'normale',
          synonyms: unique(lengthWords('normale|mittlere|übliche|mittellange|gewohnte|reguläre|gewöhnliche|zehnminütige|ganz normale|normallange|übliche mittlere', 'standardversion|standardvariante|standardfassung|standardlänge|normalversion|normallänge|mittlere länge', 'normal|mittel|mittellang|standard|weder kurz noch lang|weder kurz noch lang sondern normal|nicht die kurze und nicht die lange|nicht die kurze und nicht die lange sondern die mittlere', 'zehn|elf|zwölf|zehn bis zwölf|zehn zwölf'), words('in (normal|mittel|normaler länge|mittlerer länge|üblicher länge)', 'die standard', '(normaler|mittlerer|normales|mittleres)', 'wie immer'), germanMoreLengths.standard),
        },
        {
          id: 'long',
          name: 'lange',
          synonyms: unique(lengthWords('lange|längere|ausführliche|vollständige|komplette|ganze|volle|große|ungekürzte|gesamte|ganz lange|ganze lange|längste', 'langversion|langfassung|langform|komplettversion|vollversion', 'lang|ganz lang|ausführlich|in voller länge|in ganzer länge|von anfang bis ende|mit allen muskelgruppen|mit allen muskeln|für den ganzen körper|von kopf bis fuß', 'zwanzig|fünfundzwanzig|zwanzig bis fünfundzwanzig|über zwanzig|dreißig'), words('in (lang|ganz lang|voller länge)', '(das|dem) (volle|ganze|komplette|vollen|ganzen|kompletten) programm', 'voller länge', '(langes|längeres|ausführliches)'), germanMoreLengths.long),
        },
      ],
    },
    {
      // What people call the relaxation itself; only the phrasing needs it, not the handler.
      name: SlotTypes.Practice,
      values: [
        {
          id: 'pmr',
          name: 'muskelentspannung',
          synonyms: unique([
            ...die('muskelentspannung|progressive muskelentspannung|progressiven muskelentspannung|(progressive|) muskelentspannung nach jacobson|progressive muskelrelaxation|muskelrelaxation|entspannungsübung|entspannung|entspannung (nach jacobson|mit den muskeln|für die muskeln)|muskelentspannungsübung|entspannungsübung (für die muskeln|mit anspannen und loslassen)|jacobson übung|übung muskelentspannung|muskelentspannung übung|runde muskelentspannung|übung (mit dem|mit|zum) (anspannen und (loslassen|entspannen)|muskeln anspannen und (loslassen|locker lassen|lockerlassen|entspannen))|muskelentspannung (für den rücken|mit allen muskelgruppen|mit allen muskeln)|jacobson methode|methode nach jacobson'),
            ...der('pmr|jacobson'),
            ...words('(ne|a|von der) (muskelentspannung|progressive muskelentspannung|progressiven muskelentspannung|entspannungsübung)', 'ne runde muskelentspannung'),
            ...words('(wo|bei der) man [nacheinander|der reihe nach] die muskeln [nacheinander] anspannt [und [wieder] (loslässt|lockerlässt|locker lässt|entspannt)]'),
          ], germanMorePracticeWords),
        },
      ],
    },
    {
      // The subject of a question about mindfulness; the answer needs none of it.
      name: MINDFULNESS_TYPE,
      values: [
        {
          id: 'mindfulness',
          name: 'achtsamkeit',
          synonyms: words(
            '[die|der|dieser|diese|das mit der|das wort] achtsamkeit [von der alle reden]',
            '(diesem|dieses|diese|das) (achtsamkeitstraining|mbsr|meditieren)',
            '(mindfulness|achtsamkeitstraining|achtsamkeitsübungen|achtsamkeitsmeditation|mbsr|m b s r|achtsam sein|achtsam leben|meditation|meditieren|die meditation|der meditation)',
            '(eine|die|einer) (achtsamkeitsübung|achtsamkeitsmeditation)',
            '(das|ein|einen) (body scan|bodyscan)',
            '(die|diese) (achtsamkeitsübungen|meditationen)',
          ),
        },
      ],
    },
    {
      // A condition that may speak against mindfulness, said either way round ("depressionen habe", "ich hab depressionen").
      name: CONDITION_TYPE,
      values: [
        {
          id: 'condition',
          name: 'depressionen habe',
          synonyms: words(
            '(depressionen|eine depression|panikattacken|psychische probleme|ein trauma|eine psychose|angststörungen) (habe|hab|hatte|hatte mal)',
            '(depressiv|in psychotherapie|in behandlung|in psychiatrischer behandlung|psychisch krank|traumatisiert) (bin|war)',
            '(ich habe|ich hab|ich hatte|ich hatte mal) (depressionen|eine depression|panikattacken|psychische probleme|ein trauma|eine psychose|angststörungen)',
            'ich (bin|war) (depressiv|in psychotherapie|in behandlung|in psychiatrischer behandlung|psychisch krank|traumatisiert)',
            ...germanMoreConditions,
          ),
        },
      ],
    },
    {
      // What might help: the relaxation, mindfulness, or "das".
      name: METHOD_TYPE,
      values: [
        {
          id: 'method',
          name: 'entspannung',
          synonyms: words(
            '[die|der] (entspannung|muskelentspannung|progressive muskelentspannung|progressiven muskelentspannung|achtsamkeit|meditation|entspannungsübung|entspannungsübungen|achtsamkeitsübung|achtsamkeitsübungen|entspannungstechnik|entspannungstechniken|technik|methode)',
            '(dem|der) (entspannen|meditieren|achtsamkeit|muskelentspannung|übungen)',
            '[die|den] (entspannungsverfahren|meditation lernen)',
            '(das|es|pmr|mbsr|m b s r|entspannungstraining|achtsamkeitstraining|das entspannen|das üben|die übungen|den übungen|diese übungen|so eine übung|meditieren|entspannen|das meditieren|das alles|das hier|die technik|die methode|die muskelentspannung nach jacobson|entspannung nach jacobson)',
          ),
        },
      ],
    },
    {
      // The back trouble a question is about.
      name: COMPLAINT_TYPE,
      values: [
        {
          id: 'backPain',
          name: 'rückenschmerzen',
          synonyms: words(
            '[meine|meiner|die|den|meinen|meinen chronischen|chronische|chronischen] (rückenschmerzen|kreuzschmerzen|schmerzen|rückenschmerz|rückenbeschwerden|rückenprobleme)',
            '[meinen|den|meinem|dem|mein|der] (rücken|kreuz)',
            'mein bein (kribbelt|ist taub|ist schwach)',
            '(die|meine) (rückenschmerzen|schmerzen) (nachts nicht aufhören|immer schlimmer werden|ins bein ausstrahlen)',
            '[das] (kreuzweh|rückenweh)',
            '[chronische|chronischen] schmerzen im (rücken|kreuz)',
            '[chronischem|chronischen] rücken',
            '[meinem|einem] rückenleiden',
            'rückenleiden',
            '(mein|der) (rücken|kreuz) tut [schon] [seit wochen|seit tagen|so lange|immer noch|nachts|so] weh',
            '(mein|der) rücken [schon seit wochen|so|nachts] weh tut',
            'mir (kribbelt|schläft) (das bein|der fuß|mein bein) [ein|immer wieder|manchmal]',
            'mein bein (kribbelt|wird [manchmal|immer wieder] taub|ist [manchmal] taub) [und (ist taub|kribbelt|ist schwach)]',
            '[der|mein|den|meinen|dem|meinem] ischias',
            '(die|meine) (rückenschmerzen|schmerzen) (hören nachts nicht auf|werden immer schlimmer|strahlen ins bein aus)',
            '(der|mein) schmerz strahlt ins bein aus',
            '(ich hab|ich habe) (fieber|probleme beim wasserlassen|ein taubheitsgefühl im bein|kein gefühl mehr im bein) [und (rückenschmerzen|kreuzweh|kreuzschmerzen)]',
            '(rückenschmerzen|kreuzschmerzen) mit fieber',
            'mein bein (kribbelt|ist taub) und (der|mein) rücken tut weh',
            'ich bin gestürzt und [jetzt] tut (der|mein) rücken weh',
            '(mein rücken|meine rückenschmerzen) (schon seit wochen|schon lange) weh tut',
            'die schmerzen ins bein ausstrahlen',
          ),
        },
      ],
    },
    {
      // What to learn with: a course, a teacher, an app.
      name: COURSE_TYPE,
      values: [
        {
          id: 'course',
          name: 'kurs',
          synonyms: words(
            '(nen|ne|nem|einem|einer) [guten] (kurs|app|trainer|trainerin|lehrer|lehrerin|kursleiter|meditationskurs|achtsamkeitskurs|entspannungskurs|gruppe)',
            '(mbsr kurse|bücher oder kurse)',
            '[einen|den|ein|eine] [guten] (kurs|kurse|gruppenkurs|gruppenkurse|onlinekurs|onlinekurse|online kurs|online kurse|lehrer|lehrerin|app|apps|bücher|buch|bücher oder apps|gruppe|anleitung|entspannungskurs|entspannungskurse|meditationskurs|achtsamkeitskurs|achtsamkeitskurse|mbsr kurs|volkshochschulkurs|kurs an der volkshochschule|kurse beim physiotherapeuten)',
            'eine (app|gruppe wo man das lernt|anleitung von einem fachmann)',
            '(einen|den) richtigen kurs',
          ),
        },
      ],
    },
    {
      // What is stored about a person, as they name it when they want it gone.
      name: DATA_TYPE,
      values: [
        {
          id: 'data',
          name: 'meine daten',
          synonyms: words(
            '[alle|sämtliche|all] (meine|meiner) [ganzen|gespeicherten|persönlichen] (daten|informationen|infos|angaben|einträge|aufzeichnungen|werte|sachen|fortschritte)',
            '(alle|sämtliche) [gespeicherten] (daten|informationen|infos|angaben|einträge|aufzeichnungen) [über mich|von mir]',
            '(meinen|mein) (verlauf|profil|fortschritt) [und (meine daten|alles was du über mich hast)]',
            '(meine|die) (übungsdaten|gespeicherten daten|persönlichen daten|gespeicherten werte) [und alles andere über mich]',
            'alles [was] (du über mich (weißt|gespeichert hast|hast)|sie über mich gespeichert haben|sie von mir wissen|über mich gespeichert ist|ich dir erzählt (habe|hab)|ich ihnen erzählt (habe|hab))',
            'alles (über mich|von mir)',
            '[alles] was (du|sie) (über mich|von mir) (weißt|wissen|gespeichert hast|gespeichert haben)',
            'alles was du dir über mich gemerkt hast',
            'meinen [ganzen] (verlauf|fortschritt) [und (alles|alles andere|alle daten)]',
            '(meine daten|meine übungen) und (meinen fortschritt|alles)',
            '(alle|meine) [gespeicherten] (werte|daten) [und übungen] (von mir|zu meiner person)',
            'alle daten zu meiner person',
            '(meine einträge und fortschritte|alle meine einträge und fortschritte|meinen fortschritt und meine daten|meinen verlauf und meine daten)',
            'daten',
            '(meine|alle meine) ganzen (gespeicherten|persönlichen) (daten|sachen|infos|einträge|angaben)',
            'gespeicherte daten',
          ),
        },
      ],
    },
    {
      // What a reminder is for ("ans üben", "an die muskelentspannung"); the reminder text is the skill's own.
      name: PURPOSE_TYPE,
      values: [
        {
          id: 'practice',
          name: 'ans üben',
          synonyms: words(
            '(ans|zum) (üben|meditieren|entspannen)',
            '(an die|an meine|für die|zur) (entspannung|übung|übungen|muskelentspannung|achtsamkeitsübung|meditation|entspannungsübung|atemübung)',
            '(fürs|ans) (üben|entspannen|meditieren)',
            'zu üben',
            'üben',
            'dass ich (übe|üben soll)',
            '(nach feierabend|nach dem frühstück|nach dem mittagessen|zum üben nach feierabend)',
          ),
        },
      ],
    },
    {
      // The skill's reminders, as people name them when they want them gone.
      name: REMINDERS_TYPE,
      values: [
        {
          id: 'reminders',
          name: 'die erinnerungen',
          synonyms: words(
            '[die|meine|alle|alle meine|den] [täglichen] (erinnerung|erinnerungen|übungserinnerung|übungserinnerungen) [ans üben|zum üben]',
            '(der|den) [täglichen] (erinnerung|erinnerungen)',
            '[die|meine] tägliche erinnerung',
            '(eine|ne|neue|eine neue) [tägliche] (erinnerung|übungserinnerung) [für jeden tag]',
            '(einen|nen) [täglichen] wecker',
          ),
        },
      ],
    },
    {
      // How tense someone says they feel, around a rating ("ich bin total verspannt").
      name: MOOD_TYPE,
      values: [
        {
          id: 'felt',
          name: 'ich bin total entspannt',
          synonyms: words(
            '[ich bin|ich fühl mich|ich fühle mich|bin] [total|ganz|ziemlich|sehr|kaum|eher|gerade|heute] (entspannt|locker|angespannt|verspannt|verkrampft)',
            '(heute|heut) bin ich [ganz|total|so] (entspannt|locker|angespannt|verspannt)',
            'ich bin (komplett|voll) (entspannt|angespannt|verspannt)',
            '[fast] [gar] nicht (angespannt|verspannt)',
            '(der|mein|das) (rücken|kreuz) ist [ganz] (hart|hart wie beton|hart wie ein brett|steinhart)',
            '(heute|jetzt) ist es (schlimm|gut|besser)',
            '(mittel|geht so|gut|schlecht)',
          ),
        },
      ],
    },
    {
      // The word for a tip; the handler needs only the topic.
      name: ADVICE_TYPE,
      values: [
        {
          id: 'tip',
          name: 'einen tipp',
          synonyms: words(
            '(einen|nen|noch einen|irgendeinen|mal einen|einen zufälligen) [guten|kleinen|kurzen|neuen] (tipp|rat|ratschlag|rückentipp)',
            '(ein|noch ein|irgendein|ein zufälliger|zufälliger|kurz mal ein|ein guter) (tipp|rat|ratschlag|rückentipp)',
            '[den] tipp des tages',
            '[ein paar] [gute] tipps',
            '(tipp|rat|ratschlag|rückentipp)',
            '(einem|nem) [guten|kleinen] (tipp|rat|ratschlag|rückentipp)',
          ),
        },
      ],
    },
    {
      // What people say before the request; Alexa takes it as part of the sample, the skill ignores it.
      name: SITUATION_TYPE,
      values: [{ id: 'situation', name: 'heute', synonyms: unique(SITUATION.filter((s) => s !== 'heute'), germanMoreSituations) }],
    },
    ...germanTipPhrasingTypes,
    ...germanStartPhrasingTypes,
    ...germanQuestionPhrasingTypes,
    ...germanDoctorPhrasingTypes,
    ...germanWhatIsTypes,
    germanDoubtType,
    germanFindType,
    germanPlaceType,
    germanPeriodType,
    germanDoneType,
    ...germanReminderTypes,
    germanRateLeadType,
  ],
  // Was Alexas eingebaute Intents ohne Beispiele verstehen (Amazons Beispiele); alles andere, was
  // Menschen dafür sagen, ist ein Beispielsatz des Intents oben, damit das Modell es trägt.
  builtInPhrases: {
    [IntentNames.Yes]: ['ja', 'ja bitte', 'okay', 'ok', 'klar', 'gerne', 'sicher', 'genau'],
    [IntentNames.No]: ['nein', 'nein danke'],
    [IntentNames.Help]: ['hilfe', 'was kann ich sagen', 'was kannst du'],
    [IntentNames.Stop]: ['stopp', 'stop', 'beenden', 'aufhören', 'tschüss'],
    [IntentNames.Cancel]: ['abbrechen', 'vergiss es'],
    [IntentNames.NavigateHome]: ['startseite', 'zum startbildschirm'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['fortsetzen', 'weiter', 'weitermachen'],
    [IntentNames.Next]: ['nächster', 'überspringen'],
    [IntentNames.Repeat]: ['wiederholen', 'nochmal'],
    [IntentNames.StartOver]: ['von vorne', 'neu starten'],
  },
};
