import { IntentNames } from '../../lambda/constants';
import { expandPatterns } from '../../tools/models/expand';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Pause und Fortsetzen mit mehr als dem bloßen Wort (docs/platform.md, "Pause and resume with
 * a reason or a promise"): ein Grund vorweg ("es klingelt, pause"), ein Versprechen danach
 * ("halt, ich mach morgen weiter"), was und wann ("mach mit der Übung von gestern weiter"),
 * ab wo ("ab der Pause"). AMAZON.PauseIntent und AMAZON.ResumeIntent nehmen keine Slots, also
 * sind das eigene Intents mit denselben Ereignissen; die bloßen Wörter ("pause", "stopp",
 * "weiter") bleiben bei den eingebauten. Die Slots tragen nur die Formulierung: kein Handler
 * liest sie.
 */

const REASON_TYPE = 'Interruption';
const LATER_TYPE = 'GoOnLater';
const EARLIER_TYPE = 'PausedExercise';
const PLACE_TYPE = 'PausedPlace';
const BEFORE_TYPE = 'StoppedBefore';
const ASKING_TYPE = 'ModalAsking';
const SOFT_TYPE = 'SoftWords';
/** Declared in de.ts: what people say before a request ("heute", "mein rücken tut weh"). */
const SITUATION_TYPE = 'Situation';

/** Holding the exercise, said any way, when a reason or "later" comes with it. */
const HOLD =
  '(pause|pause bitte|bitte pause|pause machen|mach pause|mach mal pause|mach mal stopp|stopp|stopp mal|stopp mal kurz|halt|halt stopp|halt an|halte an|halt mal an|halten sie an|halten sie hier an|anhalten|bitte anhalten|unterbrechen|bitte unterbrechen|unterbrich|pausieren|jetzt pausieren|kurze pause|warte mal|stopp hier|für heute erst mal stopp|für heute erstmal stopp|das reicht erst mal|das reicht|kannst du unterbrechen|kannst du bitte unterbrechen|lass uns hier unterbrechen|kurz unterbrechen|das reicht für jetzt|jetzt nicht mehr)';
/** Going on with what was left, the verb last after a modal ({asking}). */
const GO_ON_LAST = '(fortsetzen|weitermachen|zu ende machen|zu ende bringen|fertig machen|wieder aufnehmen|wieder starten|machen|weiterführen|fortfahren|weiterlaufen lassen|weiterspielen)';

/**
 * Holding the exercise with the small words inside ({soft}: "halten sie bitte an", "unterbrich mal",
 * "könnten sie die übung bitte pausieren"), each with a word of its own.
 */
const HOLD_SOFT = [
  '(halt|halte|halten sie) {soft} an',
  '(unterbrich|unterbrechen sie|pausier|pausieren sie|stopp) {soft}',
  '(kannst du|können sie|könnten sie) {soft} (anhalten|unterbrechen|pausieren)',
  'ob sie {soft} (anhalten|unterbrechen|pausieren) könnten',
  '(ich muss|ich möchte|ich will) {soft} aufhören',
  '(ich hör|ich höre) {soft} auf',
  '(machen wir|ich brauch|ich brauche) {soft} [eine] pause',
  '{soft} (anhalten|unterbrechen|stoppen|pausieren)',
];

/** The patterns' samples that carry a slot. */
function withSlots(...patterns: string[]): string[] {
  return expandPatterns(patterns).filter((sample) => sample.includes('{'));
}

export const germanPauseResumeIntents: readonly IntentSource[] = [
  {
    name: IntentNames.PauseForNow,
    slots: [
      { name: 'reason', type: REASON_TYPE },
      { name: 'later', type: LATER_TYPE },
      { name: 'place', type: PLACE_TYPE },
      { name: 'asking', type: ASKING_TYPE },
      { name: 'soft', type: SOFT_TYPE },
    ],
    samples: [
      // Why, and that it goes on later: "es klingelt pause", "halt ich mach später weiter".
      `{reason} ${HOLD} [[und] {later}]`,
      `${HOLD} [und] {later}`,
      `${HOLD} {reason}`,
      '{reason} [und] {later}',
      // Ein Wort, das anhält, dann der Grund: "warte mal, es hat geklingelt".
      '(warte|warte mal|moment|moment mal|stopp|halt|oh) {reason} [[und] {later}]',
      // Mit Modalverb, das Verb am Ende: "ich will jetzt unterbrechen und später weitermachen".
      '{asking} [jetzt|hier|kurz] (unterbrechen|aufhören|pausieren|anhalten|pause machen) [und] {later}',
      // Den Platz merken lassen: "merk dir, wo wir sind, ich mach morgen weiter".
      '(merk dir|merken sie sich) {place} [[und] {later}]',
      'jetzt (pausieren|anhalten|unterbrechen|pause machen)',
      // Mit den kleinen Wörtern: "halten sie bitte an, ich mache später weiter".
      ...HOLD_SOFT.flatMap((hold) => [hold, `${hold} {reason}`, `${hold} [und] {later}`]),
      '[{reason}] (merk dir|merken sie sich) [bitte] ({place}|die stelle) [{reason}]',
      '(warte|warte mal) [kurz] pause',
      '(ich brauch|ich brauche|machen wir) [eine] pause [und] {later}',
      'jetzt erst mal (pausieren|unterbrechen|pause machen)',
    ],
  },
  {
    name: IntentNames.ResumeWhereLeftOff,
    slots: [
      { name: 'earlier', type: EARLIER_TYPE },
      { name: 'place', type: PLACE_TYPE },
      { name: 'situation', type: SITUATION_TYPE },
      { name: 'before', type: BEFORE_TYPE },
      { name: 'asking', type: ASKING_TYPE },
      { name: 'soft', type: SOFT_TYPE },
    ],
    // The same words without a slot stay with AMAZON.ResumeIntent ("mach da weiter").
    samples: withSlots(
      '[{situation}] (mach|machen sie|machen wir|mach mal|wir machen|dann mach) [mit {earlier}] [da|dort|an der stelle] weiter [{place}]',
      '[{situation}] {asking} [da|dort|an der stelle] (weitermachen|fortfahren|einsteigen|fortsetzen) [{place}]',
      `[{situation}] {asking} [mit] {earlier} ${GO_ON_LAST}`,
      '{earlier} (fortsetzen|weiter|weitermachen|wieder aufnehmen|wieder starten|zu ende machen|weiterführen)',
      '(setz|setze|setzen sie|nimm|nehmen sie) {earlier} [da|an der stelle] (fort|wieder auf) [{place}]',
      '(weiter mit|fortsetzung) {earlier}',
      '(mach|mach mal|machen sie|machen wir|lass uns) weiter mit {earlier}',
      '(weitermachen|fortsetzen|fortfahren|weiter) [da|dort|an der stelle] {place}',
      '{place} (weitermachen|fortsetzen|fortfahren|weiter)',
      '(da|dort|an der stelle) (weitermachen|fortsetzen|weiter) [{place}]',
      '{situation} (weiter|weitermachen|fortsetzen) [jetzt]',
      'zurück zu der stelle {place}',
      // Was vorher war, zuerst gesagt: "ich hab gestern mittendrin aufgehört, mach da weiter".
      '{before} [bitte|dann|jetzt] (mach|mach mal|machen sie|machen wir) [da|an der stelle] weiter [{place}]',
      '{before} [bitte|dann|jetzt] (weiter|weitermachen|fortsetzen|fortfahren) [{place}]',
      '{before} [und] {asking} [da|an der stelle] (weitermachen|fortfahren|fortsetzen) [{place}]',
      '{before} [und] {asking} [mit] {earlier} (fortsetzen|weitermachen|zu ende machen)',
      '(weiter|weitermachen|fortsetzen) [bitte] {before}',
      'mit {earlier} (weitermachen|fortfahren)',
      // Mit den kleinen Wörtern: "machen sie bitte da weiter", "die pausierte übung bitte fortsetzen".
      '[{situation}|{before}] (mach|machen sie|machen wir) {soft} (da|dort|an der stelle) weiter [{place}]',
      '{earlier} {soft} (fortsetzen|weitermachen|zu ende machen|fertig machen)',
      '(setz|setzen sie) {soft} {earlier} [an der stelle] fort [{place}]',
      '(spiel|spielen sie) [{soft}] {earlier} [ab der stelle] weiter [{place}]',
      'fortfahren mit {earlier}',
      '(fortsetzen|weitermachen) {place}',
    ),
  },
];

function words(...patterns: string[]): string[] {
  return expandPatterns(patterns);
}

/** A value's name is not repeated among its synonyms. */
function withoutName(types: readonly SlotTypeSource[]): SlotTypeSource[] {
  return types.map((type) => ({ ...type, values: type.values.map((v) => ({ ...v, synonyms: v.synonyms.filter((word) => word !== v.name) })) }));
}

export const germanPauseResumeTypes: readonly SlotTypeSource[] = withoutName([
  {
    // A modal before the verb at the end: "kannst du", "ich möchte", "lass uns".
    name: ASKING_TYPE,
    values: [
      {
        id: 'asking',
        name: 'könnten sie',
        synonyms: words('(ich möchte|ich möcht|ich will|ich muss|ich würde gern|ich würd gern|jetzt möchte ich|kannst du|können sie|könntest du|können wir|wir können|wir müssen|lass uns) [bitte]', 'ob sie [bitte]'),
      },
    ],
  },
  {
    // Die kleinen Wörter beim Anhalten und Weitermachen: "bitte", "mal eben", "jetzt leider", "die übung bitte".
    name: SOFT_TYPE,
    values: [
      {
        id: 'soft',
        name: 'mal eben',
        synonyms: words(
          '(bitte|mal|mal kurz|kurz|hier|jetzt|doch|doch mal|erst mal|jetzt erst mal|jetzt mal|für jetzt|mal für jetzt|leider|jetzt leider|einfach|bitte hier|bitte mal|bitte kurz|mal bitte|hier bitte|mal eben bitte|das|doch bitte)',
          '(die übung|die entspannung|die meditation) [bitte|mal|jetzt|mal eben|hier]',
        ),
      },
    ],
  },
  {
    // Why the exercise has to wait; the place is kept either way.
    name: REASON_TYPE,
    values: [
      {
        id: 'interruption',
        name: 'es klingelt',
        synonyms: words(
          '(es|das telefon|mein telefon|mein handy|das handy|der wecker) klingelt [an der tür]',
          '(es|das telefon) klingelt (gerade|grad)',
          'es hat [an der tür] geklingelt',
          '(da|jetzt) ist jemand (an der tür|da|gekommen)',
          'es klopft',
          '(das kind|die kinder|mein mann|meine frau|jemand) (ruft|rufen|ist an der tür)',
          '(ich muss|muss) [kurz|gleich|jetzt|mal|mal eben|mal kurz] (weg|los|ans telefon|an die tür|in ein meeting|zur arbeit|aufhören|in den unterricht|zum dienst)',
          'es klingelt an der tür [ich muss mal eben weg]',
          '(ich hab|ich habe) jetzt keine zeit mehr',
          'ich kann (grad|gerade|jetzt) nicht mehr',
          '(besuch|der postbote|das essen) ist (da|fertig)',
          'es geht gerade nicht',
          // Ein Wort zum Warten vorweg: "warte mal, pause".
          '(warte|warte mal|moment|moment mal|einen moment|sekunde|oh|ach|entschuldigung|oje)',
        ),
      },
    ],
  },
  {
    // "Ich mach später weiter": the place is kept either way.
    name: LATER_TYPE,
    values: [
      {
        id: 'later',
        name: 'ich mach später weiter',
        synonyms: words(
          '(ich mach|ich mache|wir machen|machen wir) (später|nachher|morgen|heute abend|heut abend|ein andermal|gleich) weiter',
          '(später|nachher|morgen|heute abend|gleich) (mach ich|machen wir) weiter',
          "(später|nachher|morgen) (geht es|geht's) weiter",
          'weiter geht es später',
          'ich (komm|komme) (später|nachher|gleich|morgen) wieder',
          '(später|nachher) weiter',
          '(merk dir|merken sie sich) wo wir (waren|sind|stehen)',
          '(lass uns|wir wollen) [hier unterbrechen und] später weitermachen',
          '(später|nachher|morgen|ein andermal) (weitermachen|fortsetzen)',
          // Ohne "ich", mit "fertig", "fort", "zurück": "mach später weiter", "ich setze das später fort".
          '(mach|mache) (später|nachher|ein andermal) weiter',
          '(mach ich|ich mach) [das] (später|nachher) fertig',
          'ich (setze|setz) das (später|nachher) fort',
          'ich komme (später|nachher|gleich) zurück',
          'ich bin (gleich|nachher) wieder da',
          'aber ich (komm|komme) (später|nachher|gleich) wieder',
          'ich (komm|komme) wieder',
        ),
      },
    ],
  },
  {
    // The exercise left off, as people name it ("die übung von gestern").
    name: EARLIER_TYPE,
    values: [
      {
        id: 'earlier',
        // Not "die letzte übung": "die letzte übung fortsetzen" is AMAZON.ResumeIntent's own sample.
        name: 'die übung von gestern',
        synonyms: words(
          '(die|meine|der|meiner) (letzte|letzten|unterbrochene|unterbrochenen|pausierte|pausierten|angefangene|angefangenen) (übung|entspannung|muskelentspannung|meditation)',
          '(letzte|unterbrochene|pausierte|angefangene) (übung|entspannung)',
          '(die|der|meine|meiner) (übung|muskelentspannung|meditation|entspannung) (von letztens|vom morgen|von gestern|von vorhin|von heute morgen|von heute mittag|von heute früh|von neulich|von letzter woche|von letztem mal|von gestern abend|von vorgestern|die ich angefangen (habe|hab))',
          '(den|dem) rest der übung',
          '(der|meiner|die|meine) (übung|entspannung|muskelentspannung|meditation)',
        ),
      },
    ],
  },
  {
    // Where it was left ("wo ich aufgehört habe").
    name: PLACE_TYPE,
    values: [
      {
        id: 'place',
        name: 'wo ich aufgehört habe',
        synonyms: words(
          'wo (ich|wir) [gestern|vorhin|letztes mal] (aufgehört (habe|hab|haben)|stehen geblieben (bin|sind)|stehengeblieben (bin|sind)|unterbrochen (habe|hab|haben)|pausiert (habe|hab|haben)|war|waren)',
          '(an der letzten stelle|ab der pause|wo es aufgehört hat)',
          'wo (wir|ich) (sind|stehen|bin|stehe)',
          'wo (ich|wir) (aufgehört hatte|aufgehört hatten|pause gemacht (habe|hab|haben)|gestoppt (habe|hab|haben))',
          'an der ich (unterbrochen|aufgehört) (habe|hab)',
        ),
      },
    ],
  },
  {
    // Was vorher war, zuerst gesagt: "ich hab gestern mittendrin aufgehört", "ich bin wieder da".
    name: BEFORE_TYPE,
    values: [
      {
        id: 'before',
        name: 'ich habe vorhin aufgehört',
        synonyms: words(
          '(ich hab|ich habe|wir haben|wir hatten) [gestern|vorgestern|vorhin|heute morgen|heute früh] [mittendrin] (aufgehört|unterbrochen)',
          '(gestern|vorgestern|vorhin|heute morgen|heute früh|heut früh) (hab ich|habe ich|haben wir) [mittendrin] (aufgehört|unterbrochen)',
          '(ich war|wir waren) [gestern|vorhin] mittendrin [in der übung|im body scan|in der entspannung]',
          '(ich bin|da bin ich) wieder (da|zurück)',
          // Warum es abbrach: "ich musste vorhin abbrechen weil das telefon geklingelt hat".
          'ich (hatte|hab) [die übung] [vorhin] (unterbrochen|abgebrochen)',
          '(ich musste|musst ich) (vorhin|gestern|neulich) (abbrechen|aufhören) [weil (das telefon geklingelt hat|der dienst angefangen hat)]',
          'wir waren doch mittendrin',
          'wo (war ich|waren wir) stehen geblieben',
          '(jetzt|nun) (hab ich|habe ich) wieder zeit',
        ),
      },
    ],
  },
]);
