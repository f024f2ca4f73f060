import { expandPatterns } from '../../tools/models/expand';
import type { SlotTypeSource } from '../types';

/*
 * Wie man in Deutschland eine Übung anfängt, über die Muster in de.ts hinaus: der Anfang des
 * Satzes als Slot ("ich möchte gern", "machen wir heute", "los gehts mit", "kannst du mit mir"),
 * was nach der Übung gesagt wird ("mit etwa zehn minuten", "die es gibt", "in der
 * mittagspause"), und was davor gesagt wird (die Lage: "ich hab eine rosine in der hand",
 * "mein chef hat mich angeblafft"). Die Slots tragen nur die Formulierung; die Handler lesen
 * nur die Übung und die Länge (docs/platform.md, "Interaction model limits").
 *
 * Dazu die Übungen, wie man sie umschreibt: mit einem Relativsatz ("die übung wo ich erst
 * innehalte bevor ich was sage"), nachgestellt ("ich will die übung machen wo man ..."), mit
 * "zu" ("hilf mir einen schritt zurückzutreten"), und die Längen mit Genitiv ("die lange fassung
 * der muskelentspannung").
 */

const words = (...patterns: string[]): string[] => expandPatterns(patterns);

/** Who wishes or asks, before the small words ("ich möchte", "lassen sie uns"). */
const WISH =
  'ich möchte|ich möcht|ich will|ich würde gern|ich würd gern|ich hätte gern|ich hätt gern|ich brauch|ich brauche|ich bräuchte|ich nehme|ich nehm|machen wir|wir machen|lass uns|lassen sie uns|können wir|wollen wir';

/** How a request to start begins, before the thing; phrasing only. */
export const START_CARRIER_TYPE = 'StartCarrier';
/** What follows the thing to start ("mit etwa zehn minuten", "die es gibt"); phrasing only. */
export const AFTER_THING_TYPE = 'AfterThing';

export const germanStartPhrasingTypes: readonly SlotTypeSource[] = [
  {
    name: START_CARRIER_TYPE,
    values: [
      {
        id: 'start',
        name: 'ich möchte gern',
        synonyms: words(
          '(ich möchte|ich möcht|ich will|ich würd|ich würde) (gern|jetzt|heute|heut|jetzt gern)',
          '(wir machen|machen wir|lass uns|können wir|wollen wir) (jetzt|heute|heut|mal)',
          '(kannst du|können sie|könntest du|könnten sie) [bitte] mit mir',
          '(los gehts|los geht es|auf gehts) mit',
          '[ich] (brauch|brauche) (jetzt|heute|heut|dringend|mal wieder)',
          '(möchte|möcht|will|würde gern|würd gern|brauch|brauche)',
          '(ich brauch|ich brauche|mach|mach mal|starte|ich möchte|ich will)',
          // Wer bittet, mit den kleinen Wörtern danach: "ich möchte heute wieder", "lassen sie uns mal eben".
          `(${WISH}) [jetzt|heute|heut|gern|mal|mal eben|heute wieder|wieder|bitte|ein bisschen]`,
          // Du und Sie, das Verb vorn: "mach mir doch", "starten sie bitte", "komm wir machen".
          '(mach|starte|spiel|gib) (mir|mal|doch|bitte|mir mal|mir doch|mir bitte|doch mal|mal eben|jetzt)',
          '(machen|starten|spielen|geben) sie [mir] [mal|bitte|doch|mal eben|jetzt]',
          '(gib mir|geben sie mir|spiel|starte mir|spiel mir|zeig mir|zeit für|mach mit mir|machen sie mit mir|mach mal mit mir|beginne|starte)',
          'komm (wir machen|lass uns|machen wir)',
          // Die Bitte mit dem Verb am Ende: "kannst du mal ... anmachen", "könnten sie mir bitte ... starten".
          '(kannst du|können sie|könnten sie|könntest du|würden sie|würdest du) [mir|mich] [bitte|mal|doch mal|mal eben|jetzt|wohl]',
          '(kannst du|können sie) doch [mal]',
          // Indirekt und höflich: "ob sie mir wohl ... vorspielen könnten", "wären sie so freundlich und starten".
          'ob (sie|du) mir [wohl|mal|mal eben|bitte]',
          '(wären sie|seien sie) so (freundlich|nett|lieb|gut) und (starten|machen|spielen|fangen)',
          '(sei|wärst du) so (nett|lieb|gut) und (starte|mach|spiel|fang)',
          // "fang doch bitte mit ... an"
          '(fang|fangen sie|fangen wir) [doch|bitte|mal|jetzt|doch bitte|doch mal]',
          'ich (hab|habe|hätte) gern',
          // Nach dem Anlass, das Verb zuerst: "heute ist wochenende da nehme ich", "hätte ich gern".
          '[da|dann] (nehme|brauch|brauche|mach|möchte|möcht) ich [jetzt|gern]',
          '(hätte|hätt|würde) ich gern',
          '(ich möchte|ich möcht|ich will|ich würde gern) (lernen|üben)',
          // "hast du ne meditation für mich", "suchen sie mir bitte ... aus"
          '(hast du|haben sie) [mal|da|vielleicht]',
          '(such|suchen sie) mir [bitte|mal]',
        ),
      },
    ],
  },
  {
    name: AFTER_THING_TYPE,
    values: [
      {
        id: 'after',
        name: 'mit etwa zehn minuten',
        synonyms: words(
          '(von|mit|so|so um die) [etwa] (fünf|zehn|zwanzig) minuten',
          'die (du hast|sie haben|es gibt)',
          '(von anfang bis ende|mit allen muskelgruppen|für den ganzen körper|von kopf bis fuß)',
          '(in der mittagspause|zwischen zwei meetings|nach der arbeit|für zwischendurch)',
          // Ein Nachsatz: "gell", "für mich", das Modalverb nach dem Infinitiv ("vorspielen könnten").
          '(gell|ne|oder|für mich|mit mir|bitte|bitte gell|wie immer|heute|jetzt|zum hinlegen|zum einschlafen)',
          // Was nach dem Namen allein folgt: "muskelentspannung möchte ich machen", "body scan wär schön".
          '(jetzt gleich|möchte ich machen|will ich machen|möchte ich|hätte ich gern|wär jetzt recht|wäre schön|wär schön|wär gut|für zwischendurch|starten bitte|übung starten|übung bitte|übung beginnen|bitte jetzt|jetzt bitte)',
          '(könnten|könntest|würden|würdest|kannst|können) [sie|du]',
          // Wofür: "bevor ich reagiere", "wenn mich jemand ärgert".
          'bevor (ich|man) [auf jemanden|auf andere] (reagiere|reagier|reagiert|antworte|antwortet|was sage|was sag|was sagt|jemandem antworte|mich aufrege)',
          'wenn mich (jemand|einer) (ärgert|aufregt|provoziert|nervt)',
          '(mein kopf ist [so] voll|ich hab pause|mein rücken mag nicht sitzen|ich muss gleich los|ich (hab|habe) (heute|heut) zeit)',
          // Die Länge nachgeschoben, die Führung erbeten: "die ganz lange", "die mit zwanzig minuten", "führ mich da durch".
          '[also] die (lange|ganz lange|kurze|ganz kurze|normale|mittlere)',
          'die mit (fünf|zehn|zwanzig|fünfundzwanzig) minuten',
          'nicht zu (lang|kurz)',
          '(führ|führen sie) mich [bitte] da durch',
          '(leite|leiten sie) mich [bitte] an',
          '[egal welche|ist mir egal welche|such du aus]',
        ),
      },
    ],
  },
];

