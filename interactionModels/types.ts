import type { IntentName } from '../lambda/constants';
import type { Language } from '../tools/models/normalize';

/** The source of one language's interaction model; `npm run models` turns it into JSON. */
export interface ModelSource {
  /** How typed text is normalised before matching (contractions, polite words). */
  readonly language: Language;
  readonly invocationName: string;
  readonly intents: readonly IntentSource[];
  readonly types: readonly SlotTypeSource[];
  /**
   * What people say for built-in intents that need no samples in the model ("yes",
   * "pause"). Used only by the local simulator and tests to resolve typed text.
   */
  readonly builtInPhrases: Partial<Record<IntentName, readonly string[]>>;
  /** Words that open the skill ("open", "start") and that carry a one-shot request ("ask"). */
  readonly launchVerbs: readonly string[];
  readonly oneShotPatterns: readonly string[];
}

export interface IntentSource {
  readonly name: IntentName;
  readonly slots?: readonly SlotSource[];
  /** Patterns, see tools/models/expand.ts. */
  readonly samples?: readonly string[];
}

export interface SlotSource {
  readonly name: string;
  readonly type: string;
  /**
   * Patterns Alexa matches only while the skill elicits this slot (Dialog.ElicitSlot), so a
   * bare "three" can answer "How tense do you feel?" without catching every number said
   * elsewhere (docs/platform.md, "Dialog: slot elicitation for the rating").
   */
  readonly samples?: readonly string[];
  /**
   * The i18n key of the slot's elicitation prompt: makes the slot part of the dialog model.
   * The skill speaks its own question (delegation SKILL_RESPONSE); Amazon requires the prompt.
   */
  readonly elicitationPrompt?: string;
}

export interface SlotTypeSource {
  readonly name: string;
  readonly values: readonly { readonly id: string; readonly name: string; readonly synonyms: readonly string[] }[];
}
