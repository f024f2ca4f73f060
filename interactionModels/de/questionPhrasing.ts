import { expandPatterns } from '../../tools/models/expand';
import type { SlotTypeSource } from '../types';

/*
 * Fragen, wie man sie in Deutschland stellt, über die Muster in de.ts hinaus: wer davon
 * erzählt hat, bevor man fragt, was das ist ("mein arzt hat mir ... empfohlen, was ist das
 * genau", "alle reden von ...", "meine kollegin schwört auf ..."). Der Slot trägt nur die
 * Formulierung (docs/platform.md, "Interaction model limits").
 */

const words = (...patterns: string[]): string[] => expandPatterns(patterns);

/** Who spoke of the thing before the question; phrasing only. */
export const HEARD_OF_TYPE = 'HeardOf';

export const germanQuestionPhrasingTypes: readonly SlotTypeSource[] = [
  {
    name: HEARD_OF_TYPE,
    values: [
      {
        id: 'heard',
        name: 'mein arzt hat mir',
        synonyms: words(
          '(mein arzt|meine ärztin|mein hausarzt|mein physiotherapeut|meine physiotherapeutin|meine kollegin|mein kollege|meine tochter|eine freundin|jemand) hat [mir]',
          'alle reden (von|über)',
          '(ich höre|ich hör|man hört) [jetzt] überall [von]',
          'ich (kenn|kenne) (die|das|keine|keinen)',
          '(meine kollegin|mein kollege|meine tochter|eine freundin|meine nachbarin) schwört auf',
        ),
      },
    ],
  },
];

/** Conditions said after "bei" or "nach" ("bei psychischen problemen", "nach einem trauma"), and a history said first. */
export const germanMoreConditions: readonly string[] = words(
  '(psychischen problemen|psychischen erkrankungen|einer depression|depressionen|einem trauma|einem schlimmen erlebnis|einer psychose|angststörungen|panikattacken|einer traumatherapie)',
  '(ich hab|ich habe|ich hatte) [mal] (ne|eine) (traumatherapie|psychotherapie|therapie) (gemacht|hinter mir)',
  'ich (nehm|nehme) tabletten gegen (depression|depressionen|angst)',
  'ich hatte mal (eine schwere zeit|ne schwere zeit|probleme) mit (angst|depressionen)',
);

/** Where a course is: near by, or a city said by name ("in köln", "hier in stuttgart"); phrasing only. */
export const PLACE_TYPE = 'CoursePlace';

/** How a question about a course begins ("wo finde ich", "gibt es da"); phrasing only. */
export const FIND_TYPE = 'CourseFind';

export const germanFindType: SlotTypeSource = {
  name: FIND_TYPE,
  values: [
    {
      id: 'find',
      name: 'wo finde ich',
      synonyms: words('(gibt es|wo gibt es|wo finde ich|wo find ich|wie finde ich|wie find ich|wo bekomme ich|welche|wo kann ich|kennst du|kennen sie) [da]'),
    },
  ],
};

export const germanPlaceType: SlotTypeSource = {
  name: PLACE_TYPE,
  values: [
    {
      id: 'place',
      name: 'in meiner nähe',
      synonyms: words(
        '(hier|in der nähe|hier in der nähe|in meiner nähe|in meiner stadt|bei mir|vor ort|hier bei uns|online|im internet)',
        '[hier] in (berlin|hamburg|münchen|köln|frankfurt|stuttgart|düsseldorf|dortmund|essen|leipzig|bremen|dresden|hannover|nürnberg|bonn|mannheim|karlsruhe|augsburg|freiburg) [oder so]',
      ),
    },
  ],
};

/*
 * Die Frage nach dem Arzt, wie man sie stellt (docs/protocol.md, "Red flags"): wohin ("zum
 * doc", "in die notaufnahme", "einen arzt anrufen"), wie ernst ("was ernstes", "nicht mehr
 * normal"), nach welchen Zeichen ("alarmzeichen", "symptomen"), und wie man es merkt ("woran
 * erkenne ich", "ob sie mir sagen könnten"). Die Slots tragen nur die Formulierung.
 */

/** Where to go or whom to call about the back; phrasing only. */
export const DOCTOR_VISIT_TYPE = 'DoctorVisit';
/** How serious the back might be ("was ernstes", "nicht mehr normal"); phrasing only. */
export const SERIOUS_TYPE = 'Serious';
/** The word for a warning sign, as the question needs it; phrasing only. */
export const WARNING_SIGNS_TYPE = 'WarningSigns';
/** How one asks to be told ("woran merke ich", "ob sie mir sagen könnten"); phrasing only. */
export const HOW_TO_TELL_TYPE = 'HowToTell';

