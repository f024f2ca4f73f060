import type { ModelSource } from '../../interactionModels/types';
import { IntentNames } from '../../lambda/constants';
import { amazonDuration } from './amazonDuration';
import { amazonTime } from './amazonTime';
import { expandPattern } from './expand';
import { normalize } from './normalize';
import { spokenNumber } from './spokenNumber';

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

/** Amazon's built-in slot types the model uses: what they accept, as the value Alexa sends. */
const BUILT_IN_TYPES: Readonly<Record<string, (said: string) => string | undefined>> = {
  'AMAZON.TIME': amazonTime,
  'AMAZON.DURATION': amazonDuration,
  'AMAZON.NUMBER': (said) => {
    const value = spokenNumber(said);
    return value === undefined || Number.isNaN(value) ? undefined : String(value);
  },
};

interface CompiledSample {
  readonly intent: string;
  readonly regex: RegExp;
  readonly slotNames: readonly string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A small stand-in for Alexa's language understanding, for the simulator and model tests:
 * exact matches against the generated samples (slots filled from their slot type's values
 * and synonyms), the built-in intents' usual phrases, launch and one-shot phrasings. Text
 * is normalised first as Alexa hears it (normalize.ts). Anything else becomes
 * AMAZON.FallbackIntent, as in a live session.
 */
export class UtteranceResolver {
  /** Samples without slots, by their normalised text: the first intent listing one wins. */
  private readonly literal = new Map<string, string>();
  /** Samples with slots, by their first word ('' when they start with a slot). */
  private readonly slotted = new Map<string, CompiledSample[]>();
  private readonly slotValues = new Map<string, Map<string, { value: string; id: string }>>();
  private readonly builtIns = new Map<string, string>();
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
        for (const word of [v.name.value, ...v.name.synonyms]) {
          const key = this.normalize(word);
          if (!values.has(key)) values.set(key, { value: word, id: v.id });
        }
      }
      this.slotValues.set(type.name, values);
    }
    for (const intent of language.intents) {
      const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      for (const sample of intent.samples) this.compile(intent.name, sample, slotTypes);
    }
    for (const [name, phrases] of Object.entries(source.builtInPhrases)) {
      for (const phrase of phrases ?? []) if (!this.builtIns.has(this.normalize(phrase))) this.builtIns.set(this.normalize(phrase), name);
    }
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
    const text = this.normalize(utterance);
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
    const text = this.normalize(utterance);
    const literal = this.literal.get(text);
    if (literal) return { kind: 'intent', name: literal, slots: {} };
    const first = text.split(' ', 1)[0] ?? '';
    for (const sample of [...(this.slotted.get(first) ?? []), ...(this.slotted.get('') ?? [])]) {
      const match = sample.regex.exec(text);
      if (!match) continue;
      const slots = this.fillSlots(sample, match.slice(1));
      if (slots) return { kind: 'intent', name: sample.intent, slots };
    }
    const builtIn = this.builtIns.get(text);
    return builtIn ? { kind: 'intent', name: builtIn, slots: {} } : undefined;
  }

  private normalize(text: string): string {
    return normalize(text, this.source.language);
  }

  private compile(intent: string, sample: string, slotTypes: ReadonlyMap<string, string>): void {
    const parts = sample.split(/(\{[^}]+\})/).filter((part) => part.trim() !== '');
    if (parts.length === 1 && !parts[0]!.startsWith('{')) {
      const text = this.normalize(sample);
      if (!this.literal.has(text)) this.literal.set(text, intent);
      return;
    }
    const slotNames: string[] = [];
    const pattern = parts
      .map((part) => {
        const slot = /^\{([^}]+)\}$/.exec(part);
        if (!slot) return escapeRegex(normalize(part, this.source.language, false));
        slotNames.push(slot[1]!);
        // A custom slot matches only its values, so two slots side by side split right.
        const values = this.slotValues.get(slotTypes.get(slot[1]!) ?? '');
        return values ? `(${[...values.keys()].sort((x, y) => y.length - x.length).map(escapeRegex).join('|')})` : '(.+?)';
      })
      .join(' ');
    const first = parts[0]!.startsWith('{') ? '' : (this.normalize(parts[0]!).split(' ', 1)[0] ?? '');
    const list = this.slotted.get(first) ?? [];
    list.push({ intent, regex: new RegExp(`^${pattern}$`), slotNames });
    this.slotted.set(first, list);
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
