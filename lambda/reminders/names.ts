/**
 * Names for the daily reminders, kept here until they move into constants.ts
 * (IntentNames, SlotNames, SlotTypes), so handlers, model and tests share one spelling.
 */
export const ReminderIntentNames = {
  SetReminder: 'SetReminderIntent',
  ListReminders: 'ListRemindersIntent',
  CancelReminders: 'CancelRemindersIntent',
} as const;

export const ReminderSlotNames = {
  Time: 'time',
} as const;

export const ReminderSlotTypes = {
  Time: 'AMAZON.TIME',
} as const;

/** The permission the skill declares in skill.json and asks for with a consent card. */
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';
