import { findExercise, findVariant } from '../../lambda/exercises/catalog';
import { renderSegment } from '../../lambda/engine/segments';
import { familiarOpening } from '../../lambda/exercises/familiarOpening';
import { escapeSsml } from '../../lambda/engine/ssml';
import { supportedLocale, translatorFor } from '../../lambda/i18n';

/** The narration SSML of a segment, as the engine renders it for a locale. */
export function segmentSsml(locale: string, variantId: string, index: number, exerciseId = 'pmr', familiar = false): string {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(exerciseId);
  const lng = supportedLocale(locale);
  const variant = findVariant(exercise, variantId);
  // Someone who has finished an exercise before hears the short opening (exercises/familiarOpening.ts).
  return renderSegment(familiar ? familiarOpening(exercise, variant) : variant, index, translatorFor(lng), lng).ssml;
}

/** A sentence from the resource files, as it appears in SSML. */
export function spoken(locale: string, key: string, options?: Record<string, unknown>): string {
  return escapeSsml(translatorFor(supportedLocale(locale))(key, options));
}

export function segmentCount(variantId: string, exerciseId = 'pmr'): number {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(exerciseId);
  return findVariant(exercise, variantId).segments.length;
}

/** How a place is named in speech: a language's prepositional form (`…at`, German "beim Nacken") where it has one, else the name. */
export function spokenPlace(locale: string, nameKey: string): string {
  const t = translatorFor(supportedLocale(locale));
  return escapeSsml(t(nameKey.replace(/\.name$/, '.at'), { defaultValue: t(nameKey) }));
}
