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
          '(ich möchte|ich möcht|ich will|ich würde|ich würd|ich hätte) (gern|gerne|jetzt gern|heute gern|jetzt|heute|heut|jetzt mal|einfach)',
          '(wir machen|machen wir|lass uns|lassen sie uns|können wir|wollen wir) (jetzt|heute|heut|mal|gleich|jetzt mal)',
          '(kannst du|können sie|könntest du|könnten sie) [bitte] [mal] mit mir',
          '(los gehts|los geht es|auf gehts|weiter gehts) mit',
          '[ich] (brauch|brauche|bräuchte|möchte|möcht|will) (jetzt|heute|heut|dringend|mal wieder|wieder)',
          '(möchte|möcht|will|würde gern|würd gern|brauch|brauche)',
          '(ich brauch|ich brauche|mach|mach mal|starte|ich möchte|ich will)',
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
          '(von|mit|so|so um die|um die|für) [etwa|ungefähr] (fünf|zehn|zwanzig) minuten',
          'die (du hast|sie haben|es gibt)',
          '(von anfang bis ende|mit allen muskelgruppen|für den ganzen körper|von kopf bis fuß)',
          '(in der mittagspause|zwischen zwei meetings|nach der arbeit|vor dem schlafen|für zwischendurch|am abend)',
          '(meine|die) (kreuzschmerzen|rückenschmerzen) sind [heut|heute] (arg|schlimm|stark)',
        ),
      },
    ],
  },
];

/** More of what is said before a request: eating, walking, anger, a break between meetings. */
export const germanMoreSituations: readonly string[] = words(
  '(nochmal|noch mal|noch einmal|einmal|kurz mal|kurz|so)',
  '(mittagspause|in der mittagspause|zwischendurch|heute|jetzt) (schnell|mal schnell)',
  'zwischen zwei (meetings|terminen|besprechungen)',
  '(es ist wochenende|feierabend) (heute|und viel zeit|und ich hab zeit)',
  'ich (sitz|sitze) gerade',
  '(ich hab|ich habe) (mein mittagessen|mein essen|einen apfel|eine rosine|ein stück schokolade|brotzeit) (hier|da|vor mir|in der hand)',
  'ich (mach|mache) [grad|gerade] (brotzeit|mittagspause)',
  'ich will [ein bisschen|mal] (rumlaufen|laufen|gehen|mich bewegen)',
  '(mein rücken|der rücken) braucht bewegung',
  'ich (geh|gehe) [gerade] (durch die wohnung|durch den garten|spazieren)',
  'ich hab keine lust [mehr] zu sitzen',
  '(mein chef|der kollege|die kollegin|jemand|einer) hat mich (angeblafft|angemeckert|angebrüllt|angemacht)',
  'wenn mich (jemand|einer) (ärgert|reizt|provoziert|nervt|aufregt)',
  'bevor ich (auf die mail|auf die nachricht|auf den brief) antworte',
  'bevor ich (was falsches|etwas falsches|was dummes) (sage|sag)',
  'ich will nicht (gleich|sofort) (ausflippen|ausrasten|explodieren|losschimpfen|zurückschießen)',
  '(meine|die) (kreuzschmerzen|rückenschmerzen) sind [heut|heute] (arg|schlimm|stark)',
);

/** Lengths said with a noun or a genitive after them ("die lange fassung der ..."). */
export const germanMoreLengths: Readonly<Record<'short' | 'standard' | 'long', readonly string[]>> = {
  short: words(
    '(die|nur die|aber die|aber nur die) (kurze|kleine|schnelle|kürzeste) (version|fassung|variante|länge)',
    '(kurze|kleine|schnelle) (version|fassung|variante)',
    'aber [nur] (kurz|ganz kurz)',
  ),
  standard: words('(die|nur die) [ganz] (normale|übliche|mittlere|gewöhnliche) (version|fassung|variante|länge)', '(normale|übliche|mittlere) (version|fassung|länge)'),
  long: words('(die|nur die) (lange|ganze|volle|komplette|vollständige|längste) (version|fassung|variante|länge)', '(lange|volle|komplette) (version|fassung)', 'das (volle|ganze|komplette) programm'),
};

/** The relaxation described ("wo man nacheinander die muskeln anspannt"). */
export const germanMorePracticeWords: readonly string[] = words(
  '(wo|bei der) man [nacheinander|der reihe nach] die muskeln anspannt [und wieder loslässt]',
  '(wo|bei der) ich [nacheinander] die muskeln anspanne [und wieder loslasse]',
);

