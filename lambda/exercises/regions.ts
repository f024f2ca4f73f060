/**
 * Painful areas a person can name, and the muscle groups of each progressive muscle
 * relaxation form that are met with attention only while that area hurts
 * (docs/protocol.md, "Painful areas").
 */
import { FORM_GROUPS, PMR_FORMS, type GroupId, type PmrForm } from './pmrForms';

/** The body regions, head to feet; the order is the order they are named in. */
export const REGION_IDS = ['neck', 'shoulders', 'upperBack', 'lowerBack', 'arms', 'hips', 'legs', 'feet'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export { FORM_GROUPS, PMR_FORMS, type GroupId, type PmrForm } from './pmrForms';

/**
 * For each region, the groups whose muscles lie in it or whose tensing loads it. Sides are
 * not told apart: the scripts name the right and the left side by habit, not by the hurting
 * side, so a sore left shoulder spares both.
 */
export const REGION_GROUPS: { readonly [R in RegionId]: { readonly [F in PmrForm]: readonly GroupId<F>[] } } = {
  neck: { short: ['faceNeck'], standard: ['neck'], long: ['neck'] },
  shoulders: { short: ['trunk'], standard: ['trunk7'], long: ['chestShoulders'] },
  upperBack: { short: ['trunk'], standard: ['trunk7'], long: ['chestShoulders'] },
  // Drawing the belly in braces around the lower spine, and squeezing the shoulder blades
  // tends to arch it: both are spared.
  lowerBack: { short: ['trunk'], standard: ['trunk7'], long: ['chestShoulders', 'abdomen'] },
  arms: {
    short: ['arms'],
    standard: ['domArm', 'nonDomArm'],
    long: ['domHand', 'domBiceps', 'nonDomHand', 'nonDomBiceps'],
  },
  // Pressing the legs down works the buttocks and hips.
  hips: { short: ['legs'], standard: ['domLeg', 'nonDomLeg'], long: ['domThigh', 'nonDomThigh'] },
  legs: {
    short: ['legs'],
    standard: ['domLeg', 'nonDomLeg'],
    long: ['domThigh', 'domCalf', 'nonDomThigh', 'nonDomCalf'],
  },
  feet: { short: ['legs'], standard: ['domLeg', 'nonDomLeg'], long: ['domFoot', 'nonDomFoot'] },
};

/**
 * Leg groups tensed by pressing the heel down, which extends the hip and works the buttocks
 * and lower back. While the lower back is noted they are still tensed, but without the heel
 * press (docs/protocol.md, "Painful areas"); a noted hip spares them whole.
 */
export const HEEL_PRESS_GROUPS: ReadonlySet<string> = new Set(['legs', 'domLeg', 'nonDomLeg', 'domThigh', 'nonDomThigh']);
export const NO_HEEL_PRESS_REGIONS: readonly RegionId[] = ['lowerBack', 'hips'];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/** Every group block of any form. */
export const ALL_GROUPS: ReadonlySet<string> = new Set(PMR_FORMS.flatMap((form) => FORM_GROUPS[form]));

/** The group blocks, of any form, that the given regions spare from tensing. */
export function groupsForRegions(regions: Iterable<RegionId>): ReadonlySet<string> {
  const groups = new Set<string>();
  for (const region of regions) for (const form of PMR_FORMS) for (const g of REGION_GROUPS[region][form]) groups.add(g);
  return groups;
}

/** Regions deduplicated and in body order, head to feet. */
export function inBodyOrder(regions: Iterable<RegionId>): RegionId[] {
  const wanted = new Set(regions);
  return REGION_IDS.filter((r) => wanted.has(r));
}
