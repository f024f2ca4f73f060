import { IntentNames, SlotNames, type IntentName } from '../../lambda/constants';

/**
 * What each job of the phrasing corpus must resolve to. A phrasing hits when its resolution
 * matches one of the job's accepted outcomes: the intent, and for each listed slot the
 * resolved id (custom types), `filled` (any value) or `empty`.
 */
export interface Outcome {
  readonly intent: IntentName;
  readonly slots?: Readonly<Record<string, string>>;
}

const intent = (name: IntentName, slots?: Record<string, string>): Outcome => ({ intent: name, ...(slots ? { slots } : {}) });
const pmr = (length: string) => [intent(IntentNames.StartRelaxation, { [SlotNames.Length]: length })];
const mindfulness = (exercise: string) => [intent(IntentNames.StartMindfulness, { [SlotNames.Exercise]: exercise })];
const tip = (topic: string) => [intent(IntentNames.Tip, { [SlotNames.Topic]: topic })];

export const JOBS: Readonly<Record<string, readonly Outcome[]>> = {
  start_pmr: [intent(IntentNames.StartRelaxation)],
  pmr_short: pmr('short'),
  pmr_standard: pmr('standard'),
  pmr_long: pmr('long'),
  by_time: [
    intent(IntentNames.TimeAvailable, { [SlotNames.Duration]: 'filled' }),
    intent(IntentNames.TimeAvailable, { [SlotNames.Amount]: 'filled' }),
    intent(IntentNames.StartRelaxation, { [SlotNames.Length]: 'filled' }),
  ],
  body_scan: mindfulness('bodyScan'),
  breath: mindfulness('breath'),
  breathing_space: mindfulness('breathingSpace'),
  mindful_eating: mindfulness('mindfulEating'),
  mindful_walking: mindfulness('mindfulWalking'),
  stepping_back: mindfulness('steppingBack'),
  mindfulness_any: [intent(IntentNames.StartMindfulness)],
  resume: [intent(IntentNames.Resume), intent(IntentNames.ResumeWhereLeftOff)],
  pause: [intent(IntentNames.Pause), intent(IntentNames.PauseForNow), intent(IntentNames.Stop), intent(IntentNames.Cancel), intent(IntentNames.ItHurts)],
  go_on: [intent(IntentNames.Next), intent(IntentNames.Yes), intent(IntentNames.Resume), intent(IntentNames.ResumeWhereLeftOff)],
  tip_any: [intent(IntentNames.Tip, { [SlotNames.Topic]: 'empty' }), intent(IntentNames.Tip, { [SlotNames.Topic]: 'any' })],
  tip_activity: tip('activity'),
  // Back pain in bed or at night asked as a sleep tip gets the doctor answer on purpose (docs/protocol.md, "Red flags").
  tip_sleep: [...tip('sleep'), intent(IntentNames.WhenToSeeDoctor)],
  tip_work: tip('work'),
  tip_stress: tip('stress'),
  tip_exercise: tip('exercise'),
  ask_what_is_pmr: [intent(IntentNames.WhatIsPmr)],
  ask_what_is_mindfulness: [intent(IntentNames.WhatIsMindfulness)],
  ask_does_it_work: [intent(IntentNames.DoesItWork)],
  ask_who_should_avoid_mindfulness: [intent(IntentNames.WhoShouldAvoidMindfulness)],
  ask_how_to_learn: [intent(IntentNames.HowToLearn)],
  // Asked with an urgent sign ("tingling in both legs, is that serious"), the emergency answer is the right one.
  ask_when_see_doctor: [intent(IntentNames.WhenToSeeDoctor), intent(IntentNames.UrgentSymptom)],
  progress: [intent(IntentNames.Progress)],
  rate_tension: [intent(IntentNames.RateTension, { [SlotNames.Rating]: 'filled' })],
  reminder_set: [intent(IntentNames.SetReminder, { [SlotNames.Time]: 'filled' })],
  reminder_list: [intent(IntentNames.ListReminders)],
  reminder_cancel: [intent(IntentNames.CancelReminders)],
  delete_data: [intent(IntentNames.DeleteData)],
};
