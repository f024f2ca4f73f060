import { IntentNames, SlotNames, SlotTypes } from '../../lambda/constants';
import type { IntentSource, SlotTypeSource } from '../types';

/*
 * Schmerzende Bereiche und die sanfte Übung für schlechte Tage (docs/protocol.md, "Painful
 * areas"). Warnzeichen (Taubheit, Schwäche, Kribbeln, ein Sturz, Schmerzen, die schlimmer
 * werden) bleiben bei WhenToSeeDoctorIntent und UrgentSymptomIntent. German inflects, so the
 * region synonyms carry the nominative, accusative and dative forms.
 */
const HEUTE = '[heute|heute so|gerade|wieder|so|seit gestern]';
/** Subject and verb agree: "mein Rücken ist", "die Schultern sind", "das Knie ist". */
const IST = '((mein|der|das) {region} ist|(meine|die) {region} (ist|sind))';
const TUT = '((mein|der|das) {region} tut|(meine|die) {region} (tut|tun))';
const DEN = '[den|die|meinen|meine|das]';
/** Where it hurts: "im Kreuz", "in der Schulter", "in den Beinen", "am Knöchel", "an der Hüfte". */
const IM = '(im|in der|in den|am|an der)';
const HABE = '(habe|hab)';

export const germanRegionType: SlotTypeSource = {
  name: SlotTypes.Region,
  values: [
    { id: 'neck', name: 'nacken', synonyms: ['genick', 'halswirbelsäule', 'nackenbereich', 'steifer hals', 'steifen hals', 'steifer nacken', 'steifen nacken', 'nackenschmerzen', 'nackenverspannung'] },
    { id: 'shoulders', name: 'schultern', synonyms: ['schulter', 'linke schulter', 'rechte schulter', 'linken schulter', 'rechten schulter', 'schulterblatt', 'schulterblätter', 'schulterblättern', 'schulterschmerzen'] },
    { id: 'upperBack', name: 'oberer rücken', synonyms: ['oberen rücken', 'obere rücken', 'brustwirbelsäule', 'zwischen den schulterblättern', 'mittlerer rücken', 'mittleren rücken'] },
    { id: 'lowerBack', name: 'unterer rücken', synonyms: ['unteren rücken', 'untere rücken', 'rücken', 'kreuz', 'lendenwirbelsäule', 'lendenbereich', 'steißbein', 'kreuzbein', 'ganze rücken', 'ganzen rücken', 'rückenschmerzen', 'kreuzschmerzen', 'kreuzweh', 'rückenweh', 'hexenschuss', 'ischias', 'ischiasnerv'] },
    { id: 'arms', name: 'arme', synonyms: ['arm', 'armen', 'linker arm', 'rechter arm', 'linken arm', 'rechten arm', 'ellbogen', 'ellenbogen', 'handgelenk', 'handgelenke', 'hand', 'hände', 'händen', 'finger', 'unterarm', 'oberarm'] },
    { id: 'hips', name: 'hüften', synonyms: ['hüfte', 'linke hüfte', 'rechte hüfte', 'linken hüfte', 'rechten hüfte', 'gesäß', 'po', 'leiste', 'becken', 'hüftschmerzen'] },
    { id: 'legs', name: 'beine', synonyms: ['bein', 'beinen', 'linkes bein', 'rechtes bein', 'linken bein', 'rechten bein', 'oberschenkel', 'knie', 'knien', 'knieschmerzen', 'waden', 'wade'] },
    { id: 'feet', name: 'füße', synonyms: ['fuß', 'füßen', 'linker fuß', 'rechter fuß', 'linken fuß', 'rechten fuß', 'knöchel', 'ferse', 'fersen', 'zehen'] },
  ],
};

