import type { ModelSource } from '../../interactionModels/types';
import { IntentNames } from '../../lambda/constants';
import { amazonDuration } from './amazonDuration';
import { amazonTime } from './amazonTime';
import { expandPattern } from './expand';
import { normalize } from './normalize';
import { spokenNumber } from './spokenNumber';

/** The dialog state Alexa sends with an intent of the dialog model. */
export type DialogState = 'STARTED' | 'IN_PROGRESS';

/**
 * What Alexa would send for a typed utterance. `dialogState` only for an intent in the dialog
 * model: IN_PROGRESS while the skill elicits one of its slots, STARTED otherwise.
 */
export type Resolution =
  | { readonly kind: 'launch' }
  | {
      readonly kind: 'intent';
      readonly name: string;
      readonly slots: Record<string, { value: string; id?: string }>;
      readonly dialogState?: DialogState;
    };

/** The slot the last response elicited with Dialog.ElicitSlot. */
export interface Elicitation {
  readonly intent: string;
  readonly slot: string;
}

export interface GeneratedModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string; samples?: string[] }[]; samples: string[] }[];
      types: { name: string; values: { id: string; name: { value: string; synonyms: string[] } }[] }[];
    };
    dialog?: { delegationStrategy?: string; intents: { name: string }[] };
    prompts?: { id: string; variations: { type: string; value: string }[] }[];
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

/** A sample as words and slots; a slot may take any run of words its type accepts. */
interface CompiledSample {
  readonly intent: string;
  readonly parts: readonly ({ readonly words: readonly string[] } | { readonly slot: string; readonly type: string })[];
}

type Slots = Record<string, { value: string; id?: string }>;

function elicitationKey({ intent, slot }: Elicitation): string {
  return `${intent}\u0000${slot}`;
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
  /** Slot samples, by intent and slot: matched only while that slot is elicited. */
  private readonly slotSamples = new Map<string, CompiledSample[]>();
  private readonly dialogIntents: ReadonlySet<string>;
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
          // A polite word inside a value is part of it ("could you please"), as in a sample.
          const key = normalize(word, this.source.language, false);
          if (!values.has(key)) values.set(key, { value: word, id: v.id });
        }
      }
      this.slotValues.set(type.name, values);
    }
    for (const intent of language.intents) {
      const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      for (const sample of intent.samples) this.compile(intent.name, sample, slotTypes);
      for (const slot of intent.slots ?? []) {
        const compiled = (slot.samples ?? []).map((sample) => ({ intent: intent.name, parts: this.parts(sample, slotTypes) }));
        if (compiled.length) this.slotSamples.set(elicitationKey({ intent: intent.name, slot: slot.name }), compiled);
      }
    }
    this.dialogIntents = new Set((model.interactionModel.dialog?.intents ?? []).map((intent) => intent.name));
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

  /**
   * Resolves what a person says to the skill, or to Alexa with the skill's name. While the
   * last response elicited a slot, its slot samples are tried first, as Alexa does; anything
   * they do not match is resolved as usual.
   */
  resolve(utterance: string, elicitation?: Elicitation): Resolution {
    const resolution = (elicitation && this.resolveElicited(utterance, elicitation)) ?? this.resolveOpen(utterance);
    if (resolution.kind !== 'intent' || !this.dialogIntents.has(resolution.name)) return resolution;
    return { ...resolution, dialogState: elicitation?.intent === resolution.name ? 'IN_PROGRESS' : 'STARTED' };
  }

  /** The answer to an elicited slot, said as one of that slot's samples. */
  resolveElicited(utterance: string, elicitation: Elicitation): Resolution | undefined {
    const words = this.normalize(utterance).split(' ');
    for (const sample of this.slotSamples.get(elicitationKey(elicitation)) ?? []) {
      const slots = this.match(sample.parts, 0, words, 0, {});
      if (slots) return { kind: 'intent', name: sample.intent, slots };
    }
    return undefined;
  }

  private resolveOpen(utterance: string): Resolution {
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
    const words = text.split(' ');
    for (const sample of [...(this.slotted.get(words[0] ?? '') ?? []), ...(this.slotted.get('') ?? [])]) {
      const slots = this.match(sample.parts, 0, words, 0, {});
      if (slots) return { kind: 'intent', name: sample.intent, slots };
    }
    const builtIn = this.builtIns.get(text);
    return builtIn ? { kind: 'intent', name: builtIn, slots: {} } : undefined;
  }

  private normalize(text: string): string {
    return normalize(text, this.source.language);
  }

  private compile(intent: string, sample: string, slotTypes: ReadonlyMap<string, string>): void {
    const pieces = sample.split(/(\{[^}]+\})/).filter((piece) => piece.trim() !== '');
    if (pieces.length === 1 && !pieces[0]!.startsWith('{')) {
      const text = this.normalize(sample);
      if (!this.literal.has(text)) this.literal.set(text, intent);
      return;
    }
    const parts = this.parts(sample, slotTypes);
    const first = pieces[0]!.startsWith('{') ? '' : (normalize(pieces[0]!, this.source.language, false).split(' ')[0] ?? '');
    const list = this.slotted.get(first) ?? [];
    list.push({ intent, parts });
    this.slotted.set(first, list);
  }

  /** A sample with slots as its words and slots. */
  private parts(sample: string, slotTypes: ReadonlyMap<string, string>): CompiledSample['parts'] {
    const pieces = sample.split(/(\{[^}]+\})/).filter((piece) => piece.trim() !== '');
    return pieces.map((piece) => {
      const slot = /^\{([^}]+)\}$/.exec(piece);
      // Inside a sample a polite word is part of the words, so it is kept.
      if (!slot) return { words: normalize(piece, this.source.language, false).split(' ') };
      return { slot: slot[1]!, type: slotTypes.get(slot[1]!) ?? '' };
    });
  }

  /** Matches words from `at` against parts from `index`, trying every length a slot can take. */
  private match(parts: CompiledSample['parts'], index: number, words: readonly string[], at: number, slots: Slots): Slots | undefined {
    const part = parts[index];
    if (!part) return at === words.length ? slots : undefined;
    if ('words' in part) {
      for (const [offset, word] of part.words.entries()) if (words[at + offset] !== word) return undefined;
      return this.match(parts, index + 1, words, at + part.words.length, slots);
    }
    for (let end = at + 1; end <= words.length; end++) {
      const value = this.slotValue(part.type, words.slice(at, end).join(' '));
      if (!value) continue;
      const filled = this.match(parts, index + 1, words, end, { ...slots, [part.slot]: value });
      if (filled) return filled;
    }
    return undefined;
  }

  private slotValue(type: string, said: string): { value: string; id?: string } | undefined {
    const builtIn = BUILT_IN_TYPES[type];
    if (builtIn) {
      const value = builtIn(said);
      return value === undefined ? undefined : { value };
    }
    return this.slotValues.get(type)?.get(said);
  }
}
