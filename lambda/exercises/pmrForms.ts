/**
 * The group blocks of the 4-, 7- and 16-group forms, keyed by the variant ids of the
 * relaxation (`short`, `standard`, `long`). `pmr.ts` builds its groups from these lists.
 */
export const FORM_GROUPS = {
  short: ['arms', 'faceNeck', 'trunk', 'legs'],
  standard: ['domArm', 'nonDomArm', 'face', 'neck', 'trunk7', 'domLeg', 'nonDomLeg'],
  long: [
    'domHand',
    'domBiceps',
    'nonDomHand',
    'nonDomBiceps',
    'forehead',
    'eyesNose',
    'jaw',
    'neck',
    'chestShoulders',
    'abdomen',
    'domThigh',
    'domCalf',
    'domFoot',
    'nonDomThigh',
    'nonDomCalf',
    'nonDomFoot',
  ],
} as const;
export type PmrForm = keyof typeof FORM_GROUPS;
export type GroupId<F extends PmrForm = PmrForm> = (typeof FORM_GROUPS)[F][number];

export const PMR_FORMS = Object.keys(FORM_GROUPS) as readonly PmrForm[];
