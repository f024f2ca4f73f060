import { expandPatterns } from '../../tools/models/expand';
import type { SlotTypeSource } from '../types';

/*
 * Wie man in Deutschland nach einem Rückentipp fragt, über das Thema hinaus: der Rücken
 * nebenbei gesagt ("trotz rückenschmerzen", "weil das kreuz weh tut"), der Rücken als eigener
 * Satz ("und mein rücken ist verspannt"), und die Frage danach ("was hilft", "tipp bitte").
 * Die Slots tragen nur die Formulierung; der Handler liest nur das Thema
 * (docs/platform.md, "Interaction model limits").
 *
 * Dazu die Themen in den Formen, die ein Satz verlangt: der Nebensatz mit dem Verb am Ende
 * ("tipp wie ich im alltag aktiv bleibe"), der Infinitiv mit "zu" ("wie schaff ich es aktiv zu
 * bleiben"), wann oder wo der Rücken weh tut ("bei der arbeit", "beim sport"). Eine enge Frage
 * gehört zu dem Thema, dessen Tipps sie beantworten (lambda/locales/de/advice.json): das Kissen
 * zwischen den Knien zum Schlaf, das Aufstehen zwischendurch zur Arbeit. Schmerzen nachts oder
 * im Liegen sind ein Grund für den Arzt (docs/protocol.md, "Red flags") und kein Tippthema.
 */

const words = (...patterns: string[]): string[] => expandPatterns(patterns);

/** The back said along a request, with its preposition; phrasing only. */
export const BACK_SAID_TYPE = 'BackSaid';
/** How the back hurts, said as a sentence of its own; phrasing only. */
export const BACK_HURTS_TYPE = 'BackHurts';
/** What is asked after a situation ("was hilft", "hast du einen tipp"); phrasing only. */
export const WHAT_TO_DO_TYPE = 'WhatToDo';
/** The ask in front of the word for a tip ("gib mir mal", "haben sie mal eben"); phrasing only. */
export const TIP_ASK_TYPE = 'TipAsk';
/** A modal ask whose verb comes after the tip ("können sie mir", "ob sie mir wohl"); phrasing only. */
export const TIP_MODAL_TYPE = 'TipModal';
/** The verb that closes a modal ask ("geben", "sagen könnten"); phrasing only. */
export const TIP_GIVE_TYPE = 'TipGive';

