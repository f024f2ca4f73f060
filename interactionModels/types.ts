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
  readonly slots?: readonly { readonly name: string; readonly type: string }[];
  /** Patterns, see tools/models/expand.ts. */
  readonly samples?: readonly string[];
}

export interface SlotTypeSource {
  readonly name: string;
  readonly values: readonly { readonly id: string; readonly name: string; readonly synonyms: readonly string[] }[];
}
