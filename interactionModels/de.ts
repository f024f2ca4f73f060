import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import type { ModelSource } from './types';

/** de-DE. German adjectives inflect, so the length synonyms carry the inflected forms. */
export const german: ModelSource = {
  invocationName: 'progressive muskelentspannung',
  launchVerbs: ['öffne', 'starte', 'beginne', 'lade'],
  oneShotPatterns: ['(frage|sage) {invocation} (nach|zu|für|ob|dass) {request}', '(frage|sage) {invocation} {request}', 'bitte {invocation} (um|zu) {request}', '{request} (mit|von|bei) {invocation}'],
  intents: [
    {
      name: IntentNames.StartRelaxation,
      slots: [{ name: SlotNames.Length, type: SlotTypes.Length }],
      samples: [
        '(starte|beginne|mache|spiele) [die|eine|meine] {length} [muskel] entspannung',
        '(starte|beginne|mache|spiele) [die|eine|meine] {length} (übung|version|einheit|runde)',
        '(starte|beginne|mache|spiele) [die|eine] [progressive] muskelentspannung',
        '(starte|beginne|mache|spiele) [die|eine] entspannung [übung]',
        '[die] {length} (version|variante|übung|entspannung)',
        'ich (möchte|will|würde gern) [die|eine] {length} [entspannung|übung|version] [machen|hören]',
        'ich (möchte|will) (entspannen|mich entspannen)',
        'hilf mir [zu] entspannen',
        'entspanne meine muskeln',
        '{length}',
      ],
    },
    {
      name: IntentNames.StartMindfulness,
      slots: [
        { name: SlotNames.Exercise, type: SlotTypes.Exercise },
        { name: SlotNames.Length, type: SlotTypes.Length },
      ],
      samples: [
        '(starte|beginne|mache|spiele) [die|eine|meine] [{length}] {exercise}',
        '[die|eine|einer] {length} {exercise}',
        '{exercise}',
        'ich (möchte|will) [die|eine] [{length}] {exercise} [machen|hören]',
        '(starte|beginne|mache) [eine] achtsamkeitsübung',
        '(eine|einer) achtsamkeitsübung',
        'achtsamkeit [üben]',
        '(starte|beginne|mache) [eine] meditation',
        'ich (möchte|will) meditieren',
        'meditieren',
      ],
    },
    {
      name: IntentNames.Tip,
      slots: [{ name: SlotNames.Topic, type: SlotTypes.Topic }],
      samples: [
        '[gib mir|sag mir] (einen|noch einen) (tipp|rückentipp)',
        '[gib mir|sag mir] (einen|noch einen) tipp (gegen|bei|für) rückenschmerzen',
        '[gib mir|sag mir] (einen|noch einen) tipp (zu|zum|zur|für|über) {topic}',
        '(einem|einen) tipp (zu|zum|zur|für|über) {topic}',
        '(einem|einen) (tipp|rückentipp) [gegen|bei|für] [rückenschmerzen]',
        'tipps (gegen|bei|für) rückenschmerzen',
        'was kann ich gegen [meine] rückenschmerzen tun',
        'was hilft (gegen|bei) rückenschmerzen',
        'hast du einen tipp (zu|zum|zur|für) {topic}',
      ],
    },
    {
      name: IntentNames.WhatIsPmr,
      samples: [
        'was ist [die] progressive muskelentspannung',
        'was ist p m r',
        'erkläre [mir] [die] progressive muskelentspannung',
        'wie funktioniert [die] progressive muskelentspannung',
        'was ist muskelentspannung nach jacobson',
      ],
    },
    {
      name: IntentNames.WhatIsMindfulness,
      samples: ['was ist achtsamkeit', 'was ist ein bodyscan', 'erkläre [mir] achtsamkeit', 'wie funktioniert achtsamkeit', 'was ist m b s r'],
    },
    {
      name: IntentNames.DoesItWork,
      samples: [
        '(hilft|wirkt) (das|es|entspannung|die übung|achtsamkeit) [wirklich]',
        'hilft (das|entspannung) gegen rückenschmerzen',
        'ist das wissenschaftlich (belegt|bewiesen)',
        'gibt es studien [dazu]',
        'was sagt die forschung',
      ],
    },
    {
      name: IntentNames.WhoShouldAvoidMindfulness,
      samples: [
        'für wen ist achtsamkeit nicht geeignet',
        'wer sollte keine achtsamkeit (machen|üben)',
        'ist achtsamkeit gefährlich',
        'ist achtsamkeit für mich geeignet',
        'hat achtsamkeit risiken',
      ],
    },
    {
      name: IntentNames.HowToLearn,
      samples: [
        'wo kann ich (das|es|entspannung|achtsamkeit|progressive muskelentspannung) lernen',
        'wie lerne ich (das|es|entspannung|achtsamkeit)',
        'gibt es kurse',
        'wo finde ich einen kurs',
        'zahlt die krankenkasse einen kurs',
      ],
    },
    {
      name: IntentNames.WhenToSeeDoctor,
      samples: [
        'wann sollte ich zum arzt [gehen]',
        'wann muss ich zum arzt',
        'muss ich zum arzt',
        '(was sind|welche) warnzeichen [gibt es]',
        'wann sind rückenschmerzen gefährlich',
        'ist mein rückenschmerz gefährlich',
      ],
    },
    {
      name: IntentNames.DeleteData,
      samples: ['(lösche|entferne) meine daten', 'meine daten löschen', 'vergiss mich', 'lösche alles was du über mich (weißt|gespeichert hast)'],
    },
    {
      name: IntentNames.Progress,
      samples: ['wie (mache ich mich|läuft es)', 'wie (viele|oft) habe ich geübt', '(zeig|sag) mir meinen fortschritt', 'mein fortschritt'],
    },
    {
      name: IntentNames.RateTension,
      slots: [{ name: SlotNames.Rating, type: 'AMAZON.NUMBER' }],
      samples: ['meine anspannung (ist|liegt bei) {rating}', '(ich bin bei|ich liege bei) {rating}', '{rating} von zehn', 'anspannung bewerten', 'bewerte meine anspannung [mit] [{rating}]'],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    { name: IntentNames.Pause, samples: ['pause [machen]', 'mach [mal] [eine] pause', 'halt [mal] an', 'unterbrechen'] },
    {
      name: IntentNames.Resume,
      samples: ['weiter [machen|bitte]', 'mach weiter', 'fortsetzen', 'setze [die] [übung|entspannung] fort', 'fortfahren', 'da weitermachen wo ich aufgehört habe', 'weitermachen'],
    },
    { name: IntentNames.Next, samples: ['nächster [teil|schritt]', 'nächste [übung|runde]', 'überspringen', 'überspring [das|diesen teil]'] },
    { name: IntentNames.Repeat, samples: ['wiederholen', 'wiederhole [das|diesen teil]', 'noch einmal', 'nochmal'] },
    { name: IntentNames.StartOver, samples: ['von vorne', 'von vorne anfangen', 'noch mal von vorne', 'neu (starten|beginnen)'] },
    { name: IntentNames.Yes },
    { name: IntentNames.No },
  ],
  types: [
    {
      name: SlotTypes.Exercise,
      values: [
        { id: 'bodyScan', name: 'körperreise', synonyms: ['body scan', 'bodyscan', 'körperwahrnehmung', 'körper scan'] },
        { id: 'breath', name: 'atemmeditation', synonyms: ['atemübung', 'atembetrachtung', 'atembeobachtung', 'sitzmeditation', 'atemübungen'] },
        { id: 'breathingSpace', name: 'drei minuten atempause', synonyms: ['atempause', 'drei minuten atemraum', 'atemraum', 'kurze atempause', 'mini meditation'] },
        { id: 'mindfulEating', name: 'achtsames essen', synonyms: ['achtsam essen', 'essensübung', 'rosinenübung'] },
        { id: 'mindfulWalking', name: 'achtsames gehen', synonyms: ['gehmeditation', 'achtsam gehen', 'achtsamer spaziergang'] },
        { id: 'steppingBack', name: 'innehalten', synonyms: ['einen schritt zurücktreten', 'schritt zurück', 'nicht sofort reagieren', 'zurücktreten'] },
      ],
    },
    {
      name: SlotTypes.Topic,
      values: [
        { id: 'activity', name: 'aktiv bleiben', synonyms: ['bewegung im alltag', 'alltag', 'aktivität', 'in bewegung bleiben'] },
        { id: 'sleep', name: 'schlaf', synonyms: ['schlafen', 'nacht', 'bett', 'matratze', 'liegen'] },
        { id: 'work', name: 'arbeit', synonyms: ['beruf', 'büro', 'sitzen', 'schreibtisch', 'arbeitsplatz', 'heben'] },
        { id: 'stress', name: 'stress', synonyms: ['anspannung', 'sorgen', 'belastung', 'druck'] },
        { id: 'exercise', name: 'training', synonyms: ['sport', 'übungen', 'bewegungstherapie', 'krankengymnastik', 'physiotherapie', 'fitness'] },
      ],
    },
    {
      name: SlotTypes.Length,
      values: [
        { id: 'short', name: 'kurze', synonyms: ['kurz', 'kurzen', 'kürzere', 'schnelle', 'fünf minuten'] },
        { id: 'standard', name: 'normale', synonyms: ['normal', 'normalen', 'standard', 'mittlere', 'übliche', 'zehn minuten'] },
        { id: 'long', name: 'lange', synonyms: ['lang', 'langen', 'längere', 'ausführliche', 'vollständige', 'zwanzig minuten'] },
      ],
    },
  ],
  builtInPhrases: {
    [IntentNames.Yes]: ['ja', 'ja bitte', 'gerne', 'okay', 'klar', 'genau'],
    [IntentNames.No]: ['nein', 'nein danke', 'jetzt nicht', 'lieber nicht'],
    [IntentNames.Help]: ['hilfe', 'was kann ich sagen', 'was kannst du'],
    [IntentNames.Stop]: ['stopp', 'stop', 'beenden', 'aufhören', 'sei still'],
    [IntentNames.Cancel]: ['abbrechen', 'vergiss es'],
    [IntentNames.NavigateHome]: ['startseite', 'zum startbildschirm'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['fortsetzen', 'weiter'],
    [IntentNames.Next]: ['nächster', 'überspringen'],
    [IntentNames.Repeat]: ['wiederholen', 'nochmal'],
    [IntentNames.StartOver]: ['von vorne', 'neu starten'],
  },
};
