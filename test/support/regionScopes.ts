import type { AttentionScope } from '../../lambda/exercises/attentionOnly';
import { REGION_IDS, type RegionId } from '../../lambda/exercises/regions';

/** Every set of painful regions, from none to all eight (256). */
export function everyRegionSubset(): RegionId[][] {
  return Array.from({ length: 2 ** REGION_IDS.length }, (_, mask) => REGION_IDS.filter((_r, i) => mask & (1 << i)));
}

/** Each region alone, and the gentle practice. */
export const SINGLE_SCOPES: readonly AttentionScope[] = [...REGION_IDS.map((r) => [r]), 'all'];

export const scopeLabel = (scope: AttentionScope): string => (scope === 'all' ? 'all' : scope.join('+') || 'none');
