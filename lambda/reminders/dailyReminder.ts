import type { services } from 'ask-sdk-model';

/** A time of day on the person's own clock (the device's time zone). */
export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

/** AMAZON.TIME's fuzzy values ("in the morning", "tonight") as the times this skill picks for them. */
const FUZZY_TIMES: ReadonlyMap<string, LocalTime> = new Map([
  ['MO', { hour: 8, minute: 0 }],
  ['AF', { hour: 14, minute: 0 }],
  ['EV', { hour: 19, minute: 0 }],
  ['NI', { hour: 21, minute: 0 }],
]);

/**
 * An AMAZON.TIME slot value ("20:00", "08:30", or MO/AF/EV/NI) as a time of day;
 * undefined when the slot is empty or holds anything else.
 */
export function parseSlotTime(value: unknown): LocalTime | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toUpperCase();
  const fuzzy = FUZZY_TIMES.get(text);
  if (fuzzy) return fuzzy;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(text);
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** "HH:MM", as AMAZON.TIME sends it. */
export function toHhMm(time: LocalTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The RFC 5545 rule for "every day at this time", as the Reminders API takes it. */
export function dailyRule(time: LocalTime): string {
  return `FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0`;
}

/**
 * The request that creates a reminder every day at `time`. No `timeZoneId`: Alexa then uses
 * the time zone set on the person's device, which is where "8 pm" was meant. No
 * `scheduledTime` or `freq`: the API ignores them once `recurrenceRules` is given.
 * `text` is what Alexa says when the reminder goes off, in `locale`.
 */
export function buildDailyReminder(time: LocalTime, locale: string, text: string): services.reminderManagement.ReminderRequest {
  return {
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      recurrence: { recurrenceRules: [dailyRule(time)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** The time of day a stored reminder goes off: from its daily rule, else from its scheduled time. */
export function timeOfReminder(reminder: services.reminderManagement.Reminder): LocalTime | undefined {
  for (const rule of reminder.trigger?.recurrence?.recurrenceRules ?? []) {
    if (typeof rule !== 'string') continue;
    const hour = /(?:^|;)BYHOUR=(\d{1,2})(?:;|$)/.exec(rule)?.[1];
    const minute = /(?:^|;)BYMINUTE=(\d{1,2})(?:;|$)/.exec(rule)?.[1] ?? '0';
    if (hour !== undefined) return validTime(Number(hour), Number(minute));
  }
  const scheduled = reminder.trigger?.scheduledTime;
  const match = typeof scheduled === 'string' ? /T(\d{2}):(\d{2})/.exec(scheduled) : null;
  return match ? validTime(Number(match[1]), Number(match[2])) : undefined;
}

function validTime(hour: number, minute: number): LocalTime | undefined {
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
