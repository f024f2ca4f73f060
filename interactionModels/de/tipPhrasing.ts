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
          'damit (der|mein) rücken [nachts] nicht (weh tut|leidet)',
          'damit das kreuz [nachts] nicht weh tut',
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
          'was ist da gut für den rücken',
          '(hast du|haben sie) (einen|nen) (tipp|rat) [dabei|für den rücken dabei]',
          '[einen] tipp',
        ),
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
    '[mich] (schonen|hinlegen) oder [lieber] (bewegen|rumlaufen)',
    'mich hinlegen wenn (der|mein) rücken weh tut oder [lieber] (bewegen|rumlaufen)',
    '(einkaufen|treppensteigen|spazierengehen|gartenarbeit) und (einkaufen|treppensteigen|spazierengehen|gartenarbeit)',
    '(ich trau|ich traue) mich (kaum|nicht) [mehr] zu bewegen',
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
    '(beim sport|nach dem sport|beim training|nach dem training|beim joggen|bei der gymnastik|beim yoga|beim schwimmen|nach dem yoga|bei den übungen|nach den übungen)',
  ),
};
