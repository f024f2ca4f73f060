import { IntentNames } from '../../lambda/constants';
import type { IntentSource } from '../types';

/*
 * Schmerz oder ein Krampf mitten in der Übung ("aua, das tut weh"): the skill stops as for a
 * pause and says so kindly (lambda/handlers/ItHurtsIntentHandler.ts). An area named ("mein
 * Nacken tut weh") is SetPainfulAreaIntent's; "ich hab starke Schmerzen" starts the gentle
 * practice; danger signs stay with the red-flag intents.
 */
const AU = '(au|aua|autsch|aua aua)';
const TUT_WEH =
  '(das tut weh|es tut weh|das tut so weh|das tut zu weh|es tut zu weh|das tut sehr weh|das tut richtig weh|das schmerzt|das ist zu schmerzhaft)';
const STOPP = '[hör auf|aufhören|stopp|ich muss aufhören|ich kann nicht mehr]';

export const germanItHurtsIntent: IntentSource = {
  name: IntentNames.ItHurts,
  samples: [
    AU,
    `${AU} ${TUT_WEH}`,
    `${TUT_WEH} ${STOPP}`,
    `${AU} ${STOPP}`,
    `(hör auf|stopp|halt|aufhören) ${TUT_WEH}`,
    '(ich hab|ich habe|ich kriege|ich krieg|ich bekomme) (einen krampf|einen wadenkrampf|krampf) [im (bein|fuß|fuss|oberschenkel|zeh)|in der (wade|hand|zehe)]',
    '[au|aua] (krampf|wadenkrampf|ein krampf) [im (bein|fuß|fuss)|in der wade]',
    '[au|aua] (das|es) (zieht|sticht) [so|sehr|zu sehr] [stopp|hör auf]',
  ],
};
