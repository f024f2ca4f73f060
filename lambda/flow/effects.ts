import { IntentNames, SlotNames, type IntentName } from '../constants';
import type { AttentionScope } from '../exercises/attentionOnly';
import type { RegionId } from '../exercises/regions';
import type { Flow } from '../state/flow';
import type { Position } from '../state/place';
import type { UserRecord } from '../state/record';

/**
 * A sentence to speak: an i18n key and its options. An option given as `{ key }` is itself
 * translated first; `otherwise` is the key to use where a language has no sentence for `key`.
 * An option given as `{ regions }` becomes the areas named as one phrase, in body order;
 * `{ numbers }` becomes a spoken list, "5, 6 and 3".
 */
export interface Line {
  readonly key: string;
  readonly options?: Readonly<
    Record<string, string | number | { readonly key: string; readonly otherwise?: string } | { readonly regions: readonly RegionId[] } | { readonly numbers: readonly number[] }>
  >;
}

/**
 * A slot the question asks for: the response carries Dialog.ElicitSlot for it, so Alexa matches
 * the answer against that slot's samples first and a bare "three" is heard as the number
 * (docs/platform.md, "Dialog: slot elicitation for the rating").
 */
export interface Elicit {
  readonly intent: IntentName;
  readonly slot: string;
}

/** The rating slot, elicited wherever the question is how tense the person feels, so a bare number answers it. */
export const RATING: Elicit = { intent: IntentNames.RateTension, slot: SlotNames.Rating };

/** What a transition asks the runner to do, in order: data, not code (docs/architecture.md). */
export type Effect =
  | { readonly type: 'say'; readonly lines: readonly Line[] }
  /**
   * Plays a segment from a block: lead-in, narration, a short silence, then "Shall I go on?" or
   * the goodbye. `attention`: what is adapted today, said once after the lead-in (in full at
   * the start of an exercise, as a short reminder on a resume). `offerRating`: after the last
   * segment, ask how tense the person feels instead of saying goodbye (with `elicit`, that number).
   */
  | {
      readonly type: 'play';
      readonly position: Position;
      readonly leadIn: readonly Line[];
      readonly changes?: Partial<UserRecord>;
      readonly attention?: { readonly scope: AttentionScope; readonly reminder: boolean };
      readonly offerRating?: boolean;
      readonly elicit?: Elicit;
    }
  /**
   * Keeps the session open on the question of the next state, said once. `inline`: the last
   * sentence already asked it, so only the reprompt is added. `reprompt` replaces the state's own.
   * `elicit`: the question asks for this slot.
   */
  | { readonly type: 'ask'; readonly inline?: boolean; readonly reprompt?: Line; readonly elicit?: Elicit }
  | { readonly type: 'end' }
  | { readonly type: 'card'; readonly title: string; readonly contentKey: string }
  | { readonly type: 'update'; readonly changes: Partial<UserRecord> }
  /** A call to the Reminders API; it answers for itself (flow/reminderEffects.ts). */
  | { readonly type: 'reminders'; readonly request: 'set' | 'list' | 'cancel'; readonly said?: unknown }
  /** Deletes everything stored, then says whether it worked and ends. */
  | { readonly type: 'deleteData' }
  /** The urgent signs were named after a misunderstanding: later ones this session say it shorter. */
  | { readonly type: 'urgentSignsSaid' };

/** The outcome of one event: the state the flow moves to, and what to do. */
export interface Transition {
  readonly flow: Flow;
  readonly effects: readonly Effect[];
}