export const germanTipPhrasingTypes: readonly SlotTypeSource[] = [
  {
    name: BACK_SAID_TYPE,
    values: [
      {
        id: 'back',
        name: 'mit rückenschmerzen',
        synonyms: words(
          '(mit|trotz|bei) (rückenschmerzen|kreuzschmerzen|kreuzweh|rückenproblemen|schmerzen|rücken)',
          '(mit|bei) (meinen|den) (rückenschmerzen|kreuzschmerzen)',
          '(mit|bei|wegen) (meinem|dem) (rücken|kreuz|ischias)',
          '(wegen|mit|bei) (meiner|der|meinen|den) (rückenschmerzen|kreuzschmerzen|schmerzen)',
          'wegen (meines|des) (rückens|kreuzes)',
          '(beim|am) (rücken|kreuz)',
          'um (meinen|den) rücken',
          '(fürs|für mein) kreuz',
          'wenn (der|mein) (rücken|kreuz) [so] weh tut',
          'damit (der|mein) rücken nicht [so] (weh tut|leidet)',
          'damit das kreuz nicht [so] weh tut',
          '(mit|bei) (ischias|nem kaputten rücken|einem kaputten rücken)',
          '(wegen|vor lauter) (rückenschmerzen|kreuzweh|schmerzen)',
          'gegen (rückenschmerzen|kreuzschmerzen|schmerzen|die schmerzen)',
          'trotz (der|meiner) schmerzen',
          '(für|gegen) (den|meinen) [unteren] rücken',
          '(dem|meinem) (rücken|kreuz)',
          'für ältere [menschen] mit (rückenschmerzen|rückenproblemen)',
          'und (rücken|rückenschmerzen|kreuzschmerzen)',
          'weil (der|mein) (rücken|kreuz) [so] weh tut',
          'weil ich rücken (hab|habe)',
          'damit (der|mein) rücken nicht (weh tut|leidet)',
          'damit das kreuz nicht weh tut',
        ),
      },
    ],
  },
  {
    name: BACK_HURTS_TYPE,
    values: [
      {
        id: 'hurts',
        name: 'mein rücken tut weh',
        synonyms: words(
          '(mein|der) (rücken|kreuz) tut [mir] [so|schon wieder] weh',
          'mir tut (der rücken|mein rücken|das kreuz|mein kreuz) weh',
          '[ich] (hab|habe) (rücken|rückenschmerzen|kreuzschmerzen|kreuzweh)',
          '(mein|der) rücken (ist [ganz|total] (verspannt|steif)|zwickt|schmerzt|macht nicht mit|macht [sonst] zu|leidet)',
          '[ich] bin [ganz|total] (verspannt|verkrampft)',
          'ist (mein|der) (rücken|kreuz) [ganz] (steif|verspannt)',
          '(mein|der) (rücken|kreuz) ist [ganz|so] hart wie ein brett',
          '(mein|der) (rücken|kreuz) (zieht|macht zu)',
          '(morgens|morgens nach dem aufwachen) ist mein rücken [ganz] steif',
        ),
      },
    ],
  },
  {
    name: WHAT_TO_DO_TYPE,
    values: [
      {
        id: 'ask',
        name: 'was hilft',
        synonyms: words(
          'was (hilft|hilft da|tun|nun)',
          'was (kann|soll) ich [da] (tun|machen) [für meinen rücken]',
          'was (kann|soll) ich für (meinen|den) rücken (tun|machen)',
          'was (mach|mache) ich [da]',
          'was (rätst du mir|raten sie|empfiehlst du|empfehlen sie)',
          'was ist [da] gut für den rücken',
          'was (kannst du|können sie) mir (raten|empfehlen)',
          '(gib mir|gib mal|geben sie mir|hast du|haben sie) (einen|nen) (tipp|rat) [für mich|dabei]',
          'was (hilft denn|würden sie mir raten|empfehlen sie mir)',
          'was (würden sie|würdest du) mir (raten|empfehlen)',
          'was (raten sie|rätst du) mir [da]',
          'was (soll|sollte) ich (beachten|anders machen)',
          '[einen] tipp',
        ),
      },
    ],
  },
  {
    name: TIP_ASK_TYPE,
    values: [
      {
        id: 'ask',
        name: 'gib mir',
        synonyms: words(
          '(gib|geben sie|erzähl|erzählen sie|sag|sagen sie|verrat|verraten sie|nenn|nennen sie) mir [mal|bitte|mal eben|doch mal|noch]',
          'gib mal',
          '(ich hätte gern|ich hätt gern|ich möchte|ich möcht|ich brauch|ich brauche|ich bräuchte|ich will|ich würde gern|ich such|ich suche) [mal|bitte|noch]',
          '(hast du|haben sie|hättest du|hätten sie|kennst du|kennen sie) [mal|mal eben|noch|vielleicht|bitte|denn]',
          '(gibt es|hast du da|haben sie da) [noch|vielleicht]',
          'ich hab rücken gib mir',
        ),
      },
    ],
  },
  {
    name: TIP_MODAL_TYPE,
    values: [
      {
        id: 'modal',
        name: 'kannst du mir',
        synonyms: words(
          '(kannst du|könntest du|können sie|könnten sie|würden sie|würdest du) mir [mal|bitte|mal eben|vielleicht|wohl]',
          'ob (sie|du) mir [mal|bitte|mal eben|vielleicht|wohl]',
          '(ich möchte|ich will|ich würde gern|ich würd gern)',
        ),
      },
    ],
  },
  {
    name: TIP_GIVE_TYPE,
    values: [
      {
        id: 'give',
        name: 'geben',
        synonyms: words('(geben|sagen|verraten|nennen) [könnten|könntest|würden|würdest|kannst|können]', 'hören'),
      },
    ],
  },
];

/**
 * The topic words the sentences need, per topic: clauses with the verb last and "zu"
 * infinitives (for "wie ich ...", "um ... zu"), when or where it hurts (for "mein rücken tut
 * ... weh"), and the narrow questions the topic's tips answer.
 */
