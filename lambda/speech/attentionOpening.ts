import type { AttentionScope } from '../exercises/attentionOnly';
import { inBodyOrder, type RegionId } from '../exercises/regions';
import type { Translate } from '../i18n';

/**
 * Painful areas as one phrase, in body order: "your neck and your lower back",
 * "Nacken und unteren Rücken". A single area takes its own form, since German needs the
 * article there ("den unteren Rücken").
 */
export function regionList(regions: readonly RegionId[], t: Translate, locale: string): string {
  const ordered = inBodyOrder(regions);
  const [only] = ordered;
  if (ordered.length === 1 && only) return t(`pmr:attention.region.${only}.name`);
  const names = ordered.map((r) => t(`pmr:attention.region.${r}.listed`));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * What is said once before an adapted relaxation: which areas are only noticed today, or,
 * for the gentle practice, that nothing is tensed and never into pain. Empty when nothing
 * is adapted.
 */
export function attentionOpening(scope: AttentionScope, t: Translate, locale: string): string {
  if (scope === 'all') return t('pmr:attention.gentle.opening');
  const count = inBodyOrder(scope).length;
  if (count === 0) return '';
  return t('pmr:attention.regions.opening', { regions: regionList(scope, t, locale), count });
}

/**
 * A short reminder on resuming a relaxation after a break, when areas are still noted: the
 * person may have forgotten, and may want to say the area is better before its group comes.
 * The gentle practice names itself when it resumes, so it needs none.
 */
export function attentionReminder(scope: AttentionScope, t: Translate, locale: string): string {
  if (scope === 'all') return '';
  const count = inBodyOrder(scope).length;
  if (count === 0) return '';
  return t('pmr:attention.regions.reminder', { regions: regionList(scope, t, locale), count });
}
