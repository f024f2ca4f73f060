import type { ModelSource } from '../../interactionModels/types';
import { IntentNames } from '../../lambda/constants';
import { amazonTime } from './amazonTime';
import { expandPattern } from './expand';

/** What Alexa would send for a typed utterance. */
export type Resolution =
  | { readonly kind: 'launch' }
  | { readonly kind: 'intent'; readonly name: string; readonly slots: Record<string, { value: string; id?: string }> };

export interface GeneratedModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[];
    };
  };
}

const NUMBER_WORDS = [
  ['zero', 'null'],
  ['one', 'eins'],
  ['two', 'zwei'],
  ['three', 'drei'],
  ['four', 'vier'],
  ['five', 'fünf'],
  ['six', 'sechs'],
  ['seven', 'sieben'],
  ['eight', 'acht'],
  ['nine', 'neun'],
  ['ten', 'zehn'],
];

/** Amazon's built-in slot types the model uses: what they accept, as the value Alexa sends. */
const BUILT_IN_TYPES: Readonly<Record<string, (said: string) => string | undefined>> = {
  'AMAZON.TIME': amazonTime,
  'AMAZON.NUMBER': (said) => {
    if (/^\d+$/.test(said)) return said;
    const index = NUMBER_WORDS.findIndex((words) => words.includes(said));
    return index >= 0 ? String(index) : undefined;
  },
};

interface CompiledSample {
  readonly intent: string;
  readonly sample: string;
  readonly regex: RegExp;
  readonly slotNames: readonly string[];
}

export function normalize(utterance: string): string {
  return utterance
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^alexa /, '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A small stand-in for Alexa's language understanding, for the simulator and model tests:
 * exact matches against the generated samples (slots filled from their slot type's values
 * and synonyms), the built-in intents' usual phrases, launch and one-shot phrasings.
 * Anything else becomes AMAZON.FallbackIntent, as in a live session.
 */
export class UtteranceResolver {
  private readonly samples: CompiledSample[];
  private readonly slotValues = new Map<string, Map<string, { value: string; id: string }>>();
  private readonly launch: RegExp;
  private readonly oneShots: RegExp[];

  constructor(
    private readonly model: GeneratedModel,
    private readonly source: ModelSource,
  ) {
    const language = model.interactionModel.languageModel;
    for (const type of language.types) {
      const values = new Map<string, { value: string; id: string }>();
      for (const v of type.values) {
        for (const word of [v.name.value, ...v.name.synonyms]) values.set(normalize(word), { value: word, id: v.id });
      }
      this.slotValues.set(type.name, values);
    }
    this.samples = language.intents.flatMap((intent) =>
      intent.samples.map((sample) => {
        const slotNames: string[] = [];
        const pattern = sample
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const slot = /^\{([^}]+)\}$/.exec(part);
            if (!slot) return escapeRegex(part);
            slotNames.push(slot[1]!);
            return '(.+?)';
          })
          .join('');
        return { intent: intent.name, sample, regex: new RegExp(`^${pattern}$`), slotNames };
      }),
    );
    const invocation = escapeRegex(language.invocationName);
    this.launch = new RegExp(`^(?:${source.launchVerbs.map(escapeRegex).join('|')}) ${invocation}$`);
    this.oneShots = source.oneShotPatterns.flatMap((p) =>
      expandPattern(p).map(
        (expanded) =>
          new RegExp(
            `^${escapeRegex(expanded).replace('\\{invocation\\}', invocation).replace('\\{request\\}', '(.+)')}$`,
          ),
      ),
    );
  }

  /** Resolves what a person says to the skill, or to Alexa with the skill's name. */
  resolve(utterance: string): Resolution {
    const text = normalize(utterance);
    if (this.launch.test(text) || text === this.model.interactionModel.languageModel.invocationName) {
      return { kind: 'launch' };
    }
    for (const oneShot of this.oneShots) {
      const match = oneShot.exec(text);
      if (match?.[1]) return this.resolveInSession(match[1]) ?? { kind: 'launch' };
    }
    return this.resolveInSession(text) ?? { kind: 'intent', name: IntentNames.Fallback, slots: {} };
  }

  /** Only samples and built-in phrases, no launch phrasing. */
  resolveInSession(utterance: string): Resolution | undefined {
    const text = normalize(utterance);
    for (const sample of this.samples) {
      const match = sample.regex.exec(text);
      if (!match) continue;
      const slots = this.fillSlots(sample, match.slice(1));
      if (slots) return { kind: 'intent', name: sample.intent, slots };
    }
    for (const [name, phrases] of Object.entries(this.source.builtInPhrases)) {
      if (phrases?.some((p) => normalize(p) === text)) return { kind: 'intent', name, slots: {} };
    }
    return undefined;
  }

  private fillSlots(sample: CompiledSample, captured: string[]): Record<string, { value: string; id?: string }> | undefined {
    const intent = this.model.interactionModel.languageModel.intents.find((i) => i.name === sample.intent);
    const slots: Record<string, { value: string; id?: string }> = {};
    for (const [index, slotName] of sample.slotNames.entries()) {
      const type = intent?.slots?.find((s) => s.name === slotName)?.type;
      const said = captured[index] ?? '';
      const builtIn = type ? BUILT_IN_TYPES[type] : undefined;
      if (builtIn) {
        const value = builtIn(said);
        if (value === undefined) return undefined;
        slots[slotName] = { value };
        continue;
      }
      const value = type ? this.slotValues.get(type)?.get(said) : undefined;
      if (!value) return undefined;
      slots[slotName] = value;
    }
    return slots;
  }
}
