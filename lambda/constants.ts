/**
 * Names shared by the handlers, the interaction model generator and the tests,
 * so a rename is one edit and a typo is a type error.
 */
export const IntentNames = {
  StartRelaxation: 'StartRelaxationIntent',
  /** "I've got ten minutes", "only a few minutes": the time decides the exercise. */
  TimeAvailable: 'TimeAvailableIntent',
  StartMindfulness: 'StartMindfulnessIntent',
  Tip: 'BackPainTipIntent',
  WhatIsPmr: 'WhatIsPmrIntent',
  WhatIsMindfulness: 'WhatIsMindfulnessIntent',
  DoesItWork: 'DoesItWorkIntent',
  WhoShouldAvoidMindfulness: 'WhoShouldAvoidMindfulnessIntent',
  HowToLearn: 'HowToLearnIntent',
  HeatOrCold: 'HeatOrColdIntent',
  WhenToSeeDoctor: 'WhenToSeeDoctorIntent',
  UrgentSymptom: 'UrgentSymptomIntent',
  DeleteData: 'DeleteDataIntent',
  Progress: 'ProgressIntent',
  RateTension: 'RateTensionIntent',
  SetReminder: 'SetReminderIntent',
  ListReminders: 'ListRemindersIntent',
  CancelReminders: 'CancelRemindersIntent',
  StartGentle: 'StartGentleRelaxationIntent',
  /** "The kids need me, pause for now": a pause said with a reason or a promise (the same event as AMAZON.PauseIntent). */
  PauseForNow: 'PauseForNowIntent',
  /** "Can I resume the one I paused this morning": a resume said with when and what (the same event as AMAZON.ResumeIntent). */
  ResumeWhereLeftOff: 'ResumeWhereLeftOffIntent',
  SetPainfulArea: 'SetPainfulAreaIntent',
  ClearPainfulAreas: 'ClearPainfulAreasIntent',
  ListPainfulAreas: 'ListPainfulAreasIntent',
  ItHurts: 'ItHurtsIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Fallback: 'AMAZON.FallbackIntent',
  Pause: 'AMAZON.PauseIntent',
  Resume: 'AMAZON.ResumeIntent',
  Next: 'AMAZON.NextIntent',
  Repeat: 'AMAZON.RepeatIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
} as const;

export type IntentName = (typeof IntentNames)[keyof typeof IntentNames];

export const SlotNames = {
  Length: 'length',
  Exercise: 'exercise',
  Topic: 'topic',
  Rating: 'rating',
  Time: 'time',
  Duration: 'duration',
  Practice: 'practice',
  Region: 'region',
  /** A vague amount of time ("a few minutes", "plenty of time"), slot type TimeAmount. */
  Amount: 'amount',
} as const;

export const SlotTypes = {
  Length: 'RelaxationLength',
  Exercise: 'MindfulnessExercise',
  Topic: 'TipTopic',
  Practice: 'RelaxationName',
  Region: 'BodyRegion',
  TimeAmount: 'TimeAmount',
} as const;

/** Places older than this are still offered, but with a fresh start suggested too. */
export const STALE_PLACE_DAYS = 7;