/** More of what is said before a request: eating, walking, anger, a break between meetings. */
export const germanMoreSituations: readonly string[] = words(
  '(nochmal|noch mal|noch einmal|einmal|kurz mal|kurz|so)',
  '(mittagspause|zwischendurch) [mal] schnell',
  'zwischen zwei (meetings|terminen|besprechungen)',
  '(es ist wochenende|feierabend) (heute|und viel zeit|und ich hab zeit)',
  'ich (sitz|sitze) gerade',
  'ich (hab|habe) (mein essen|mein mittagessen|einen apfel|eine rosine) (hier|da|in der hand)',
  'ich mach (grad|gerade) (brotzeit|mittagspause)',
  'ich will ein bisschen (rumlaufen|laufen|mich bewegen)',
  '(mein rücken|der rücken) braucht bewegung',
  'ich (geh|gehe) [gerade] durch (die wohnung|den garten)',
  'ich hab keine lust [mehr] zu sitzen',
  '(mein chef|der kollege|die kollegin) hat mich (angeblafft|angemeckert)',
  'wenn mich (jemand|einer) (ärgert|reizt|provoziert|nervt)',
  'bevor ich auf (die mail|die nachricht) antworte',
  'bevor ich (was falsches|etwas falsches) (sage|sag)',
  'ich will nicht (gleich|sofort) (ausflippen|ausrasten|explodieren)',
  '((ich will|ich möchte) neu anfangen|datenschutz)',
  // Die Schicht, der freie Tag, wo man liegt oder sitzt (docs/platform.md).
  '[ich] (hatte|hab) grad (frühschicht|nachtschicht|dienst)',
  'nach der (nachtschicht|frühschicht|spätschicht|schicht)',
  '(heute|heut) (hab ich|habe ich) (frei|zeit|urlaub)',
  '(ich hab|ich habe) (heute|heut) [abend] (frei|zeit)',
  '(heute|heut) ist (wochenende|sonntag) [da]',
  'ich (leg|lege|setz|setze) mich [grad|jetzt] hin',
  'ich (lieg|liege) [grad|schon] (im bett|auf dem sofa)',
  '(heute abend|heut abend|nachher) im bett',
  'ich (steh|stehe) [schon]',
  'ich (lauf|geh|gehe) [grad] (durch die wohnung|in der wohnung rum)',
  'ich (bin|bin grad) in der pause',
  'zwischen zwei (unterrichtsstunden|stunden|schichten)',
  'ich muss gleich los',
  '(mal eben|bloß|nur)',
  'mein kopf ist [so] voll',
  'ich (hab|habe) [heut] so ein durcheinander im kopf',
  'mein (kreuz|rücken) (ist ganz verspannt|tut heute wieder weh)', 'mein ischias zwickt',
  'ich (hab|habe) (heut|heute) [wieder] so (kreuzweh|rückenschmerzen|ein ziehen im kreuz)',
  'ich (hab|habe) grad (mein brot|mein essen) vor mir',
  'ich (sitz|sitze) grad beim (kaffee|essen)',
  'ich (esse|ess) gleich [zu mittag]',
  '(mein kollege|mein mann|meine frau|jemand) hat mich [grad] [so|voll] (geärgert|aufgeregt)',
  'ich (hab|habe) mich [grad|so] (aufgeregt|geärgert)',
  'ich (geh|gehe) immer gleich in die luft',
);

