/** The permission the skill declares in skill.json and asks for with a consent card. */
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';