export const germanDoctorPhrasingTypes: readonly SlotTypeSource[] = [
  {
    name: DOCTOR_VISIT_TYPE,
    values: [
      {
        id: 'doctor',
        name: 'zum arzt',
        synonyms: words(
          '[da|damit|lieber|sofort|gleich|mal] (zum (arzt|doc|doktor|orthopäden|hausarzt|facharzt)|zur (ärztin|hausärztin)|in die notaufnahme|ins krankenhaus) [gehen]',
          '[lieber|sofort] (einen arzt|den arzt|den hausarzt|einen orthopäden|den notarzt|einen krankenwagen) (aufsuchen|anrufen|rufen)',
          '(ärztliche hilfe|hilfe vom arzt) (holen|suchen|in anspruch nehmen)',
          'den (rücken|schmerz) (untersuchen|abklären|anschauen) lassen',
        ),
      },
    ],
  },
  {
    name: SERIOUS_TYPE,
    values: [
      {
        id: 'serious',
        name: 'gefährlich',
        synonyms: words(
          '[wirklich|richtig] (gefährlich|bedenklich|ernst|schlimm|ein notfall|ein fall für den arzt|ein fall für den doktor|ein fall fürs krankenhaus)',
          '(was|etwas) (ernstes|schlimmes|gefährliches|ernsthaftes)',
          'nicht mehr (normal|harmlos)',
          '[ein] (alarmzeichen|warnzeichen)',
          'mehr als (normale|harmlose|gewöhnliche|ganz normale) (rückenschmerzen|kreuzschmerzen|schmerzen|verspannungen)',
        ),
      },
    ],
  },
  {
    name: WARNING_SIGNS_TYPE,
    values: [
      {
        id: 'signs',
        name: 'warnzeichen',
        synonyms: words(
          '[gefährlichen|gefährliche|bedenklichen|bedenkliche|ernsten|ernste] (warnzeichen|alarmzeichen|warnsignale|warnsignalen|alarmsignale|alarmsignalen|anzeichen|symptome|symptomen|beschwerden|rückenbeschwerden|zeichen|red flags|gefahrenzeichen)',
        ),
      },
    ],
  },
  {
    name: HOW_TO_TELL_TYPE,
    values: [
      {
        id: 'tell',
        name: 'woran merke ich',
        synonyms: words(
          '(woran|wie) (merke|merk|erkenne|erkenn|sehe|seh) ich',
          '(woran|wie) (merkt|erkennt|sieht) man',
          '(woher|wie) (weiß|weiss) ich',
          '(sag|sagen sie|erklär|erklären sie) [mir] [mal|mal eben] [bitte]',
          '(kannst du|können sie|könnten sie|könntest du) mir [mal|mal eben] [bitte] (sagen|erklären)',
          'ob (sie|du) mir [mal|mal eben] [bitte] (sagen|erklären) (könnten|könntest|können|kannst)',
          'ich (möchte|will|würde gern|hätte gern) wissen',
          '(sag|sagen sie) [mal] ehrlich',
          '(sag|sagen sie) mal',
          '(erzähl|erzählen sie) mir [mal|bitte]',
          '(mal ehrlich|ehrlich gesagt|ich bin skeptisch|ich hab schon so viel probiert|ich habe schon alles probiert)',
        ),
      },
    ],
  },
];

/*
 * "Was ist ...", wie es beginnt ("was genau ist", "worum gehts bei", "was ist der sinn von"),
 * als Slot: ein Muster deckt jeden Anfang (docs/platform.md, "Interaction model limits").
 * Und was man zur Muskelentspannung sagt, wenn man sie nicht beim Namen nennt ("das anspannen
 * und loslassen", "diese muskelentspannung").
 */

/** How a "what is" question begins; phrasing only. */
export const WHAT_LEAD_TYPE = 'WhatLead';
/** The relaxation as named in a question about it, beyond its names; phrasing only. */
export const PMR_SAID_TYPE = 'PmrSaid';

export const germanWhatIsTypes: readonly SlotTypeSource[] = [
  {
    name: WHAT_LEAD_TYPE,
    values: [
      {
        id: 'what',
        name: 'was ist',
        synonyms: words(
          '(was|was genau|was eigentlich) (ist|bedeutet|heißt|macht man bei|passiert bei|macht|bringt) [denn|eigentlich|genau]',
          'was ist denn',
          '(wie|wie genau) (funktioniert|wirkt|geht|macht man|läuft) [denn|eigentlich]',
          '(was steckt|was ist die idee|was ist das prinzip|was ist der gedanke|was ist der sinn) hinter',
          'was ist (das prinzip|der sinn|die idee) (von|vom|der|des)',
          '(worum geht es|worum gehts|um was geht es) [denn|eigentlich] bei',
          '(was ist|was ist denn) das mit',
          'was ist das für (eine methode|ein ding)',
          '(erklär|erklären sie|erzähl|erzählen sie) [mir] [mal|bitte|mal eben] [was über|kurz]',
          '(definier|definiere) [mal]',
        ),
      },
    ],
  },
  {
    name: PMR_SAID_TYPE,
    values: [
      {
        id: 'pmr',
        name: 'diese muskelentspannung',
        synonyms: words(
          '(diese|dieser|diesen) [progressive|progressiven] (muskelentspannung|muskelrelaxation|methode|entspannung|pmr)',
          '[das|dem|vom|beim] [muskeln] anspannen und [wieder] (loslassen|entspannen|lockerlassen)',
          '(dem|das) muskeln anspannen',
          'progressiver (muskelentspannung|muskelrelaxation)',
          'der progressiven (muskelentspannung|muskelrelaxation)',
        ),
      },
    ],
  },
];

