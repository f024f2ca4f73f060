import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import { expandPatterns } from '../tools/models/expand';
import type { ModelSource } from './types';

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

/** A feminine noun with its articles: "die", "eine", "der" (after "mit", "von"). */
function die(...patterns: string[]): string[] {
  return words(...patterns.map((p) => `[die|eine|der] (${p})`));
}

/** A masculine noun: "der", "den", "dem", "einen". */
function der(...patterns: string[]): string[] {
  return words(...patterns.map((p) => `[der|den|dem|einen] (${p})`));
}

/** A neuter noun: "das", "dem", "ein", "zum", "beim", "durchs". */
function das(...patterns: string[]): string[] {
  return words(...patterns.map((p) => `[das|dem|ein|zum|beim|durchs] (${p})`));
}

/** Imperatives and wishes that put the thing after them, du and Sie. */
const FRONT =
  '(starte|starten sie|mach|machen sie|mach mal|starte bitte|mach bitte|starten sie bitte|machen sie bitte|starte mal|gib mir|geben sie mir|ich hätte gern|ich hätt gern|ich brauch|ich brauche|ich bräuchte|ich möchte|ich möcht|ich will|zeit für|mach mit mir|machen sie mit mir|mach mal mit mir|machen wir|wir machen|lass uns|ich möchte jetzt|ich will jetzt|ich brauch jetzt|ich brauche jetzt|beginne)';
/** Modals whose verb comes last ("kannst du ... starten"). */
const CAN =
  '(kannst du|könntest du|können sie|könnten sie|kannst du bitte|könntest du bitte|können sie bitte|könnten sie bitte|ich möchte|ich möcht|ich will|ich würde gern|ich würd gern|lass uns|wir wollen|können wir|ich möchte jetzt|ich will jetzt)';
/** Infinitives at the end of a modal carrier. */
const VERB_END = '(starten|machen|abspielen|anfangen|üben|beginnen|mit mir machen|hören)';
/** What follows the thing when nothing came before it. */
const TAIL =
  "(starten|beginnen|anfangen|abspielen|jetzt|los|los geht's|jetzt gleich|machen|üben|möchte ich machen|will ich machen|möchte ich|hätte ich gern|wär jetzt recht|wäre schön|wär schön|wär gut|mit mir|für mich|für zwischendurch|starten bitte|übung|übung starten|übung bitte|übung beginnen|bitte jetzt|jetzt bitte|gleich|jetzt gleich)";

/** What people say before the request: when, where, how the back feels. */
const SITUATION: readonly string[] = words(
  '(heute|heut|jetzt|gerade|grad|gleich|heute abend|heute früh|heute morgen|morgens|abends|am abend|zwischendurch|am wochenende|es ist wochenende|feierabend|mittagspause|in der mittagspause|nach der arbeit|vor dem schlafen|vor dem einschlafen|moin|hallo|guten morgen|guten abend|na|so|okay|also|also gut) [mal|erst mal|jetzt|jetzt erst mal|bitte|nur|dann|mal wieder]',
  '(mein rücken|mein kreuz|mein nacken|der rücken|das kreuz|mein unterer rücken) (tut weh|tut so weh|tut heute weh|schmerzt|ist verspannt|ist total verspannt|ist so verspannt|ist steif|zwickt|macht mir zu schaffen|plagt mich)',
  '(ich hab|ich habe|hab) (rückenschmerzen|kreuzschmerzen|rücken|kreuzweh|rückenweh|schmerzen|heute rückenschmerzen|wieder rückenschmerzen|wieder rücken) [heute]',
  '(ich bin|bin) (total|so|ganz|ziemlich|sehr|) (verspannt|gestresst|angespannt|müde|unruhig|nervös)',
  '(ich sitz|ich sitze) den ganzen tag am schreibtisch',
  '(ich lieg|ich liege) im bett',
  '(ich hab|ich habe|hab|heut hab ich|heute habe ich) (zeit|viel zeit|heute zeit|wenig zeit|nicht viel zeit|nur wenig zeit|muße|ruhe) [und viel zeit]',
  '(ich hab|ich habe) [nur|bloß] (fünf|zehn|zwanzig|dreißig) minuten [zeit]',
  '(ich bin|bin) (im bett|im büro|im garten|zu hause|allein|wieder da|bereit)',
);

/**
 * One length as people say it: adjectives with their article ("die kurze", "den kurzen"),
 * nouns ("die kurzversion", "in der kurzfassung"), bare words ("aber nur kurz") and minutes
 * ("mit zehn minuten", "die etwa zehn minuten dauert").
 */
