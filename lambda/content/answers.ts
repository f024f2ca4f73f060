import { IntentNames, type IntentName } from '../constants';

/** What each question intent answers (advice.json `answers.<key>`) and which exercise it offers after. */
export interface AnswerEntry {
  readonly key: string;
  /** Offered after the answer; none after red flags, where an exercise is not the point. */
  readonly offer?: { readonly exercise: string; readonly variant?: string };
  /**
   * Adds the locale's emergency sentence (with its emergency number) after the answer. For
   * the red flags the answer itself already opens with the emergency tier; this line repeats
   * the number at the end (docs/protocol.md, "Red flags").
   */
  readonly emergency?: boolean;
  /**
   * The answer is a warning: it ends the session, with no exercise or tip offered after it
   * (docs/protocol.md, "Red flags").
   */
  readonly closesSession?: boolean;
}

export const ANSWERS: ReadonlyMap<IntentName, AnswerEntry> = new Map<IntentName, AnswerEntry>([
  [IntentNames.WhatIsPmr, { key: 'whatIsPmr', offer: { exercise: 'pmr', variant: 'short' } }],
  [IntentNames.WhatIsMindfulness, { key: 'whatIsMindfulness', offer: { exercise: 'breathingSpace' } }],
  [IntentNames.DoesItWork, { key: 'doesItWork', offer: { exercise: 'pmr', variant: 'short' } }],
  [IntentNames.WhoShouldAvoidMindfulness, { key: 'whoNotMindfulness', offer: { exercise: 'pmr', variant: 'short' } }],
  [IntentNames.HowToLearn, { key: 'howToLearn', offer: { exercise: 'pmr', variant: 'short' } }],
  // "Can I use heat?": the heat-or-cold tip, asked for directly.
  [IntentNames.HeatOrCold, { key: 'heatOrCold', offer: { exercise: 'pmr', variant: 'short' } }],
  [IntentNames.WhenToSeeDoctor, { key: 'whenDoctor', emergency: true, closesSession: true }],
  // A sign of the emergency tier said as felt ("I can't feel my legs"): the action first, in a few words.
  [IntentNames.UrgentSymptom, { key: 'urgentSymptom', closesSession: true }],
]);