/** Lengths said with a noun or a genitive after them ("die lange fassung der ..."). */
export const germanMoreLengths: Readonly<Record<'short' | 'standard' | 'long', readonly string[]>> = {
  short: words('(die|nur die|aber die) (kurze|kleine|kürzeste) (version|fassung|länge)', '(kurze|kleine) (version|fassung)'),
  standard: words('(die|nur die) [ganz] (normale|übliche|mittlere) (version|fassung|länge)', '(normale|übliche) (version|länge)'),
  long: words('(die|nur die) (lange|ganze|volle|komplette) (version|fassung|länge)', '(lange|volle) (version|fassung)', 'das (volle|ganze|komplette) programm'),
};

/** The relaxation described ("wo man nacheinander die muskeln anspannt", "das mit dem anspannen und loslassen"). */
export const germanMorePracticeWords: readonly string[] = words(
  '(wo|bei der) man [nacheinander|der reihe nach] die muskeln anspannt [und wieder loslässt]',
  '(dem|das) [muskeln] anspannen und (loslassen|entspannen)',
  'progressiver (muskelentspannung|muskelrelaxation)',
);

/** The exercises described, per exercise: relative clauses, "zu" infinitives, the situation that names it. */
export const germanMoreExerciseWords: Readonly<Record<'bodyScan' | 'breath' | 'mindfulEating' | 'steppingBack', readonly string[]>> = {
  bodyScan: words(
    'wo ich [nacheinander] in alle körperteile (reinspüre|hineinspüre)',
    '(wo|bei der) ich den [ganzen] körper in gedanken (durchwandere|durchgehe)',
    '[achtsam] durch den körper (gehen|wandern) (von kopf bis fuß|von den füßen bis zum kopf)',
    'den körper von kopf bis fuß (durchgehen|durchspüren)',
    'a (body scan|bodyscan|körperscan)',
  ),
  breath: words(
    'einfach [still] sitzen und (atmen|auf (meinen|den) atem achten)',
    '(im sitzen|einfach) (meinen|den) atem (beobachten|spüren|wahrnehmen)',
    '[eine] übung zum (atem spüren|bewussten atmen)',
    '[beim atmen|mit dem atem] zur ruhe kommen',
    '(die|eine|der) meditation mit dem atem im sitzen',
    'wo ich auf (den|meinen) atem achte',
    'wo man [nur] den atem beobachtet',
  ),
  mindfulEating: words('(wo|bei der) man (das essen|ein stück essen) (ganz genau|mit allen sinnen) wahrnimmt', '(wo|bei der) man ganz langsam isst'),
  steppingBack: words(
    'zum (innehalten|zurücktreten|abstand nehmen|gelassen reagieren) [bevor ich (reagiere|was sage)|wenn mich jemand provoziert|wenn jemand was sagt]',
    'zum durchatmen bevor ich (reagiere|antworte|zurückschieße)',
    'wo ich erst (innehalte|stoppe|durchatme) (bevor ich (reagiere|antworte|was sage)|und dann reagiere)',
    '(wo|bei der) man erst (innehält|durchatmet) bevor man (reagiert|antwortet)',
    'wie ich auf (andere|alles) nicht (sofort|gleich) reagiere',
    'damit ich nicht (gleich|sofort) (losschimpfe|aus der haut fahre) [wenn mich einer ärgert]',
    '(üben|lernen) nicht (gleich|sofort) [auf alles] zu reagieren',
    '[erst mal] (innezuhalten|einen schritt zurückzutreten|abstand zu gewinnen) [bevor ich reagiere]',
    'eine übung um [kurz] (innezuhalten|einen schritt zurückzutreten) [bevor ich reagiere]',
    'innehalten und einen schritt (zurücktreten|zurückgehen) [bevor ich (reagiere|antworte)]',
    'einen schritt zurückgehen',
    'ich (reg|rege) mich [über andere] immer (gleich|so schnell) auf',
    'ich (fahr|fahre) immer gleich aus der haut',
    'ich (werd|werde) immer so schnell wütend',
  ),
};