/** The exercises described, per exercise: relative clauses, "zu" infinitives, the situation that names it. */
export const germanMoreExerciseWords: Readonly<Record<'bodyScan' | 'breath' | 'mindfulEating' | 'steppingBack', readonly string[]>> = {
  bodyScan: words(
    '(wo|bei der) (ich [nacheinander] in (alle körperteile|den körper) (reinspüre|hineinspüre)|man [nacheinander] in (alle körperteile|den körper) (reinspürt|hineinspürt))',
    '(wo|bei der) (ich (den ganzen körper|den körper) in gedanken (durchwandere|durchgehe)|man (den ganzen körper|den körper) in gedanken (durchwandert|durchgeht))',
    '[achtsam|einmal] durch den [ganzen] körper (gehen|wandern|spüren) (von kopf bis fuß|von den füßen bis zum kopf)',
    '(meinen|den) [ganzen] körper (von kopf bis fuß|von den füßen bis zum kopf) (durchgehen|durchspüren|durchscannen)',
    'a (body scan|bodyscan|körperscan)',
  ),
  breath: words(
    '[einfach] [still] sitzen und (atmen|auf (meinen|den) atem achten)',
    '(im sitzen|einfach) (meinen|den) atem (beobachten|spüren|wahrnehmen)',
    '[eine|die] übung zum (atem spüren|atmen|bewussten atmen)',
    '[beim atmen|mit dem atem] zur ruhe kommen',
    '(die|eine|der) meditation mit dem atem im sitzen',
    '(wo|bei der) ich [nur] (den|meinen) atem (beobachte|spüre)',
    '(wo|bei der) ich [nur] auf (den|meinen) atem achte',
    '(wo|bei der) man [nur] (den atem (beobachtet|spürt)|auf den atem achtet)',
  ),
  mindfulEating: words(
    '(wo|bei der) man (das essen|eine rosine|ein stück essen) (ganz genau|ganz langsam|bewusst|mit allen sinnen) wahrnimmt',
    '(wo|bei der) man (ganz langsam|bewusst) (isst|kaut)',
  ),
  steppingBack: words(
    'zum (innehalten|zurücktreten|abstand nehmen|abstand gewinnen|gelassen reagieren|gelassen bleiben) [bevor ich (reagiere|antworte|was sage|was falsches sage|zurückschieße|losschimpfe)|wenn mich (jemand|einer) (ärgert|provoziert|reizt|nervt)|wenn jemand was sagt]',
    'zum durchatmen (bevor ich (reagiere|antworte|was sage|was falsches sage|zurückschieße|losschimpfe)|wenn mich (jemand|einer) (ärgert|provoziert|reizt|nervt)|wenn jemand was sagt)',
    'wo ich [erst] (innehalte|stoppe|durchatme|einen schritt zurücktrete) (bevor ich (reagiere|antworte|was sage)|und dann (reagiere|antworte))',
    '(wo|bei der) man erst (innehält|durchatmet|einen schritt zurücktritt) bevor man (reagiert|antwortet)',
    'wie ich auf (andere|alles) nicht (sofort|gleich) reagiere',
    'damit ich nicht (gleich|sofort) (losschimpfe|ausraste|ausflippe|explodiere|zurückschieße|aus der haut fahre) [wenn mich (jemand|einer) ärgert]',
    '(üben|lernen) nicht (gleich|sofort) [auf alles|auf andere] zu reagieren',
    '[kurz|erst mal] (innezuhalten|einen schritt zurückzutreten|abstand zu gewinnen|abstand zu nehmen) [bevor ich (reagiere|antworte)]',
    '(eine|die) übung um [kurz|erst mal] (innezuhalten|einen schritt zurückzutreten|abstand zu gewinnen) [bevor ich (reagiere|antworte)]',
    'innehalten und einen schritt (zurücktreten|zurückgehen) [bevor ich (reagiere|antworte)]',
    'einen schritt zurückgehen',
    'ich (reg|rege) mich [über andere] [immer|so] (gleich|schnell) auf',
    'ich (fahr|fahre) [immer] (gleich|so schnell) aus der haut',
    'ich (werd|werde) [immer] (so schnell|gleich) wütend',
  ),
};