export const germanTipTopicPhrases: Readonly<Record<'activity' | 'sleep' | 'work' | 'stress' | 'exercise', readonly string[]>> = {
  activity: words(
    // wie ich ...
    '[im alltag|im ruhestand] [mehr] (bewege|bewegen kann)',
    '[im alltag] (aktiv|beweglich) (bleibe|bleib)',
    '[im alltag] [mehr|wieder] in bewegung komme',
    // ... zu bleiben
    '[im alltag] [mehr] zu bewegen',
    '[im alltag|im ruhestand] [mehr] (aktiv|in bewegung|beweglich) zu sein',
    // wie bleib ich ...
    '(bleib|bleibe) ich (aktiv|beweglich|in bewegung) [im alltag|im ruhestand|im alter]',
    '(bleib|bleibe) ich (im ruhestand|im alter) (aktiv|beweglich)',
    '(aktiv|beweglich|fit)',
    // Ruhe oder Bewegung
    'mich hinlegen wenn (der|mein) rücken weh tut oder [lieber] (bewegen|rumlaufen)',
    '(einkaufen|treppensteigen|spazierengehen|gartenarbeit) und (einkaufen|treppensteigen|spazierengehen|gartenarbeit)',
    '(ich trau|ich traue) mich (kaum|nicht) [mehr] zu bewegen',
    '[im alltag|trotzdem] (mehr|aktiver) (bewegen|laufen|werden)',
    '[im alltag] in bewegung (bleib|bleibe|bleiben|zu bleiben|komme)',
    '[im alltag] aktiver (werd|werde|zu werden)',
    '[im alltag] mehr (lauf|laufe)',
    'mehr bewegung in (den|meinen) (tag|alltag) [bringen]',
    '[im alltag] nicht einroste',
    '[lieber] (mich schonen|schonen|liegen bleiben) oder [lieber] (mich bewegen|bewegen|rausgehen)',
    '[noch] (spazieren gehen|gartenarbeit machen|im garten arbeiten|treppen steigen) [oder (spazieren gehen|gartenarbeit machen|einkaufen gehen)]',
    'ich (beweg|bewege) mich [außer auf der arbeit|außer auf arbeit] (kaum|zu wenig)',
    '(ich sitz|ich sitze) den ganzen tag [nur noch|nur] rum',
    '(ich lieg|ich liege) [abends] nur [noch] auf der couch',
    'ich (fahr|fahre) überall mit dem auto [hin]',
    // wo es weh tut
    '(beim gehen|beim laufen|beim einkaufen|beim treppensteigen|bei der hausarbeit|im haushalt|bei der gartenarbeit|im garten|beim spazierengehen|im alltag)',
  ),
  sleep: words(
    '[besser|gut] (schlafe|einschlafe|durchschlafe|schlafen kann|einschlafen kann)',
    'mich [am besten] (hinlege|hinlegen soll)',
    '[besser|gut] (zu schlafen|einzuschlafen|durchzuschlafen)',
    '(besser|gut|schneller) (einschlafen|durchschlafen)',
    '[mich] [am besten|richtig] hinlegen',
    '(komm|komme) ich [morgens] [gut|besser] aus dem bett',
    'ich (lieg|liege) nachts wach',
    '(zur ruhe|zur ruh|in den schlaf)',
    '[ein|ein festes] kissen (zwischen|unter) den knien [beim schlafen]',
    '(eine|die) (harte|weiche|feste|richtige) matratze',
    '(ne|eine|die|welche) matratze',
    '[am besten|richtig] (liegen|schlafen)',
    '(lieg|liege) ich (richtig|am besten) [im bett]',
    '[gut|besser] durch die nacht',
    '(beim schlafen|beim einschlafen|fürs schlafen|für die nacht)',
    '(auf dem rücken oder auf der seite|auf der seite oder auf dem rücken) (schlafen|liegen)',
    '(morgens nach dem aufstehen|nach dem aufstehen|morgens beim aufstehen|nach dem schlafen|morgens nach dem aufwachen|beim aufstehen)',
  ),
  work: words(
    '[in langen meetings|am schreibtisch|bei der arbeit] [besser|richtig] sitze',
    '[bei der arbeit|im büro|beim sitzen|am schreibtisch|beim sitzen am schreibtisch|zwischendurch] aufstehen',
    '(langem|zu langem) sitzen [am pc|am computer|am schreibtisch|im auto]',
    '(langes|lange) sitzen im auto',
    '(lange autofahrten|autofahren|im auto sitzen)',
    '(ein|einen) (stehschreibtisch|ergonomischen stuhl|guten bürostuhl)',
    '(homeoffice|arbeit) am küchentisch',
    '(dem|meinem) (bürojob|job)',
    'ich hock [den ganzen tag|stundenlang] (am schreibtisch|am computer|im büro)',
    'ich hab (den ganzen tag|stundenlang|(sechs|sieben|acht) stunden) (am laptop|am computer|am schreibtisch) gesessen',
    'ich (helf|helfe) noch im betrieb aus',
    '(ich muss|muss) [im dienst|bei der arbeit] viel (heben|tragen|sitzen)',
    '(heb|hebe) ich (richtig|schwere sachen|patienten|kisten)',
    '(wenn ich|wenn man) viel (sitzen|heben) muss',
    '(meinen|den) (schreibtisch|stuhl|arbeitsplatz) [richtig] (einstellen|einrichten)',
    '(meinen|den) arbeitsplatz rückenfreundlich (einrichte|einrichten)',
    '[richtig] (am schreibtisch|am computer|am pc) sitzen',
    '(rückenfreundliches arbeiten|schreibtischarbeit|die schreibtischarbeit|langen sitzen|vielen sitzen)',
    '(ich sitz|ich hock) (viel|ständig|stundenlang) (am tisch|am pc|an der nähmaschine)',
    '(im job|auf der arbeit|am rechner|am bildschirm|am laptop|bei der schreibtischarbeit|bei der bildschirmarbeit|beim arbeiten am laptop|beim arbeiten am computer|beim langen sitzen|vom vielen sitzen|nach (acht|sechs) stunden sitzen)',
    '(bei der arbeit|im büro|am schreibtisch|beim sitzen|vom sitzen|vom langen sitzen|am computer|am pc|vom sitzen am pc|nach der arbeit|im homeoffice|beim heben|beim tragen)',
  ),
  stress: words(
    '[besser] (runterkomme|abschalte|abschalten kann|mich entspanne|ruhiger werde|locker bleibe)',
    '(runterkomme|abschalte) wenn ich (angespannt|gestresst) bin',
    '[besser] mit stress (umgehe|umgehen kann)',
    'den stress loswerde',
    '[besser] (runterzukommen|abzuschalten|mich zu entspannen|mit stress umzugehen)',
    '[wenn ich] (angespannt|gestresst) bin',
    'ich mich aufrege',
    'der stress mir (in den|auf den) rücken (geht|fährt)',
    '[den] stress der mir (in den rücken|in nacken und rücken) (geht|schlägt)',
    '(werd|werde) ich den stress los der mir in den rücken (geht|schlägt)',
    '(der stress|die aufregung|der ärger) (geht|schlägt) mir (auf den|in den) rücken',
    'ich bin [ganz] (verspannt|verkrampft) (vom ärger|vor lauter stress)',
    '(ich bin|bin) angespannt wie ein flitzebogen',
    '(ich bin|bin) mit den nerven (fertig|am ende)',
    'ich mach mir [so] viele (gedanken|sorgen)',
    'ich (hab|habe) [so] viele sorgen',
    '(stress|anspannung) und (verspannungen|verspannung|rückenschmerzen|stress|anspannung)',
    '[den] stress abbauen',
    '(abbauen von stress|stress abbauen)',
    '(werd|werde|krieg|kriege) ich die (anspannung|verspannung) (los|aus dem rücken)',
    'die (anspannung|verspannung) [durch stress] (loswerde|loswerd)',
    'ich (steh|stehe|bin) voll unter strom',
    '(die|meine) innere (unruhe|anspannung)',
    '[besser] mit stress (umgeh|umgehen)',
    'bei stress (lockerer|ruhiger|gelassener) (werden|bleiben)',
    '(ruhiger|lockerer) (werd|werde)',
    'der stress (auf den rücken schlägt|sich im rücken festsetzt)',
    '(wenn ich|bei) (gestresst bin|stress hab|stress habe|nervös bin|mich aufreg|mich aufrege)',
    'bei stress (locker|ruhig|gelassen) bleiben',
    '(lös|löse) ich die anspannung (nach einem stressigen tag|nach der arbeit|nach einem langen tag)',
    '(bei stress|vor lauter stress|wenn ich gestresst bin|wenn ich mich aufrege|vom ärger|vor aufregung|vom stress|wenn ich sorgen habe|wenn ich angespannt bin)',
  ),
  exercise: words(
    '(yoga|gymnastik|nordic walking|krafttraining|rückengymnastik|wassergymnastik|pilates|tai chi|rückenübungen|dehnübungen|fitness) machen',
    '(schwimmen|joggen|walken) gehen',
    '[wieder] mit (sport|dem training) anfange',
    '[richtig] trainiere',
    'meine übungen (mache|machen soll)',
    'meine übungen (vom physiotherapeuten|von der physio) machen',
    'den übungen vom (physiotherapeuten|physio)',
    '(gymnastikübungen|übungen|sportarten)',
    '(joggen|radfahren|schwimmen|schwimmen gehen|noch schwimmen gehen) [oder (joggen|radfahren)]',
    'meine übungen (von der krankengymnastik|vom krankengymnast|vom physiotherapeuten|von der physio) (machen|weitermachen)',
    '(meinen|den) rücken (stärken|kräftigen|trainieren)',
    '(kräftigung der rückenmuskeln|rückenmuskeln stärken)',
    'ich (möchte|möcht|will|würde gern) [wieder] (sport machen|meine rückenmuskeln trainieren|trainieren)',
    '(beim sport|nach dem sport|beim training|nach dem training|beim joggen|bei der gymnastik|beim yoga|beim schwimmen|nach dem yoga|bei den übungen|nach den übungen)',
  ),
};
