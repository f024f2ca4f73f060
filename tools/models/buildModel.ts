import { modelSources } from '../../interactionModels';
import type { ModelSource } from '../../interactionModels/types';
import type { SupportedLocale } from '../../lambda/i18n';
import { expandPatterns } from './expand';

/** The interaction model JSON of one locale, as the ASK CLI deploys it. */
export function buildModel(locale: SupportedLocale): object {
  const source: ModelSource = modelSources[locale];
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots ? { slots: intent.slots } : {}),
          samples: expandPatterns(intent.samples ?? []),
        })),
        types: source.types.map((type) => ({
          name: type.name,
          values: type.values.map((v) => ({ id: v.id, name: { value: v.name, synonyms: v.synonyms } })),
        })),
      },
    },
  };
}

export function modelPath(locale: SupportedLocale): string {
  return `skill-package/interactionModels/custom/${locale}.json`;
}

/**
 * One value per line, so a change to the model reads as a diff, but without indentation:
 * Amazon counts the model's characters against a limit (docs/platform.md), and indentation
 * was a third of them.
 */
export function serialize(model: object): string {
  return JSON.stringify(model, null, 1).replace(/^ +/gm, '') + '\n';
}