export const germanPainfulAreaIntents: readonly IntentSource[] = [
  {
    name: IntentNames.SetPainfulArea,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      `${TUT} [mir] ${HEUTE} weh`,
      '(mir (tut|tun) [heute|gerade|wieder|so]|heute (tut|tun) mir [wieder|so]) (der|die|das|mein|meine) {region} weh',
      `${IST} [heute|heute so|gerade|wieder|so] (verspannt|verkrampft|steif|empfindlich|blockiert|schmerzhaft)`,
      '((mein|der|das) {region} (schmerzt|zwickt)|(meine|die) {region} (schmerzt|schmerzen|zwickt|zwicken)) [heute|gerade|wieder|so]',
      `ich ${HABE} [heute|gerade|wieder] (schmerzen|probleme|beschwerden|verspannungen) ${IM} {region}`,
      // Wer den Bereich nennt, will ihn geschont haben: das geht vor "ich habe heute starke Schmerzen" (sanfte Übung).
      `ich ${HABE} [heute|gerade] (starke|schlimme|so) schmerzen ${IM} {region}`,
      // "Ich hab Rücken", "ich habe Rückenschmerzen", "ich habe einen steifen Nacken", "ich habe einen Hexenschuss".
      `ich ${HABE} [heute|gerade|wieder] [einen|starke|so] {region}`,
      `(ich ${HABE} (es|das)|ich hab's) [heute|wieder] ${IM} {region}`,
      `es (zieht|zwickt|sticht) [heute|wieder|so] ${IM} {region}`,
      `(lass|lassen sie|bitte lass) ${DEN} {region} [heute|bitte] (aus|weg|in ruhe)`,
      `(schone|schonen sie|sei vorsichtig mit|sei sanft zu|vorsicht mit) [den|die|meinen|meine|meinem|meiner|dem|der] {region} [heute|bitte]`,
      `(spann|spanne|spannen sie) ${DEN} {region} [heute|bitte] nicht an`,
      `${DEN} {region} [heute|bitte] nicht anspannen`,
      '[heute] ist es [wieder] (der|die|das|mein|meine) {region}',
      // Kurze Antworten auf "Welchen Bereich soll ich schonen?": immer mit Artikel oder Präposition, nie der Bereich allein.
      '(mein|meine|meinen|der|die|das|den) {region}',
      `[unten|oben] ${IM} {region}`,
    ],
  },
  {
    name: IntentNames.ClearPainfulAreas,
    slots: [{ name: SlotNames.Region, type: SlotTypes.Region }],
    samples: [
      "(meinem|meinen|meiner|dem|der|den) {region} (geht es|geht's) [heute|jetzt|wieder] [viel|etwas] besser",
      'es geht (meinem|meinen|meiner|dem|der|den) {region} [heute|jetzt|wieder] [viel|etwas] besser',
      `${IST} [jetzt|heute] [wieder] (besser|gut|in ordnung|okay)`,
      `${TUT} [mir] [heute|jetzt] nicht mehr [so] weh`,
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
      '(was weißt du|was wissen sie) [eigentlich|denn|noch] über (meinen|meine|mein|den|die) {region}',
      '(was lässt du|was lassen sie|was schonst du|was schonen sie) [gerade|heute] aus',
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
      `ich ${HABE} heute (starke|große|schlimme|viele|sehr starke|ziemlich starke) schmerzen`,
      `ich ${HABE} (gerade|im moment) (starke|große|schlimme|sehr starke) schmerzen`,
      '(ich habe|ich hab|heute ist) (einen schlechten tag|ein schlechter tag|einen schlimmen tag|ein schlimmer tag)',
      '(mir tut|heute tut|es tut) [heute] alles weh',
      'ich kann heute nicht anspannen',
      '(etwas|eine übung) für (einen schlechten tag|schlechte tage)',
      // Nach der Art gefragt, wie ein Tester es sagte.
      '[heute] [lieber] (was|etwas) (sanftes|leichtes) [bitte]',
      '(ich habe|ich hab) [heute] starke schmerzen [bitte] (was|etwas) sanftes',
      `ich ${HABE} (starke|große|schlimme|sehr starke) schmerzen`,
      '(gibt es|hast du|haben sie) (eine sanftere|eine sanfte|eine leichtere) (übung|entspannung|variante)',
    ],
  },
];
