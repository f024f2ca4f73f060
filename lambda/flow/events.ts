import type { TimeAmount } from '../content/amountMinutes';
import type { AnswerEntry } from '../content/answers';
import type { TipTopic } from '../content/tips';
import type { RegionId } from '../exercises/regions';

/** What a request means to the conversation: handlers turn requests into these, and nothing else. */
export type FlowEvent =
  | { readonly type: 'launch' }
  | { readonly type: 'yes' }
  | { readonly type: 'no' }
  | { readonly type: 'help' }
  | { readonly type: 'fallback' }
  /** Pause, stop, cancel, go home; `hurts` when it was "ow, that hurts" (the place is kept all the same). */
  | { readonly type: 'pause'; readonly hurts?: boolean }
  | { readonly type: 'resume' }
  | { readonly type: 'next' }
  | { readonly type: 'repeat' }
  | { readonly type: 'startOver' }
  | { readonly type: 'startRelaxation'; readonly variant?: string }
  /** "A gentle one", "I'm in a lot of pain today": the relaxation with no tensing at all. */
  | { readonly type: 'startGentle'; readonly variant?: string }
  /** "My lower back hurts today"; `region` absent when Alexa heard no area it knows. */
  | { readonly type: 'setPainfulArea'; readonly region?: RegionId }
  /** "My neck is better" clears that area; "tense everything again" (no region) clears them all. */
  | { readonly type: 'clearPainfulAreas'; readonly region?: RegionId }
  | { readonly type: 'listPainfulAreas' }
  /**
   * "I've got ten minutes": the exercise and length that fit that time. `amount`: the time was
   * said vaguely ("a few minutes"), so the lead-in repeats those words, not a number.
   */
  | { readonly type: 'startForMinutes'; readonly minutes: number; readonly amount?: TimeAmount }
  /** `exercise` absent or not a mindfulness exercise: the person asked for "a mindfulness exercise". */
  | { readonly type: 'startMindfulness'; readonly exercise?: string; readonly variant?: string }
  | { readonly type: 'tip'; readonly topic?: TipTopic }
  | { readonly type: 'answer'; readonly answer: AnswerEntry }
  | { readonly type: 'progress' }
  /** A tension rating; `value` absent when Alexa heard no number from 0 to 10. */
  | { readonly type: 'rate'; readonly value?: number }
  | { readonly type: 'deleteData' }
  /** `said`: the time slot's value as Alexa sent it (absent or unreadable: the skill asks for one). */
  | { readonly type: 'setReminder'; readonly said?: unknown }
  | { readonly type: 'listReminders' }
  | { readonly type: 'cancelReminders' }
  | { readonly type: 'sessionEnded' };
