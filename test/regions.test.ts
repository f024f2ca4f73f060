import { pmr } from '../lambda/exercises/pmr';
import {
  FORM_GROUPS,
  groupsForRegions,
  inBodyOrder,
  isRegionId,
  PMR_FORMS,
  REGION_GROUPS,
  REGION_IDS,
} from '../lambda/exercises/regions';

/** The group blocks of a relaxation script, in order (intro and closing are not groups). */
function scriptGroups(variantId: string): string[] {
  const variant = pmr.variants[variantId];
  if (!variant) throw new Error(variantId);
  return variant.segments.flat().filter((b) => b.nameKey.startsWith('pmr:group.')).map((b) => b.id);
}

describe('painful regions', () => {
  test('the forms are the lengths of the relaxation, and their groups are the scripts\' groups', () => {
    expect([...PMR_FORMS].sort()).toEqual(Object.keys(pmr.variants).sort());
    for (const form of PMR_FORMS) expect({ form, groups: [...FORM_GROUPS[form]] }).toEqual({ form, groups: scriptGroups(form) });
    expect(FORM_GROUPS.short).toHaveLength(4);
    expect(FORM_GROUPS.standard).toHaveLength(7);
    expect(FORM_GROUPS.long).toHaveLength(16);
  });

  test.each(REGION_IDS)('%s covers at least one group of every form, and only groups of that form', (region) => {
    for (const form of PMR_FORMS) {
      const groups = REGION_GROUPS[region][form];
      expect({ form, count: groups.length > 0 }).toEqual({ form, count: true });
      for (const g of groups) expect({ form, g, inForm: scriptGroups(form).includes(g) }).toEqual({ form, g, inForm: true });
      expect(new Set(groups).size).toBe(groups.length);
    }
  });

  test('the back regions spare the trunk in every form; the face is never spared', () => {
    for (const region of ['upperBack', 'lowerBack'] as const) {
      expect(REGION_GROUPS[region].short).toContain('trunk');
      expect(REGION_GROUPS[region].standard).toContain('trunk7');
    }
    expect(REGION_GROUPS.lowerBack.long).toEqual(expect.arrayContaining(['abdomen', 'chestShoulders']));
    const spared = groupsForRegions(REGION_IDS);
    for (const face of ['face', 'forehead', 'eyesNose', 'jaw']) expect(spared.has(face)).toBe(false);
  });

  test('a block id shared by two forms means the same part in both', () => {
    // groupsForRegions works across forms, so a shared id must be spared by the same regions.
    const shared = FORM_GROUPS.standard.filter((g) => (FORM_GROUPS.long as readonly string[]).includes(g));
    expect(shared).toEqual(['neck']);
    for (const region of REGION_IDS) {
      const inStandard = (REGION_GROUPS[region].standard as readonly string[]).includes('neck');
      const inLong = (REGION_GROUPS[region].long as readonly string[]).includes('neck');
      expect({ region, inStandard }).toEqual({ region, inStandard: inLong });
    }
  });

  test('groups for several regions are the union of each, across forms', () => {
    expect([...groupsForRegions(['neck'])].sort()).toEqual(['faceNeck', 'neck']);
    expect([...groupsForRegions(['feet', 'hips'])].sort()).toEqual(['domFoot', 'domLeg', 'domThigh', 'legs', 'nonDomFoot', 'nonDomLeg', 'nonDomThigh']);
    expect(groupsForRegions([]).size).toBe(0);
  });

  test('regions are named head to feet, each once; anything else is no region', () => {
    expect(inBodyOrder(['feet', 'neck', 'lowerBack', 'neck'])).toEqual(['neck', 'lowerBack', 'feet']);
    expect(REGION_IDS.every(isRegionId)).toBe(true);
    for (const other of ['back', 'Neck', '', 3, undefined, null, ['neck']]) expect(isRegionId(other)).toBe(false);
  });
});
