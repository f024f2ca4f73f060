import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';
import type { TimeAmount } from '../../lambda/content/amountMinutes';
import { expandPatterns } from '../../tools/models/expand';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Die Zeit entscheidet die Übung (docs/platform.md): "ich hab zehn minuten", "ich hab nur ein
 * paar minuten bis der bus kommt, was passt da". The time is AMAZON.DURATION when it is a
 * number and a TimeAmount when it is vague; what is said around the time ("bis feierabend",
 * "in der mittagspause") and the ask ("was schlägst du vor") are slots that only carry
 * phrasing. Every sample names a time: the handler needs nothing else.
 */
const CONTEXT_SLOT = 'context';
const CONTEXT_TYPE = 'TimeContext';
const ASK_SLOT = 'ask';
const ASK_TYPE = 'TimeAsk';
const SHORT_SLOT = 'short';
const SHORT_TYPE = 'ShortOnTime';

/** The small words between having and the time ("nur", "gerade ungefähr", "heut nachmittag"): phrasing only. */
const LITTLE_SLOT = 'little';
const LITTLE_TYPE = 'TimeLittleWords';
/** Having the time, with the small words before it ("ich hab grad nur", "mir bleiben noch", "ich hätte"). */
const HAVE_ABOUT = '(ich habe|ich hab|hab|ich hätte|ich hätt|mir bleiben|mir bleibt) [{little}]';
/** The time said: precise or vague. */
const TIME = '({duration}|{amount})';

/** The vague amounts by what they mean (lambda/content/amountMinutes.ts). */
const AMOUNTS: Readonly<Record<TimeAmount, readonly string[]>> = {
  few: expandPatterns([
    'ein paar minuten',
    '(paar|ein paar|einige|wenige|zwei drei|ein zwei|zwei oder drei|ein oder zwei) (minuten|minütchen)',
    'eine minute oder zwei',
    '(wenig|nicht viel|kaum|nur wenig|nicht so viel|ganz wenig|sehr wenig) zeit',
    'einen (moment|augenblick)',
    '(ne|eine) minute oder zwei',
    '[nur] [ganz] kurz zeit',
  ]),
  some: expandPatterns(['(etwas|ein bisschen|ein bisserl|ein wenig) zeit', '(ein weilchen|eine weile)']),
  plenty: expandPatterns([
    '(viel|richtig|jede menge|massig|reichlich|genug|ewig|sehr viel|ganz viel|so viel) zeit',
    'alle zeit der welt',
    '(den ganzen|einen freien) (nachmittag|vormittag|abend|tag)',
    'zeit ohne ende',
  ]),
};

/** Not much time, said before how much: "ich hab nicht viel zeit, nur so zwei drei minuten". */
const SHORT_ON_TIME = expandPatterns([
  'ich hab nicht viel zeit',
  '(ich habe|ich hab) (nicht viel|kaum|wenig) zeit [heute|gerade]',
  'ich bin (in eile|im stress|unter zeitdruck)',
  'viel zeit (hab ich|habe ich) nicht',
]);

