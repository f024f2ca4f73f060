import { IntentNames } from '../../lambda/constants';
import type { IntentSource } from '../types';

/*
 * Schmerz oder ein Krampf mitten in der Übung ("aua, das tut weh"): the skill stops as for a
 * pause and says so kindly (lambda/handlers/ItHurtsIntentHandler.ts). An area named ("mein
 * Nacken tut weh") is SetPainfulAreaIntent's; "ich hab starke Schmerzen" starts the gentle
 * practice; danger signs stay with the red-flag intents. A bare "das zieht" is not here: the leg
 * steps say what to do when it pulls (lambda/locales/de/pmr.json).
 */
const AU = '(au|aua|autsch|aua aua|au weh|auweia|oje)';
/** "Oh" only in front of the pain said, never alone. */
const AU_OR_OH = '(au|aua|autsch|au weh|auweia|oje|oh)';
const TUT_WEH =
  '(das tut [mir] [so|sehr|jetzt] weh|es tut [so|sehr] weh|das tut zu sehr weh|tut weh|mir tut das weh|das schmerzt|das hat [jetzt] wehgetan|(da|jetzt) hat es (gestochen|gezwickt))';
const STOPP = '[hör auf|aufhören|stopp|ich muss aufhören|ich kann nicht mehr]';
const CRAMP = '(einen krampf|nen krampf)';
const CRAMP_WHERE = '[im (bein|fuß|oberschenkel|zeh|rücken|bauch)|in der (wade|hand|fußsohle)|in den (zehen|fingern)]';

export const germanItHurtsIntent: IntentSource = {
  name: IntentNames.ItHurts,
  samples: [
    AU,
    `${AU_OR_OH} ${TUT_WEH}`,
    `${TUT_WEH} ${STOPP}`,
    `${AU} ${STOPP}`,
    `(hör auf|stopp|moment|warte mal) ${TUT_WEH}`,
    `(ich hab|ich habe|ich kriege|ich krieg|ich bekomme) ${CRAMP} ${CRAMP_WHERE}`,
    '(oh|au|aua) (ich krieg|ich kriege|ich hab) (nen|einen) krampf [im fuß|im bein|in der wade]',
    // "Au, mein Kreuz": mitten in der Übung heißt das anhalten.
    `${AU_OR_OH} (mein kreuz|mein rücken|mein nacken|mein bein|mein fuß|meine schulter) [tut weh]`,
    '(au|aua) (das|es) zieht im (kreuz|rücken)',
    '(das|es) (zieht|sticht) (im kreuz|im rücken) [und] (das tut weh|es tut weh|das tut so weh)',
    '(ich hab|ich habe|ich kriege) (einen wadenkrampf|nen wadenkrampf)',
    `[au|aua] (krampf|ein krampf) ${CRAMP_WHERE}`,
    '[au|aua] [ein] wadenkrampf',
    '[au|aua] das krampft [so|jetzt]',
    '(mein bein|meine wade|mein fuß|mein zeh|meine hand|mein oberschenkel) (krampft|verkrampft sich)',
    '(meine zehen|meine waden|meine beine) (krampfen|verkrampfen sich)',
    `${AU} (das|es) (sticht|zwickt) [so|sehr]`,
    '(das|es) (sticht|zwickt) (so|zu sehr|so sehr) [stopp|hör auf]',
    // Wo es wehtut, nach dem Schmerz gesagt, und das Aufhören danach: "stopp, das tut mir im Kreuz weh".
    `[${AU_OR_OH}|stopp|halt] das tut mir [jetzt] (im kreuz|im rücken) weh`,
    `(au|aua) (das|es) zieht (im kreuz|im rücken) ${STOPP}`,
    '(au|aua) (das|es) zieht (im kreuz|im rücken) ich (hör|höre) auf',
  ],
};