function lengthWords(adjectives: string, nouns: string, bare: string, minutes: string): string[] {
  const ending = (suffix: string, first = 99) =>
    adjectives
      .split('|')
      .slice(0, first)
      .filter((a) => a.endsWith('e'))
      .map((a) => `${a}${suffix}`)
      .join('|');
  // Noun phrases ("der kurzen fassung") with the usual adjectives only.
  const few = adjectives.split('|').slice(0, 5).join('|');
  return words(
    `[die|eine|a|nur die|das] (${adjectives})`,
    `[der|den|einen|dem] (${ending('n')})`,
    `[die|der|in der|nur die|in] (${nouns})`,
    `(die|eine) (${few}) (version|variante|fassung)`,
    `(der|in der|einer) (${ending('n', 5)}) (version|variante|fassung|form|länge)`,
    `in (${ending('r', 5)}) (länge|form|fassung|version)`,
    `[aber|nur|aber nur|bloß|heute nur|in] (${bare})`,
    `[die|der] (${minutes}) minuten [version]`,
    `(mit|von|für|so|etwa|ungefähr|mit etwa|in) (${minutes}) minuten`,
    `[etwa|so|ungefähr] (${minutes}) minuten lang`,
    `die [nur|etwa|so|bloß] (${minutes}) minuten (dauert|geht)`,
  );
}

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
    `[{situation}] ${FRONT} ${object}`,
    `(mach|mach mal|machen sie|starte|starten sie|mach bitte) ${plain} (mit mir|für mich|für zwischendurch)`,
    `[{situation}] (spiel|spielen sie|spiel mir|spiel mal|spielen sie mir) ${object} ab`,
    `(fang|fangen sie|fangen wir|ich fang|ich fange|wir fangen) [mal|jetzt] mit ${plain} an`,
    `[{situation}] (los geht's|leg los|weiter geht's) mit ${plain}`,
    `(lass uns|ich würd gern|ich würde gern|ich möchte|ich will) mit ${plain} (anfangen|beginnen|loslegen|starten)`,
    `${CAN} ${plain} ${VERB_END}`,
    `{situation} [und] (ich möchte|ich will|lass uns|möchte|will|brauch) ${plain} (machen|starten)`,
    `[{situation}] ${object} [${TAIL}]`,
    `${plain} (möchte|will|hätte) ich [gern] (machen|üben|)`,
    `(leite|führ|führe|leiten sie|führen sie|begleite|begleiten sie) mich [mal] durch ${plain}`,
    `(kannst du|können sie|könnten sie|könntest du) mich (durch ${plain} führen|bei ${plain} anleiten)`,
  ];
}

/** A tip topic as people put it: alone, or with their back ("schlafen mit rückenschmerzen"). */
function mitRücken(terms: readonly string[]): string[] {
  const ways = ['mit rückenschmerzen', 'bei rückenschmerzen', 'und rückenschmerzen', 'trotz rückenschmerzen', 'für den rücken', 'mit kreuzschmerzen', 'bei kreuzschmerzen', 'und rücken', 'gegen rückenschmerzen'];
  return [...new Set(terms.flatMap((term) => [term, ...ways.map((way) => `${term} ${way}`)]))];
}