export const germanTimeAvailableTypes: readonly SlotTypeSource[] = [
  {
    name: SlotTypes.TimeAmount,
    values: (Object.entries(AMOUNTS) as [TimeAmount, readonly string[]][]).map(([id, [name, ...synonyms]]) => ({ id, name: name!, synonyms })),
  },
  {
    name: LITTLE_TYPE,
    values: [
      {
        id: 'little',
        name: 'nur',
        synonyms: expandPatterns([
          '(noch|gerade|grad|jetzt|heute|heut|mal eben|vielleicht|dafür|wohl) [nur|so|etwa|ungefähr|genau|knapp|bloß]',
          '(nur|so|etwa|ungefähr|genau|knapp|bloß|nur so|höchstens|mindestens|kurz mal)',
          '(heute|heut) (nachmittag|abend|früh|morgen|vormittag) [nur|so|etwa]',
          'jetzt (gerade|grad) [nur|so|etwa]',
        ]).filter((word) => word !== 'nur'),
      },
    ],
  },
  {
    // Wenig Zeit, zuerst gesagt; die Zeit danach entscheidet.
    name: SHORT_TYPE,
    values: [{ id: 'short', name: SHORT_ON_TIME[0]!, synonyms: SHORT_ON_TIME.slice(1) }],
  },
  {
    // What is said around the time; the skill does not act on it.
    name: CONTEXT_TYPE,
    values: [
      {
        id: 'context',
        name: 'bis feierabend',
        synonyms: expandPatterns([
          '(zeit|übrig|frei|zeit übrig|zeit frei|heute|jetzt|zum entspannen|zum üben|für eine übung|für mich|zeit für mich)',
          'bis (feierabend|zum mittagessen|zum essen|zum abendessen|zur arbeit|zum termin|zum nächsten termin|zum meeting)',
          'bis (die schicht anfängt|der dienst anfängt|der unterricht anfängt|das essen fertig ist|der bus kommt|die bahn kommt|der zug kommt|mein mann kommt|meine frau kommt|die kinder kommen|besuch kommt|der besuch kommt|ich los muss|ich weg muss|es losgeht)',
          'zwischen zwei (calls|meetings|terminen)',
          'vor (dem|meinem) nächsten (termin|call|meeting)',
          '[in der|in meiner] (mittagspause|pause|kaffeepause)',
          '(vor|nach) (dem essen|der arbeit|dem schlafen)',
          '(ich hab|ich habe|hab) gleich (ein meeting|einen termin|einen call|eine besprechung|besuch)',
          'gleich (kommt der bus|kommt besuch|muss ich los|geht es los)',
        ]),
      },
    ],
  },
  {
    // What people ask after or before the time ("was passt da"); the time decides.
    name: ASK_TYPE,
    values: [
      {
        id: 'ask',
        name: 'was passt',
        synonyms: expandPatterns([
          'was (passt|geht) [da|dazu]',
          'was (kann|soll) ich [da|bis dahin|damit] (machen|üben|tun)',
          'was (können wir|machen wir|mach ich) [da|damit]',
          'was (empfiehlst du|empfehlen sie|schlägst du vor|schlagen sie vor|würdest du empfehlen|würden sie empfehlen)',
          '(such|suchen sie) [mir] (was|eine übung) (aus|raus)',
          '(such|suchen sie) mir (was|eine übung)',
          'welche übung passt [da|dazu]',
          '(gib|geben sie) mir (eine passende übung|was passendes|was|etwas|eine übung)',
          '(mach|mach mal|machen sie) (was passendes|eine passende übung)',
          '(kannst du|können sie) mir (was|eine übung) (vorschlagen|aussuchen)',
          '(hast du|haben sie) (was|etwas|eine übung)',
          '(eine übung|was|etwas) (für zwischendurch|passendes|kurzes)',
          '(eine übung|was) (die|das) (dazu|zu meiner zeit|in meine zeit) passt',
          '(ich möchte|ich will|ich würde gern) (etwas|was|eine übung) (üben|machen)',
          '(eine übung|was|etwas|irgendwas)',
          // Gefragt, wie man fragt: "schlag mir was vor", "haben sie da etwas für mich", "was würden sie mir vorschlagen".
          '(schlag|schlagen sie) mir (was|etwas|eine übung) vor',
          'was (kannst du|können sie) mir [da] (geben|anbieten|empfehlen|vorschlagen)',
          'was (können wir|mache ich|mach ich) [da] [am besten] machen',
          '(hast du|haben sie) da (was|etwas|eine übung) [für mich]',
          '(hast du|haben sie) (was|etwas|eine übung) für mich',
          'was passt [denn] (da|dazu|da rein)',
          'was (würdest du|würden sie) [mir] (vorschlagen|empfehlen)',
          '(gib|geben sie) mir [bitte] (ne|eine) [passende] übung', '[gib mir] (ne|eine) übung die da reinpasst',
          '(mach|machen sie) [mal] was passendes',
          '(such|suchen sie) [du] [mir] [bitte] (was|etwas|eine übung) aus',
          'für eine übung',
        ]),
      },
    ],
  },
];

