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
