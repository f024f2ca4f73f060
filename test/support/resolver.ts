import { modelSources } from '../../interactionModels';
import type { SupportedLocale } from '../../lambda/i18n';
import { buildModel } from '../../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../../tools/models/resolve';

const resolvers = new Map<SupportedLocale, UtteranceResolver>();

/** The simulator's stand-in for Alexa's understanding, on the locale's model as built from its source; one per locale. */
export function resolverFor(locale: SupportedLocale): UtteranceResolver {
  let resolver = resolvers.get(locale);
  if (!resolver) {
    resolver = new UtteranceResolver(buildModel(locale) as GeneratedModel, modelSources[locale]);
    resolvers.set(locale, resolver);
  }
  return resolver;
}

/** The intent a phrase said to the skill reaches ('launch' or a fallback kind otherwise). */
export function intentOf(locale: SupportedLocale, said: string): string {
  const resolution = resolverFor(locale).resolve(said);
  return resolution.kind === 'intent' ? resolution.name : resolution.kind;
}