export const germanTimeAvailableIntents: readonly IntentSource[] = [
  {
    name: IntentNames.TimeAvailable,
    slots: [
      { name: SlotNames.Duration, type: 'AMAZON.DURATION' },
      { name: SlotNames.Amount, type: SlotTypes.TimeAmount },
      { name: SHORT_SLOT, type: SHORT_TYPE },
      { name: LITTLE_SLOT, type: LITTLE_TYPE },
      { name: CONTEXT_SLOT, type: CONTEXT_TYPE },
      { name: ASK_SLOT, type: ASK_TYPE },
    ],
    samples: [
      // Die Zeit zuerst, dann was folgt: "ich hab zwanzig minuten frei", "hab ne halbe stunde bis feierabend".
      `${HAVE_ABOUT} {duration} [{context}]`,
      // ... und die Frage: "ich hab zwanzig minuten, was schlägst du vor".
      `${HAVE_ABOUT} {duration} [{context}] {ask}`,
      // Umgestellt: "zehn minuten hab ich, mach mal was passendes".
      `[für] ${TIME} (hätte ich|hab ich|habe ich|haben wir) [{little}|{context}] [{ask}]`,
      'mehr als {duration} (hab ich|habe ich) nicht',
      `${HAVE_ABOUT} {amount} [{context}] [{ask}]`,
      // Vage, dann genau: "ich hab heut viel zeit, eine dreiviertelstunde".
      '(ich habe|ich hab) [heute|heut] {amount} [so|etwa|vielleicht|nur] {duration} [{ask}]',
      // Wenig Zeit, dann wie viel: "ich hab nicht viel zeit, nur so zwei drei minuten".
      `{short} [nur|vielleicht|bloß|so|nur so|höchstens] ${TIME} [{ask}]`,
      // Die Frage zuerst: "eine übung für fünf minuten", "eine übung, ich hab bloß drei minuten".
      `{ask} (für|in) [etwa|so|ungefähr|nur] ${TIME} [aus|raus]`,
      `{ask} [und] ${HAVE_ABOUT} ${TIME}`,
      `(eine übung die|was|etwas was) in ${TIME} passt`,
      // Nach der Zeit gefragt: "was kann ich in einer viertelstunde machen", "was passt zu zwanzig minuten".
      `(was kann ich|was können wir|welche übung kann ich) in [etwa] ${TIME} [machen|tun|üben]`,
      `(was passt|was geht|welche übung passt) (in|zu) ${TIME}`,
      `(welche übung schaff ich|welche übung schaffe ich|was schaff ich) in ${TIME}`,
      // Der Anlass zuerst: "bis der bus kommt sind es noch zehn minuten", "mittagspause, ich hab so zehn minuten".
      `{context} (ich hab|hab ich|habe ich|sind es|bleiben mir) [noch|so] ${TIME} [{ask}]`,
      '{context} und [ich hab|hab ich] noch {duration} [{ask}]',
      // Die Pause, der nächste Termin: "meine pause geht noch acht minuten".
      '(meine|die) (pause|mittagspause) (geht|dauert) [noch] {duration} [{ask}]',
      '(mein nächster termin|mein termin|der bus|mein bus|mein zug|das meeting|mein nächstes meeting|der nächste call) (ist|kommt|beginnt) in {duration}',
      `(wir haben|ich habe zeit für|ich hab zeit für) [etwa|so] ${TIME} [{ask}]`,
      // Die Zeit vorn, hätte ich: "für eine knappe stunde hätte ich zeit", "drei minuten hätte ich noch".
      'ich (könnte|könnt) mir [{little}] {duration} nehmen [{ask}]',
      'ich (habe|hab) (eine|ne) [große] pause von {duration} [{ask}]',
      // Die Frage mit der Zeit darin: "was können sie mir für fünf minuten empfehlen".
      `was (kannst du|können sie) mir für ${TIME} (empfehlen|vorschlagen|anbieten|geben)`,
      'ob sie mir (etwas|eine übung) für {duration} (heraussuchen|aussuchen|vorschlagen) könnten',
      '(such|suchen sie) mir [bitte] eine übung aus die in {duration} passt',
      'was passt [denn] in (eine|meine) [kurze] pause von {duration}',
    ],
  },
];
