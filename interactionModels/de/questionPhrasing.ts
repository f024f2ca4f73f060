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
          '(meine kollegin|mein kollege|meine tochter|eine freundin|meine nachbarin) schwört auf',
        ),
      },
    ],
  },
];

/** Conditions said after "bei" or "nach" ("bei psychischen problemen", "nach einem trauma"). */
export const germanMoreConditions: readonly string[] = words(
  '(psychischen problemen|einer depression|depressionen|einem trauma|einem schlimmen erlebnis|einer psychose|angststörungen|panikattacken)',
);
