import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Schmerzende Bereiche und die sanfte Übung für schlechte Tage (docs/protocol.md, "Painful
 * areas"). Warnzeichen (Taubheit, Schwäche, Kribbeln, ein Sturz, Schmerzen, die schlimmer
 * werden) bleiben bei WhenToSeeDoctorIntent und UrgentSymptomIntent. German inflects, so the
 * region synonyms carry the nominative, accusative and dative forms.
 */
const HEUTE = '[heute|gerade|im moment|seit gestern|wieder|ein bisschen|etwas]';
const MEIN = '(mein|meine|der|die)';
const DEN = '[den|die|meinen|meine|das]';

export const germanRegionType: SlotTypeSource = {
  name: SlotTypes.Region,
  values: [
    { id: 'neck', name: 'nacken', synonyms: ['hals', 'genick', 'halswirbelsäule', 'hinterkopf', 'nackenbereich'] },
    { id: 'shoulders', name: 'schultern', synonyms: ['schulter', 'linke schulter', 'rechte schulter', 'linken schulter', 'rechten schulter', 'schulterblatt', 'schulterblätter', 'schulterblättern'] },
    { id: 'upperBack', name: 'oberer rücken', synonyms: ['oberen rücken', 'obere rücken', 'brustwirbelsäule', 'zwischen den schulterblättern', 'mittlerer rücken', 'mittleren rücken'] },
    { id: 'lowerBack', name: 'unterer rücken', synonyms: ['unteren rücken', 'untere rücken', 'rücken', 'kreuz', 'lendenwirbelsäule', 'lendenbereich', 'steißbein', 'kreuzbein', 'ganze rücken', 'ganzen rücken'] },
    { id: 'arms', name: 'arme', synonyms: ['arm', 'armen', 'linker arm', 'rechter arm', 'linken arm', 'rechten arm', 'ellbogen', 'ellenbogen', 'handgelenk', 'handgelenke', 'hand', 'hände', 'händen', 'finger', 'unterarm', 'oberarm'] },
    { id: 'hips', name: 'hüften', synonyms: ['hüfte', 'linke hüfte', 'rechte hüfte', 'linken hüfte', 'rechten hüfte', 'gesäß', 'po', 'leiste', 'becken', 'ischias'] },
    { id: 'legs', name: 'beine', synonyms: ['bein', 'beinen', 'linkes bein', 'rechtes bein', 'linken bein', 'rechten bein', 'oberschenkel', 'knie', 'waden', 'wade'] },
    { id: 'feet', name: 'füße', synonyms: ['fuß', 'füßen', 'linker fuß', 'rechter fuß', 'linken fuß', 'rechten fuß', 'knöchel', 'ferse', 'fersen', 'zehen'] },
  ],
};

export const germanPainfulAreaIntents: readonly IntentSource[] = [
  {
    name: IntentNames.SetPainfulArea,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      `${MEIN} {region} (tut|tun) ${HEUTE} weh`,
      `${MEIN} {region} (ist|sind) ${HEUTE} (verspannt|verkrampft|steif|schmerzhaft|empfindlich|gereizt|blockiert)`,
      `${MEIN} {region} (schmerzt|schmerzen|zwickt|zwicken) ${HEUTE}`,
      'ich habe [heute|gerade|im moment] (schmerzen|probleme|beschwerden|verspannungen) (im|in der|in den|am|an den|an der) {region}',
      `(lass|lassen sie|bitte lass) ${DEN} {region} [heute|bitte] (aus|weg|in ruhe)`,
      `(schone|schonen sie|sei vorsichtig mit|sei sanft zu|vorsicht mit) [den|die|meinen|meine|meinem|meiner|dem|der] {region} [heute|bitte]`,
      `(spann|spanne|spannen sie) ${DEN} {region} [heute|bitte] nicht an`,
      `${DEN} {region} [heute|bitte] nicht anspannen`,
      `(es ist|heute ist es) ${DEN} {region}`,
      `${MEIN} {region}`,
    ],
  },
  {
    name: IntentNames.ClearPainfulAreas,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      '(meinem|meinen|meiner|dem|den|der) {region} geht es [heute|jetzt|wieder] [viel|etwas] besser',
      `${MEIN} {region} (ist|sind) [jetzt|heute] wieder (besser|gut|in ordnung|okay)`,
      `${MEIN} {region} (tut|tun) [heute|jetzt] nicht mehr weh`,
      `[du kannst|bitte] ${DEN} {region} wieder anspannen`,
      `(spann|spanne) ${DEN} {region} wieder an`,
      '(vergiss|lösche|streiche) [das mit] [meinem|meinen|meine|dem|den|die|der] {region}',
      '[bitte] [wieder] alles anspannen',
      '(spann|spanne) wieder alles an',
      '(wieder|zurück) (normal|wie immer|wie gewohnt)',
      '(es tut|mir tut) nichts mehr weh',
      'nichts tut mehr weh',
      '(lass|lasse) nichts mehr aus',
      '(vergiss|lösche) [alle] meine (schmerzenden bereiche|schmerzstellen)',
    ],
  },
  {
    name: IntentNames.ListPainfulAreas,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      'was weißt du über (meinen|meine|mein|den|die) {region}',
      'was (weißt du|hast du dir gemerkt|hast du notiert) über meine schmerzen',
      'welche (bereiche|körperteile|stellen) (lässt du aus|schonst du|hast du notiert|hast du dir gemerkt)',
      '(welche|was für) (bereiche|körperteile) (tun mir weh|habe ich dir genannt)',
      '(schonst du|lässt du) (meinen|meine|den|die) {region} [aus]',
      'wo tut es mir weh',
    ],
  },
  {
    name: IntentNames.StartGentle,
    slots: [{ name: SlotNames.Length, type: SlotTypes.Length }],
    samples: [
      '[starte|mach|spiel|gib mir|ich möchte|ich will|ich hätte gern|lass uns] [eine|die] [{length}] sanfte (übung|entspannung|muskelentspannung|variante|version|runde) [machen|bitte|heute]',
      '[eine|die] [{length}] (entspannung|übung) ohne anspannen [bitte]',
      'ich habe heute (starke|große|schlimme|viele|sehr starke|ziemlich starke) schmerzen',
      'ich habe (gerade|im moment) (starke|große|schlimme|sehr starke) schmerzen',
      '(ich habe|heute ist) (einen schlechten tag|ein schlechter tag|einen schlimmen tag|ein schlimmer tag)',
      '(mir tut|heute tut|es tut) [heute] alles weh',
      'ich kann heute nicht anspannen',
      '(etwas|eine übung) für (einen schlechten tag|schlechte tage)',
    ],
  },
];