/** de-DE. German adjectives inflect, so the length synonyms carry the inflected forms. */
export const german: ModelSource = {
  language: 'de',
  invocationName: 'progressive muskelentspannung',
  launchVerbs: ['öffne', 'starte', 'beginne', 'lade'],
  oneShotPatterns: ['(frage|sage) {invocation} (nach|zu|für|ob|dass) {request}', '(frage|sage) {invocation} {request}', 'bitte {invocation} (um|zu) {request}', '{request} (mit|von|bei) {invocation}'],
  intents: [
    {
      name: IntentNames.StartRelaxation,
      slots: [
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: SlotNames.Duration, type: 'AMAZON.DURATION' },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
      ],
      samples: [
        ...startGrammar('{practice}'),
        '{length} (version|variante|übung|entspannung|runde)',
        'ich (möchte|will) (entspannen|mich entspannen)',
        'hilf mir [zu] entspannen',
        'entspanne meine muskeln',
        '[ich möchte|ich will] meine muskeln [der reihe nach|nacheinander] anspannen und (loslassen|lockerlassen)',
        // Time decides the exercise (docs/platform.md): "ich habe zehn Minuten".
        '(ich habe|ich hab|hab) [nur|noch|gerade|grad|etwa|ungefähr|so|knapp|bloß|nur so|kaum zeit nur|nicht viel zeit nur|heute|heut] {duration} [zeit]',
        '{situation} (ich habe|ich hab|hab) [so|nur|noch] {duration} [zeit]',
        '(ich habe|ich hab|hab) [nur|noch|etwa|knapp] {duration} [übrig|frei]',
        '(ich habe|ich hab) [nur|noch|so|etwa] {duration} [zeit] (was passt [da]|was kann ich (machen|üben)|was geht|was (empfiehlst du|empfehlen sie|schlägst du vor)|such mir was aus|such was raus|welche übung passt|was soll ich machen|gib mir eine passende übung)',
        '{duration} (hab ich|habe ich) [zeit] [was geht|was passt|mach mal was passendes|such mir was aus]',
        'mehr als {duration} (hab ich|habe ich) nicht',
        '(was kann ich|was können wir|welche übung kann ich|welche übung schaff ich|welche übung schaffe ich|was passt|was geht) (in|zu) {duration} [machen|tun|üben]',
        '(eine übung|etwas|was|gib mir was|gib mir eine übung|haben sie was|hast du was|kannst du mir was vorschlagen|können sie mir was vorschlagen) (für|in) {duration}',
        '(such|suchen sie) mir (eine übung|was) für {duration} aus',
        'eine übung die in {duration} passt',
        '(ich habe|ich hab) zeit für (etwa|ungefähr|so|) {duration}',
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SITUATION_SLOT, type: SITUATION_TYPE },
      ],
      samples: [
        ...startGrammar('{exercise}'),
        '(ich möchte|ich will|ich würde gern|ich würd gern|lass uns|können wir|wir wollen|mir ist nach) [ein bisschen|ein bisserl|a bisserl|kurz|mal|jetzt] (meditieren|achtsamkeit üben)',
        '(meditieren|achtsamkeit üben|kurz mal meditieren|was zum meditieren|was mit achtsamkeit) [starten]',
        '(such|suchen sie|such du) mir (eine|irgendeine) (meditation|achtsamkeitsübung|übung) aus',
        '(such|suchen sie) (eine|irgendeine) (meditation|achtsamkeitsübung) für mich aus',
      ],
    },
    {
      name: IntentNames.Tip,
      slots: [{ name: SlotNames.Topic, type: SlotTypes.Topic }],
      samples: [
        '[gib mir|sag mir|geben sie mir|ich hätte gern|ich möchte|ich brauch] (einen|noch einen|ein|irgendein|nen) [guten] (tipp|rückentipp|rat|ratschlag)',
        '[gib mir|geben sie mir|ich hätte gern|ich brauche] (einen|ein|noch einen) (tipp|rat) (gegen|bei|für|zu|zum|zur|fürs) {topic}',
        '(tipp|tipps|ratschlag|rat|ein tipp|einen tipp) (gegen|bei|für|zu|zum|zur|über|fürs|zum thema) {topic}',
        '(hast du|haben sie) (einen|nen|noch einen) [guten] (tipp|rat|ratschlag|rückentipp) [für mich] [(gegen|bei|für|zu|zum|zur) {topic}]',
        '(kannst du|können sie) mir einen tipp (gegen|bei|für|zu|zum|zur) {topic} geben',
        'was (kann ich|hilft|hilft mir) (gegen|bei|für) {topic} [tun]',
        'was kann ich (gegen|für) {topic} tun',
        '(hast du|haben sie) [einen] [guten] (tipp|rat) (für|zu|zum|zur|bei|gegen|fürs) {topic}',
        '(ein|einen) (tipp|ratschlag|rat) (zum|zur|zu|für|fürs|gegen|bei) {topic} [bitte]',
        '{topic} tipp',
        '(tipp|tipps) {topic}',
        '(rückentipp|tipp des tages|tipp|tipps|schlaftipp)',
        '(einem|einen|ein) (rückentipp|tipp)',
        'was hilft (gegen|bei) rückenschmerzen',
        'was kann ich gegen [meine] rückenschmerzen tun',
      ],
    },
    {
      name: IntentNames.WhatIsPmr,
      samples: [
        '(was ist|was bedeutet|was heißt|wie funktioniert|wie geht|wie läuft|was passiert bei|was macht man bei|erklär mir|erklär mir mal|erkläre mir|erklären sie mir|was ist das) [die|das] (progressive muskelentspannung|progressiven muskelentspannung|muskelentspannung|muskelentspannung nach jacobson|pmr|jacobson methode) [eigentlich]',
        '(kannst du|können sie) mir erklären (was|wie) [die] (progressive muskelentspannung|muskelentspannung) (ist|funktioniert)',
        'was ist p m r',
      ],
    },
    {
      name: IntentNames.WhatIsMindfulness,
      samples: [
        '(was ist|was bedeutet|was heißt|wie funktioniert|erklär mir|erklär mir mal|erkläre mir|erklären sie mir|was versteht man unter|was genau ist) [die|eigentlich|genau] (achtsamkeit|ein bodyscan|ein body scan|m b s r|mbsr|achtsamkeitsmeditation|meditation) [eigentlich|genau]',
        '(kannst du|können sie) mir erklären was (achtsamkeit|meditation) (ist|bedeutet)',
      ],
    },
    {
      name: IntentNames.DoesItWork,
      samples: [
        '(hilft|wirkt|bringt) (das|entspannung|achtsamkeit|meditation|muskelentspannung|die muskelentspannung|progressive muskelentspannung) [wirklich] (gegen|bei) (rückenschmerzen|kreuzschmerzen|chronischen rückenschmerzen|meinen rücken|den rücken)',
        '(bringt|taugt) (das|die muskelentspannung|achtsamkeit|muskelentspannung) [überhaupt|wirklich] was (bei|gegen|für) (rückenschmerzen|kreuzschmerzen|meinen rücken|den rücken)',
        '(hilft|wirkt) (das|es|entspannung|die übung|achtsamkeit|muskelentspannung|progressive muskelentspannung) [wirklich|überhaupt]',
        '(kann|können) (meditation|entspannung|achtsamkeit|muskelentspannung|die übungen) [meine|die] (rückenschmerzen|kreuzschmerzen|chronischen rückenschmerzen|meinen rücken|den rücken|meinem rücken|kreuzweh|rückenweh) (lindern|verbessern)',
        'ist (das|es|entspannung|achtsamkeit|muskelentspannung) (wissenschaftlich|wirklich) (belegt|bewiesen|wirksam)',
        'ist (entspannung|achtsamkeit|muskelentspannung|das) wirksam (gegen|bei) (rückenschmerzen|kreuzschmerzen|chronischen rückenschmerzen|meinen rücken|den rücken|meinem rücken|kreuzweh|rückenweh)',
        'gibt es (studien|beweise|belege) [dazu|dass entspannung hilft|dass achtsamkeit hilft]',
        'was sagt die forschung [dazu]',
        'bringt das überhaupt was für (meinen rücken|den rücken)',
      ],
    },
    {
      name: IntentNames.WhoShouldAvoidMindfulness,
      samples: [
        'für wen ist (achtsamkeit|meditation) nicht geeignet',
        'wer sollte (keine achtsamkeit|nicht meditieren|keine meditation) (machen|üben)',
        'wer sollte nicht meditieren',
        'ist (achtsamkeit|meditation) (gefährlich|für mich geeignet|für jeden geeignet|sicher|für mich sicher|schädlich)',
        '(hat|gibt es bei) (achtsamkeit|meditation) (risiken|nebenwirkungen)',
        'gibt es risiken (bei|von) (achtsamkeit|meditation)',
        'wer sollte (achtsamkeit|meditation) (meiden|vermeiden|lieber lassen)',
        'ich (habe depressionen|bin depressiv|bin suchtkrank) (darf|kann) ich (achtsamkeit|meditation) (machen|üben)',
      ],
    },
    {
      name: IntentNames.HowToLearn,
      samples: [
        '(wo|wie) (kann ich|lerne ich|lern ich) (das|es|entspannung|achtsamkeit|meditieren|progressive muskelentspannung|muskelentspannung|pmr) [richtig|am besten|gut] [lernen]',
        'gibt es (kurse|einen kurs|apps|eine app|bücher) (für|zu|zur|in) (achtsamkeit|muskelentspannung|progressive muskelentspannung|meditation|entspannung)',
        'gibt es kurse',
        'wo finde ich einen (kurs|lehrer|achtsamkeitskurs|entspannungskurs)',
        '(zahlt|bezahlt|übernimmt) die krankenkasse [einen|den] kurs',
      ],
    },
    {
      name: IntentNames.WhenToSeeDoctor,
      samples: [
        '(wann|ab wann) (sollte|muss|soll) ich [mit] [rückenschmerzen|kreuzschmerzen|meinem rücken|meinen rückenschmerzen|meinem kreuz] zum (arzt|doktor|orthopäden) [gehen]',
        '(muss|soll|sollte) ich [mit (rückenschmerzen|kreuzschmerzen|chronischen rückenschmerzen|meinen rücken|den rücken|meinem rücken|kreuzweh|rückenweh)] zum (arzt|doktor|orthopäden|hausarzt) [gehen]',
        '(welche|was sind) [die] (warnzeichen|alarmzeichen|warnsignale|red flags) [gibt es] [bei (rückenschmerzen|kreuzschmerzen|chronischen rückenschmerzen|meinen rücken|den rücken|meinem rücken|kreuzweh|rückenweh)|beim rücken]',
        '(wann|ab wann) (sind|ist) (rückenschmerzen|kreuzschmerzen|rückenschmerz) (gefährlich|ein notfall|ernst|bedenklich)',
        'ist mein rückenschmerz gefährlich',
        'wann muss ich mir sorgen (um meinen rücken|wegen meinem rücken) machen',
        // Ein taubes oder schwaches Bein, oder eine Sorge: die Stufe „bald zum Arzt“, die ganze Antwort (docs/protocol.md).
        'mein bein (ist taub|ist schwach|kribbelt)',
        'ist das ein notfall',
        'meine rückenschmerzen werden (immer schlimmer|schlimmer|unerträglich)',
        'ich bin gestürzt und mein rücken tut weh',
      ],
    },
    {
      // Notfallzeichen, so gesagt, wie man sie spürt: eine kurze Antwort, die Handlung zuerst (docs/protocol.md, „Red flags“).
      name: IntentNames.UrgentSymptom,
      samples: [
        'ich (spüre|fühle) meine (beine|füße) nicht [mehr]',
        'meine beine sind (taub|schwach|gefühllos)',
        'mein bein wird immer schwächer',
        'ich habe (schmerzen in der brust|brustschmerzen)',
        'ich kann (nicht mehr wasser lassen|nicht pinkeln|meine blase nicht kontrollieren|den stuhl nicht halten)',
        'ich habe (ein taubheitsgefühl|kribbeln) (im intimbereich|am gesäß|in beiden beinen)',
      ],
    },
    {
      name: IntentNames.DeleteData,
      samples: [
        '(lösch|lösche|entferne|löschen sie) [bitte] [alle|sämtliche] [meine] (daten|gespeicherten daten|informationen|angaben|profil|verlauf|übungsdaten|persönlichen daten)',
        '[alle|sämtliche] [meine] (daten|gespeicherten daten|informationen|angaben) (löschen|entfernen)',
        '(lösch|lösche|löschen sie) alles (was du über mich (weißt|gespeichert hast|hast)|was sie über mich gespeichert haben|über mich|von mir)',
        '(vergiss|vergessen sie) (mich|alles über mich|alles was du über mich weißt|meine daten)',
        'ich möchte dass (du meine daten löschst|meine daten gelöscht werden)',
        '(datenlöschung|daten löschen|mein profil löschen|alles über mich löschen)',
      ],
    },
    {
      name: IntentNames.Progress,
      samples: [
        'wie (mache ich mich|mach ich mich|läuft es|läuft es bei mir|stehe ich|steh ich) [so] [mit dem üben|mit den übungen]',
        'wie (viel|oft|lange|lang) (habe|hab) ich [schon|bisher|insgesamt|diese woche|diesen monat] (geübt|meditiert|gemacht)',
        'wie viele (übungen|minuten|tage|einheiten) (habe|hab) ich [schon|bisher|insgesamt|diese woche|diesen monat] (gemacht|geübt)',
        '(zeig|sag|zeigen sie|sagen sie) mir [mal] meinen fortschritt',
        '(wie ist|was ist|wie sieht) (mein fortschritt|mein stand|meine bilanz) [aus]',
        '(mein fortschritt|meine statistik|meine übungsstatistik)',
        '(habe|hab) ich genug geübt',
        'was (habe|hab) ich bisher geschafft',
      ],
    },
    {
      name: IntentNames.RateTension,
      slots: [{ name: SlotNames.Rating, type: 'AMAZON.NUMBER' }],
      samples: [
        '(meine anspannung ist|meine anspannung liegt bei|meine anspannung ist bei|anspannung|ich bin bei|ich liege bei|ich bin|ich würde sagen|ich sag mal|ich fühle mich wie|etwa|so|ungefähr) [bei] [einer|eine] {rating} [von zehn]',
        '{rating} von zehn',
        'anspannung bewerten',
        'bewerte meine anspannung [mit] [{rating}]',
      ],
    },
    {
      name: IntentNames.SetReminder,
      slots: [{ name: SlotNames.Time, type: 'AMAZON.TIME' }],
      samples: [
        '(erinnere|erinner|erinnern sie) mich [bitte] (jeden tag|täglich|jeden morgen|jeden abend|jeden mittag|immer) um {time} [an die entspannung|an meine übung|ans entspannen|ans üben|an die übung|zum üben]',
        '(kannst du|können sie) mich (jeden tag|täglich|jeden morgen|jeden abend) um {time} (ans üben|an die übung|an meine übung|) erinnern',
        '(stelle|stell|richte|stellen sie|richten sie) [mir] eine [tägliche] erinnerung (für|um) {time} [ein]',
        '[eine] [tägliche] erinnerung [zum üben] (jeden tag|täglich|) um {time}',
        '(jeden tag|täglich|jeden morgen|jeden abend) um {time} (ans üben|an die übung|zum üben|) erinnern',
        'ich (möchte|will) (jeden tag|täglich|jeden morgen|jeden abend) um {time} (ans üben|an die übung|an die muskelentspannung) erinnert werden',
        'ich (möchte|will|hätte gern) eine [tägliche] erinnerung [für|um] [{time}]',
        '(erinnere|erinner) mich (jeden tag|täglich) [an die entspannung|an meine übung|ans entspannen|ans üben]',
        '(stelle|richte) [mir] eine [tägliche] erinnerung ein',
        '(jeden tag|täglich) um {time}',
        'um {time}',
      ],
    },
    {
      name: IntentNames.ListReminders,
      samples: [
        'welche erinnerungen (habe|hab) ich [eingestellt]',
        'welche erinnerungen (gibt es|sind eingestellt|sind aktiv)',
        '(nenne|zeige|zeig|sag|sagen sie|zeigen sie) [mir] [bitte] meine erinnerungen',
        '(habe|hab) ich [schon] erinnerungen',
        'wann erinnerst du mich',
        'meine erinnerungen',
      ],
    },
    {
      name: IntentNames.CancelReminders,
      samples: [
        '(lösche|lösch|entferne|beende|stoppe|stopp|löschen sie) [bitte] [alle] [meine|die] [tägliche|täglichen] (erinnerung|erinnerungen)',
        '[alle] [meine|die] [tägliche|täglichen] (erinnerung|erinnerungen) (löschen|ausschalten|abbestellen|entfernen|deaktivieren|abschalten|stoppen|beenden|stornieren|abstellen|ausmachen)',
        '(erinnere|erinnern sie) mich [bitte] nicht mehr',
        '(bitte) nicht mehr erinnern',
        'keine [täglichen] erinnerungen mehr',
        '(hör|hören sie) auf mich zu erinnern',
        'ich (will|möchte|brauche|brauch) keine erinnerung(en|) mehr',
        'schluss mit den erinnerungen',
      ],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    {
      name: IntentNames.Pause,
      samples: [
        '(pause|pausieren|anhalten|unterbrechen|halt) [machen|bitte]',
        '(mach|mache|machen sie) [mal] [eine] pause',
        '(halt|halte|halten sie) [mal|hier] an',
        '(unterbrich|pausiere|unterbrechen sie|pausieren sie) [die übung|die muskelentspannung|das]',
        '(die übung|übung|die muskelentspannung) (anhalten|pausieren|unterbrechen)',
        '(kannst du|können sie) [das|die übung] [mal|bitte] (pausieren|anhalten|unterbrechen)',
        'ich (mach|mache) später weiter',
        // Aufhören wollen, in eigenen Worten: der Platz bleibt gemerkt.
        '(ich möchte|ich will|ich würde gern|ich muss) [jetzt] aufhören',
        '(hör|hören sie) [bitte] auf',
        '(das reicht|genug) [für heute|jetzt]',
        'wir machen später weiter',
        '(ich muss|ich brauche|ich brauch) [kurz] (unterbrechen|eine pause|aufhören|weg)',
        '(kurze pause|kurz unterbrechen|für heute erst mal pause|jetzt erst mal anhalten)',
      ],
    },
    {
      name: IntentNames.Resume,
      samples: [
        '(mach|machen sie|lass uns) da weiter wo (ich|wir) [gestern|vorhin] (aufgehört habe|aufgehört hab|aufgehört haben|stehen geblieben sind|stehengeblieben sind|unterbrochen habe|unterbrochen hab|pausiert habe|pausiert hab)',
        '[da] (weitermachen|weiter|fortsetzen|fortfahren) wo (ich|wir) (aufgehört habe|aufgehört hab|aufgehört haben|stehen geblieben sind|stehengeblieben sind|unterbrochen habe|pausiert habe|waren)',
        '[die|meine] [letzte|unterbrochene|pausierte|angefangene] übung (fortsetzen|weitermachen|weiterführen|wieder aufnehmen)',
        'ich möchte [die|meine] [letzte|unterbrochene|pausierte] übung [von gestern] (fortsetzen|weitermachen)',
        '(setz|setze|setzen sie) [die|meine] [letzte] [übung|entspannung] fort',
        'weiter mit (der|meiner) übung [von letztem mal|von gestern]',
        'weiter [machen|bitte]',
        'fortsetzen',
        'fortfahren',
        'weitermachen',
      ],
    },
    { name: IntentNames.Next, samples: ['nächster [teil|schritt]', 'nächste [übung|runde]', 'überspringen', 'überspring [das|diesen teil]'] },
    { name: IntentNames.Repeat, samples: ['wiederholen', 'wiederhole [das|diesen teil]', 'noch einmal', 'nochmal'] },
    { name: IntentNames.StartOver, samples: ['von vorne', 'von vorne anfangen', '(noch mal|nochmal|bitte) von vorne', 'neu (starten|beginnen)'] },
    { name: IntentNames.Yes },
    { name: IntentNames.No },
  ],
  types: [
    {
      name: SlotTypes.Exercise,
      values: [
        {
          id: 'bodyScan',
          name: 'körperreise',
          synonyms: [
            ...der('body scan|bodyscan|körperscan|körper scan|body scan für den rücken|body scan im liegen|body scan von kopf bis fuß|body scan von den füßen bis zum kopf|gang durch den körper'),
            ...die('körperreise|reise durch den körper|körperwahrnehmung|body scan übung|bodyscan übung|körperscan übung|body scan meditation|übung zum körper abscannen|körper durchspüren übung'),
            ...words('die übung (wo|bei der) (man|ich) [in gedanken|mit der aufmerksamkeit] durch den [ganzen] körper (wandert|gehe|geht|wandere)'),
            ...words('(meinen|den) körper [einmal|in gedanken] (durchscannen|durchspüren|abtasten|durchgehen)'),
            ...words('[achtsam|einmal] durch den [ganzen] körper (gehen|wandern|spüren)'),
          ],
        },
        {
          id: 'breath',
          name: 'atemmeditation',
          synonyms: [
            ...die('atemmeditation|atemübung|atemübungen|atembetrachtung|atembeobachtung|sitzmeditation|atemmeditation im sitzen|sitzmeditation mit dem atem|meditation (mit dem|auf den|zum|beim|über den) atem|meditation (mit|mit dem|mit fokus auf den|mit konzentration auf den) atem|meditation (beim atmen|atmung|mit der atmung)|übung mit dem atem [im sitzen]|atemübung im sitzen|achtsamkeit (auf den atem|auf die atmung|beim atmen)|konzentration auf den atem|atem meditation|aufmerksamkeit auf den atem'),
            ...words('die (übung|meditation) (wo|bei der) (man|ich) [nur] (auf den|auf meinen|den|meinen) atem (achtet|achte|beobachtet|beobachte|spürt|spüre)'),
            ...words('[sitzen und] (auf meinen|auf den) atem (achten|meditieren)', '(meinen|den) atem (beobachten|spüren|wahrnehmen)', 'mit dem atem meditieren', 'meditieren mit dem atem', '(mich|) auf (meinen|den|mein) (atem|atmen) konzentrieren', 'achtsames atmen', 'achtsam atmen', 'bewusst atmen'),
          ],
        },
        {
          id: 'breathingSpace',
          name: 'drei minuten atempause',
          synonyms: [
            ...der('atemraum|drei minuten atemraum|dreiminuten atemraum|dreiminütigen atemraum|dreiminütige atemraum|kleinen atemraum|kleine atemraum|kurzen atemraum|atemraum in drei schritten|atemraum für zwischendurch|atemraum für drei minuten|drei minuten atemraum aus der achtsamkeit|breathing space'),
            ...die('atempause|drei minuten atempause|dreiminütige atempause|kurze atempause|kleine atempause|atempause von drei minuten|mini meditation|drei minuten meditation|drei minuten atemübung|atemraum übung|atemraum übung in drei schritten|übung atemraum|drei minuten breathing space übung|breathing space übung|drei minuten pause zum atmen|kurze atempause mit dem atemraum'),
            ...words('(die|) drei minuten (zum durchatmen|zum durchschnaufen|atemraum|durchatmen)', 'atemraum drei minuten'),
          ],
        },
        {
          id: 'mindfulEating',
          name: 'achtsames essen',
          synonyms: [
            ...das('achtsames essen|achtsame essen|achtsamen essen|bewusste essen|bewusstes essen|bewussten essen|langsame essen|langsamen essen'),
            ...die('essensübung|essübung|rosinenübung|rosinen übung|rosinenmeditation|essmeditation|essensmeditation|genussübung [mit dem essen]|achtsame essübung|achtsames essen übung|achtsam essen übung|übung (achtsames essen|achtsam essen|mit der rosine|mit dem essen|zum essen|beim essen|mit dem bewussten essen|zum achtsamen essen|zum bewussten essen|zum ganz langsamen essen|zum langsamen essen)|achtsamkeitsübung (mit dem essen|zum essen|mit essen|beim essen)|übung (wo|bei der) man (das essen|eine rosine) [ganz] (genau|langsam|bewusst) (wahrnimmt|isst)'),
            ...words('[ganz] (achtsam|bewusst|langsam und bewusst|langsam und achtsam) essen [mit einer rosine|üben]', '(essen|genießen) mit achtsamkeit', 'achtsamkeit beim essen'),
          ],
        },
        {
          id: 'mindfulWalking',
          name: 'achtsames gehen',
          synonyms: [
            ...das('achtsames gehen|achtsame gehen|achtsamen gehen|bewusste gehen|bewusstes gehen|bewussten gehen|langsame gehen|langsamen gehen|meditative gehen|meditatives gehen|achtsame spazierengehen|achtsames spazierengehen|achtsames laufen'),
            ...die('gehmeditation|gehübung|walking meditation|übung (achtsames gehen|achtsam gehen|achtsam laufen|mit dem gehen|zum gehen|beim gehen|mit dem langsamen gehen|zum achtsamen gehen|zum bewussten gehen)|achtsamkeitsübung (im gehen|beim gehen|mit dem gehen)|meditation (im gehen|beim gehen)|übung (wo|bei der) man [ganz] (bewusst|langsam|achtsam) geht'),
            ...der('achtsamen spaziergang|achtsamer spaziergang'),
            ...words('[ganz] [schritt für schritt] (achtsam|bewusst|langsam und achtsam|langsam und bewusst) (gehen|laufen|spazieren gehen) [üben]', 'gehen mit achtsamkeit', 'achtsamkeit beim gehen', 'beim gehen meditieren', 'meditieren beim gehen'),
          ],
        },
        {
          id: 'steppingBack',
          name: 'innehalten',
          synonyms: [
            ...das('innehalten|zurücktreten|abstand nehmen|innehalten und zurücktreten'),
            ...die('übung (innehalten|zurücktreten|zum innehalten|zum zurücktreten|mit dem innehalten|einen schritt zurück|mit dem schritt zurück|zum abstand nehmen|zum abstand gewinnen|abstand nehmen|pause vor der reaktion|zum nicht sofort reagieren|gegen das vorschnelle reagieren|zum gelassen reagieren|innehalten und zurücktreten|zum innehalten und abstand gewinnen|zum innehalten bevor ich reagiere|zum zurücktreten bevor ich reagiere)|innehalten übung|stepping back übung|übung stepping back|schritt zurück übung'),
            ...words('die übung (wo|bei der) man [erst] (innehält|einen schritt zurücktritt|durchatmet) bevor man (reagiert|antwortet)', 'die übung (wo|bei der) ich [erst] (innehalte|einen schritt zurücktrete|durchatme) bevor ich (reagiere|antworte)'),
            ...words('[erst mal|einen moment|kurz] (innehalten|einen schritt zurücktreten|abstand nehmen) [bevor ich reagiere|und dann reagieren]', 'schritt zurück', 'nicht sofort reagieren', 'nicht gleich reagieren', 'einen schritt zurück'),
          ],
        },
        {
          id: 'any',
          name: 'achtsamkeitsübung',
          synonyms: [
            ...die('meditation|achtsamkeitsübung|achtsamkeitsmeditation|geführte meditation|meditationsübung|kleine meditation|runde meditation|übung zur achtsamkeit|achtsamkeitsübung egal welche|meditation egal welche|achtsamkeitsübung (ihrer|deiner) wahl|übung zur achtsamkeit [ganz] egal welche|meditation für mich|achtsamkeitsübung für mich'),
            ...das('achtsamkeitstraining'),
            ...words('irgendeine (meditation|achtsamkeitsübung|übung)', '(ne|eine) runde meditation'),
            ...words('achtsamkeit', 'achtsamkeitsübungen', 'ein bisschen achtsamkeit', 'a bisserl meditation', 'ein bisschen meditation', 'egal welche hauptsache meditation'),
          ],
        },
      ],
    },
    {
      name: SlotTypes.Topic,
      values: [
        { id: 'activity', name: 'aktiv bleiben', synonyms: mitRücken(['bewegung im alltag', 'alltag', 'aktivität', 'in bewegung bleiben', 'bewegung', 'aktiv bleiben', 'mehr bewegung', 'aktiv sein', 'bewegung im alltag', 'zum aktiv bleiben', 'zur bewegung im alltag', 'thema bewegung', 'alltagsbewegung', 'spazierengehen', 'gehen']) },
        { id: 'sleep', name: 'schlaf', synonyms: mitRücken(['schlafen', 'nacht', 'bett', 'matratze', 'liegen', 'schlaf', 'die nacht', 'thema schlaf', 'schlafposition', 'schlafhaltung', 'besseren schlaf', 'liegen im bett', 'zum liegen im bett', 'einschlafen', 'fürs schlafen', 'schlafen und rücken', 'erholsamen schlaf', 'fürs bett']) },
        { id: 'work', name: 'arbeit', synonyms: mitRücken(['beruf', 'büro', 'sitzen', 'schreibtisch', 'arbeitsplatz', 'heben', 'arbeit', 'die arbeit', 'die arbeit am schreibtisch', 'sitzen am schreibtisch', 'zum sitzen am schreibtisch', 'büroarbeit', 'arbeit am computer', 'computer', 'homeoffice', 'langes sitzen', 'thema arbeit', 'den job', 'job', 'richtig sitzen', 'sitzen im büro', 'den arbeitsplatz', 'arbeiten am schreibtisch']) },
        { id: 'stress', name: 'stress', synonyms: mitRücken(['anspannung', 'sorgen', 'belastung', 'druck', 'verspannung', 'thema stress', 'stress', 'stressabbau', 'entspannung bei stress', 'stressbewältigung', 'umgang mit stress', 'seelische belastung', 'nervosität']) },
        { id: 'exercise', name: 'training', synonyms: mitRücken(['sport', 'übungen', 'bewegungstherapie', 'krankengymnastik', 'physiotherapie', 'fitness', 'training', 'rückenübungen', 'rückentraining', 'übungen für den rücken', 'gymnastik', 'rückengymnastik', 'dehnen', 'dehnübungen', 'krafttraining', 'fitnessstudio', 'sportarten', 'thema sport', 'physio', 'physioübungen']) },
        { id: 'any', name: 'rückenschmerzen', synonyms: ['den rücken', 'meinen rücken', 'rücken', 'kreuzschmerzen', 'den unteren rücken', 'meine rückenschmerzen'] },
      ],
    },
    {
      name: SlotTypes.Length,
      values: [
        {
          id: 'short',
          name: 'kurze',
          synonyms: lengthWords('kurze|kleine|schnelle|knappe|kürzeste|kürzere|ganz kurze|fünfminütige|mini', 'kurzversion|kurzfassung|kurzform|kurzprogramm|kurzvariante|expressversion|mini version|fünf minuten version', 'kurz|ganz kurz|kurz und knapp|express|schnell|kurzer', 'fünf|vier|sechs|sieben|sechs bis sieben|fünf bis sieben'),
        },
        {
          id: 'standard',
          name: 'normale',
          synonyms: lengthWords('normale|mittlere|übliche|mittellange|gewohnte|reguläre|gewöhnliche|normallange|zehnminütige|ganz normale|übliche mittlere|standard|mittel', 'standardversion|standardvariante|standardfassung|standardlänge|normalversion|normallänge|mittlere länge', 'normal|mittel|mittellang|standard|normaler|mittlerer|weder kurz noch lang|weder kurz noch lang sondern normal|nicht die kurze und nicht die lange|nicht die kurze und nicht die lange sondern die mittlere', 'zehn|elf|zwölf|zehn bis zwölf'),
        },
        {
          id: 'long',
          name: 'lange',
          synonyms: lengthWords('lange|längere|ausführliche|vollständige|komplette|ganze|volle|längste|große|ungekürzte|gesamte|ganz lange|vollständige lange', 'langversion|langfassung|langform|komplettversion|vollversion|volle programm|ganze programm', 'lang|ganz lang|ausführlich|voller|von anfang bis ende|mit allen muskelgruppen|für den ganzen körper|von kopf bis fuß', 'zwanzig|fünfundzwanzig|zwanzig bis fünfundzwanzig|zweiundzwanzig|achtzehn bis zweiundzwanzig|über zwanzig'),
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
          synonyms: [
            ...die('muskelentspannung|progressive muskelentspannung|progressiven muskelentspannung|muskelentspannung nach jacobson|progressive muskelentspannung nach jacobson|progressive muskelrelaxation|muskelrelaxation|entspannungsübung|entspannung|entspannung nach jacobson|muskelentspannungsübung|entspannungsübung für die muskeln|jacobson übung|übung muskelentspannung|muskelentspannung übung|runde muskelentspannung|übung (mit dem|mit|zum) (anspannen und loslassen|muskeln anspannen und (loslassen|locker lassen|lockerlassen|entspannen))|entspannungsübung mit anspannen und loslassen|(übung|entspannung) (wo|bei der) man [nacheinander|der reihe nach] die muskeln anspannt [und (loslässt|wieder lockerlässt|entspannt)]|muskelentspannung für den rücken|jacobson methode|methode nach jacobson'),
            ...der('pmr|jacobson'),
            ...words('(ne|a|von der) (muskelentspannung|progressive muskelentspannung|progressiven muskelentspannung|entspannungsübung)'),
          ],
        },
      ],
    },
    {
      // What people say before the request; Alexa takes it as part of the sample, the skill ignores it.
      name: SITUATION_TYPE,
      values: [{ id: 'situation', name: 'heute', synonyms: SITUATION.filter((s) => s !== 'heute') }],
    },
  ],
  builtInPhrases: {
    [IntentNames.Yes]: ['ja', 'ja bitte', 'gerne', 'okay', 'klar', 'genau', 'jo', 'ja gerne', 'ja gern', 'auf jeden fall', 'jawoll', 'jawohl', 'jup', 'na klar', 'sicher', 'joa', 'ja klar', 'yes', 'ja doch', 'ja natürlich', 'freilich', 'ok'],
    [IntentNames.No]: ['nein', 'nein danke', 'jetzt nicht', 'lieber nicht'],
    [IntentNames.Help]: ['hilfe', 'was kann ich sagen', 'was kannst du'],
    [IntentNames.Stop]: ['stopp', 'stop', 'beenden', 'aufhören', 'sei still'],
    [IntentNames.Cancel]: ['abbrechen', 'vergiss es'],
    [IntentNames.NavigateHome]: ['startseite', 'zum startbildschirm'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['fortsetzen', 'weiter', 'weiter geht es', 'mach weiter', 'ja mach weiter', 'weiter bitte', 'ja weiter', 'mach mal weiter', 'ja los', 'los', 'weitermachen', 'ja bitte weiter', 'genau weiter', 'ja klar mach weiter', 'ok weiter', 'immer weiter', 'machen sie weiter', 'ja weitermachen', 'bitte weitermachen', 'ja machen wir weiter', 'ja gerne weiter', 'passt weiter', 'fortfahren', 'ja gehen sie weiter', 'freilich machen wir weiter', 'klar geht es weiter', 'jo mach mal'],
    [IntentNames.Next]: ['nächster', 'überspringen', 'nächster teil', 'weiter zum nächsten teil', 'der nächste teil', 'leg los mit dem nächsten teil'],
    [IntentNames.Repeat]: ['wiederholen', 'nochmal'],
    [IntentNames.StartOver]: ['von vorne', 'neu starten'],
  },
};
