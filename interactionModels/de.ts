import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import type { ModelSource } from './types';
import { germanPainfulAreaIntents, germanRegionType } from './de/painfulAreas';

/*
 * The grammar: carriers x verbs x objects x politeness, expanded by tools/models/expand.ts.
 * German puts the verb last after a modal ("kannst du die Übung starten"), so carriers come
 * in two shapes: imperative first, or modal ... infinitive. "bitte" at either end needs no
 * sample: Alexa, and the local resolver, hear past it.
 */
/** Imperatives, du and Sie. */
const DO = '(starte|mach|mache|spiel|starten sie|machen sie)';
/** Modal carriers that put the verb at the end. */
const CAN = '(kannst du|können sie|könnten sie|ich möchte|ich will|ich würde gern|ich würd gern|lass uns|machen wir|können wir)';
/** Infinitives at the end of a modal carrier. */
const VERB_END = '(starten|machen|abspielen|anfangen|üben)';
const ART = '[die|eine|den|einen|mit mir die|mit mir den]';

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
    ...germanPainfulAreaIntents,
    {
      name: IntentNames.StartRelaxation,
      slots: [
        { name: SlotNames.Length, type: SlotTypes.Length },
        { name: SlotNames.Practice, type: SlotTypes.Practice },
        { name: SlotNames.Duration, type: 'AMAZON.DURATION' },
      ],
      samples: [
        `${DO} [mal|bitte] ${ART} [{length}] {practice}`,
        `${CAN} ${ART} [{length}] {practice} ${VERB_END}`,
        `${CAN} ${ART} [{length}] {practice}`,
        '[die|eine] [{length}] {practice} [starten|beginnen|anfangen|abspielen|jetzt|bitte]',
        '{practice} [in] {length} [version|form|variante]',
        '(die|eine) {length} (version|variante|fassung|runde) (der|von der) {practice}',
        '(starte|mach|spiel|starten sie) [mal] (die|eine) {length} (version|variante|fassung) (der|von der) {practice}',
        '(los gehts|lass uns anfangen|fangen wir an|zeit für die|zeit für eine|leg los) mit der [{length}] {practice}',
        '(fang|fangen sie) [mal] mit der [{length}] {practice} an',
        '(leite|führ|führe|leiten sie|führen sie) mich [mal] durch die [{length}] {practice}',
        '(kannst du|können sie|könnten sie) mich durch die [{length}] {practice} führen',
        '[die|eine] {length} (version|variante|übung|entspannung)',
        'ich (möchte|will) (entspannen|mich entspannen)',
        'hilf mir [zu] entspannen',
        'entspanne meine muskeln',
        // Time decides the exercise (docs/platform.md): "ich habe zehn Minuten".
        'ich (habe|hab) [nur|noch|gerade|etwa|ungefähr|genau|gut] {duration} [zeit|frei]',
        'ich (habe|hab) [nur|noch] {duration} [zeit] (was kann ich machen|was kann ich tun|was passt|was schlägst du vor|was schlagen sie vor|gib mir eine passende übung|geben sie mir eine passende übung|was machen wir)',
        '(was kann ich|welche übung kann ich|was passt) in {duration} [machen|tun]',
        '(eine übung|etwas|irgendwas|was) für {duration}',
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: SlotNames.Length, type: SlotTypes.Length },
      ],
      samples: [
        `${DO} [mal|bitte] ${ART} [{length}] {exercise}`,
        `${CAN} ${ART} [{length}] {exercise} ${VERB_END}`,
        `${CAN} ${ART} [{length}] {exercise}`,
        '[die|eine|den|einen|das|einmal|irgendeine] [{length}] {exercise} [starten|beginnen|abspielen|jetzt|bitte|übung]',
        '(leite|führ|führe|leiten sie|führen sie) mich [mal] durch (den|die|einen|eine) {exercise}',
        '(kannst du|können sie|könnten sie) mich durch (den|die|einen|eine) {exercise} führen',
        '(fang|fangen sie|fangen wir) [mal] mit (dem|der) {exercise} an',
        '(zeit für|ich brauche|ich brauch|ich hätte gern) (einen|eine|den|die|ne) {exercise}',
        '(ich möchte|ich will|ich würde gern|ich würd gern|lass uns|können wir|wir wollen) [ein bisschen|kurz|mal] (meditieren|achtsamkeit üben)',
        '(meditieren|achtsamkeit üben) [starten]',
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
    germanRegionType,
    {
      name: SlotTypes.Exercise,
      values: [
        { id: 'bodyScan', name: 'körperreise', synonyms: ['body scan', 'bodyscan', 'körperwahrnehmung', 'körper scan', 'körperscan', 'body scan meditation', 'body scan übung', 'achtsamkeitsübung body scan', 'reise durch den körper', 'übung zum körper abscannen'] },
        { id: 'breath', name: 'atemmeditation', synonyms: ['atemübung', 'atembetrachtung', 'atembeobachtung', 'sitzmeditation', 'atemübungen', 'meditation mit dem atem', 'meditation auf den atem', 'atemmeditation im sitzen', 'achtsames atmen', 'meditation zum atem', 'atemmeditation übung', 'übung mit dem atem', 'achtsamkeit auf den atem', 'atem meditation'] },
        { id: 'breathingSpace', name: 'drei minuten atempause', synonyms: ['atempause', 'drei minuten atemraum', 'atemraum', 'kurze atempause', 'mini meditation', 'dreiminütige atemraum', 'dreiminütigen atemraum', 'drei minuten atemraum übung', 'atemraum übung', 'drei minuten meditation', 'dreiminütige atempause', 'kleine atempause'] },
        { id: 'mindfulEating', name: 'achtsames essen', synonyms: ['achtsam essen', 'essensübung', 'rosinenübung', 'übung achtsames essen', 'übung achtsam essen', 'achtsamen essen', 'achtsam essen übung', 'achtsames essen übung', 'essmeditation', 'rosinen übung'] },
        { id: 'mindfulWalking', name: 'achtsames gehen', synonyms: ['gehmeditation', 'achtsam gehen', 'achtsamer spaziergang', 'übung achtsames gehen', 'übung achtsam gehen', 'achtsamen gehen', 'achtsam gehen übung', 'achtsames gehen übung', 'geh meditation', 'achtsames spazierengehen', 'achtsames laufen'] },
        { id: 'steppingBack', name: 'innehalten', synonyms: ['einen schritt zurücktreten', 'schritt zurück', 'nicht sofort reagieren', 'zurücktreten', 'übung innehalten', 'übung zum innehalten', 'innehalten übung', 'übung mit dem schritt zurück', 'schritt zurück übung', 'übung zum zurücktreten', 'innehalten vor dem reagieren'] },
        { id: 'any', name: 'achtsamkeitsübung', synonyms: ['meditation', 'achtsamkeit', 'achtsamkeitsmeditation', 'geführte meditation', 'achtsamkeitsübungen', 'meditationsübung', 'achtsamkeitstraining', 'übung zur achtsamkeit', 'kleine meditation', 'runde meditation', 'ne meditation', 'achtsamkeitsübung egal welche', 'meditation egal welche'] },
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
        { id: 'short', name: 'kurze', synonyms: ['kurz', 'kurzen', 'kürzere', 'schnelle', 'fünf minuten', 'kleine', 'fünf minuten', 'fünfminütige', 'kurzversion', 'kurzform', 'schnelle kurze', 'knappe', 'kürzeste', 'kurzfassung', 'kurzprogramm', 'kurzen version', 'fünf minuten version'] },
        { id: 'standard', name: 'normale', synonyms: ['normal', 'normalen', 'standard', 'mittlere', 'übliche', 'zehn minuten', 'mittellange', 'standardversion', 'gewohnte', 'zehnminütige', 'mittlere version', 'normale version', 'standard version', 'standardvariante', 'mittleren', 'mittel'] },
        { id: 'long', name: 'lange', synonyms: ['lang', 'langen', 'längere', 'ausführliche', 'vollständige', 'zwanzig minuten', 'komplette', 'ganze', 'volle', 'lange version', 'ausführlichen', 'vollständigen', 'komplettversion', 'langversion', 'längste', 'große'] },
      ],
    },
    {
      // What people call the relaxation itself; only the phrasing needs it, not the handler.
      name: SlotTypes.Practice,
      values: [
        { id: 'pmr', name: 'muskelentspannung', synonyms: ['progressive muskelentspannung', 'progressiven muskelentspannung', 'muskelentspannung nach jacobson', 'progressive muskelentspannung nach jacobson', 'progressive muskelrelaxation', 'muskelrelaxation', 'pmr', 'jacobson übung', 'entspannung nach jacobson', 'entspannungsübung', 'entspannung', 'muskelentspannungsübung', 'entspannungsübung für die muskeln', 'übung mit anspannen und loslassen', 'übung mit dem anspannen und loslassen', 'entspannungsübung mit anspannen und loslassen', 'jacobson', 'runde muskelentspannung', 'muskelentspannung übung'] },
      ],
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
