import { modelSources } from '../../interactionModels';
import type { IntentSource, ModelSource } from '../../interactionModels/types';
import { translatorFor, type SupportedLocale } from '../../lambda/i18n';
import { expandPatterns } from './expand';
import { distinctAsHeard, samplesAsHeard } from './asHeard';

/** The id of a slot's elicitation prompt in `interactionModel.prompts`. */
export function elicitationPromptId(intent: string, slot: string): string {
  return `Elicit.Slot.${intent}.${slot}`;
}

/**
 * The dialog model: every intent with a slot the skill elicits. The skill keeps control
 * (SKILL_RESPONSE): Alexa never delegates by itself, and speaks no prompt of its own; the
 * prompt is only there because Amazon requires one for a slot that needs elicitation
 * (docs/platform.md, "Dialog: slot elicitation for the rating").
 */
function dialogModel(source: ModelSource, locale: SupportedLocale): object | undefined {
  const t = translatorFor(locale);
  const eliciting = source.intents.filter((intent) => intent.slots?.some((slot) => slot.elicitationPrompt));
  if (eliciting.length === 0) return undefined;
  const slotsOf = (intent: IntentSource) => intent.slots ?? [];
  return {
    dialog: {
      delegationStrategy: 'SKILL_RESPONSE',
      intents: eliciting.map((intent) => ({
        name: intent.name,
        confirmationRequired: false,
        prompts: {},
        slots: slotsOf(intent).map((slot) => ({
          name: slot.name,
          type: slot.type,
          elicitationRequired: slot.elicitationPrompt !== undefined,
          confirmationRequired: false,
          prompts: slot.elicitationPrompt ? { elicitation: elicitationPromptId(intent.name, slot.name) } : {},
        })),
      })),
    },
    prompts: eliciting.flatMap((intent) =>
      slotsOf(intent).flatMap((slot) =>
        slot.elicitationPrompt
          ? [{ id: elicitationPromptId(intent.name, slot.name), variations: [{ type: 'PlainText', value: t(slot.elicitationPrompt) }] }]
          : [],
      ),
    ),
  };
}

/** The interaction model JSON of one locale, as the ASK CLI deploys it. */
export function buildModel(locale: SupportedLocale): object {
  const source: ModelSource = modelSources[locale];
  return {
    interactionModel: {
      languageModel: {
        invocationName: source.invocationName,
        intents: source.intents.map((intent) => ({
          name: intent.name,
          ...(intent.slots
            ? { slots: intent.slots.map(({ name, type, samples }) => ({ name, type, ...(samples ? { samples: expandPatterns(samples) } : {}) })) }
            : {}),
          samples: samplesAsHeard(expandPatterns(intent.samples ?? []), source.language),
        })),
        types: source.types.map((type) => ({
          name: type.name,
          values: type.values.map((v) => ({ id: v.id, name: { value: v.name, synonyms: distinctAsHeard([v.name, ...v.synonyms], source.language).slice(1) } })),
        })),
      },
      ...dialogModel(source, locale),
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