/** What the doubter calls it ("hokuspokus", "einbildung"); phrasing only. */
export const DOUBT_TYPE = 'Doubt';

export const germanDoubtType: SlotTypeSource = {
  name: DOUBT_TYPE,
  values: [{ id: 'doubt', name: 'einbildung', synonyms: words('(hokuspokus|esoterik|humbug|gerede|quatsch|unsinn|placebo|kokolores)') }],
};

/** Over what time progress is asked ("diesen monat", "bis jetzt", "seit ich angefangen habe"); phrasing only. */
export const PERIOD_TYPE = 'PracticePeriod';

export const germanPeriodType: SlotTypeSource = {
  name: PERIOD_TYPE,
  values: [
    {
      id: 'period',
      name: 'bisher',
      synonyms: words(
        '[schon] (bisher|insgesamt|bis jetzt|bis heute|überhaupt|in letzter zeit|diese woche|diesen monat|letzte woche|letzten monat|heute|seit ich angefangen (habe|hab)) [schon]',
        'schon',
        'schon alles',
      ),
    },
  ],
};

/** What was practised, said done ("die übungen schon gemacht", "meditiert"); phrasing only. */
export const DONE_TYPE = 'PracticeDone';

export const germanDoneType: SlotTypeSource = {
  name: DONE_TYPE,
  values: [
    {
      id: 'done',
      name: 'geübt',
      synonyms: words(
        '[(die|meine) (übungen|übung|muskelentspannung|meditation|entspannung)] [schon|bisher] (geübt|gemacht|meditiert|trainiert|entspannt)',
        '(muskelentspannung|meditation|übungen) (gemacht|geübt)',
      ),
    },
  ],
};

/** When a daily reminder comes ("jeden tag", "jeden mittag", "immer"); phrasing only, the time is AMAZON.TIME. */
export const DAILY_TYPE = 'ReminderDaily';
/** How one asks to set a reminder ("richten sie mir bitte", "stell mir mal"); phrasing only. */
export const SET_REMINDER_TYPE = 'ReminderSet';

/** How one tells the reminders to stop ("deaktivieren sie bitte", "stell ... ab"); phrasing only. */
export const REMINDER_STOP_TYPE = 'ReminderStop';

export const germanReminderTypes: readonly SlotTypeSource[] = [
  {
    name: REMINDER_STOP_TYPE,
    values: [
      {
        id: 'stop',
        name: 'lösch',
        synonyms: words(
          '(lösche|lösch|löschen sie|entferne|entfern|entfernen sie|beende|beenden sie|stoppe|stopp|stoppen sie|streich|streiche|streichen sie|deaktiviere|deaktivier|deaktivieren sie|storniere|stornier|stornieren sie|kündige|kündigen sie) [bitte|mal|mal eben]',
          '(schalt|schalte|schalten sie|mach|machen sie|stell|stellen sie) [bitte|mal]',
        ),
      },
    ],
  },
  {
    name: DAILY_TYPE,
    values: [
      {
        id: 'daily',
        name: 'jeden tag',
        synonyms: words('(jeden tag|täglich|jeden morgen|jeden abend|jeden mittag|jeden vormittag|jeden nachmittag|morgens|abends|mittags|immer|werktags|jeden tag immer)'),
      },
    ],
  },
  {
    name: SET_REMINDER_TYPE,
    values: [
      {
        id: 'set',
        name: 'stell mir',
        synonyms: words('(stelle|stell|stellen sie|richte|richten sie|leg|legen sie|mach|machen sie|setz|setzen sie) [mir] [bitte|mal|mal eben]'),
      },
    ],
  },
];

/** What comes before a tension rating ("ich würd sagen", "so ungefähr bei", "also"); phrasing only. */
export const RATE_LEAD_TYPE = 'RateLead';

export const germanRateLeadType: SlotTypeSource = {
  name: RATE_LEAD_TYPE,
  values: [
    {
      id: 'lead',
      name: 'ich würde sagen',
      synonyms: words(
        '(anspannung|meine anspannung|ich würde sagen|ich würd sagen|ich würd mal sagen|ich würd mal sagen so|ich sag mal|ich schätze|ich schätze mal|ich schätz mal|eher so|so|etwa|ungefähr|so ungefähr|vielleicht|heute nur|also|so etwa|so mit)',
        '(ich bin|ich bin heute|ich bin gerade|ich bin jetzt|ich bin so|ich bin heute so|ich liege|so|etwa|ungefähr) bei',
        '(ich bin auf|ich fühl mich wie|ich fühle mich wie)',
        '[so] (eine|ne|ner|einer)',
        '[so|etwa|ungefähr] bei [einer|ner]',
        'so mit',
      ),
    },
  ],
};
