import { spokenNumber } from './spokenNumber';

/**
 * AMAZON.DURATION for the local resolver (resolve.ts, BUILT_IN_TYPES): a spoken length of
 * time in English or German as the ISO-8601 duration Alexa sends ("ten minutes" -> PT10M,
 * "half an hour" -> PT30M, "eine halbe Stunde" -> PT30M). A time without a number ("a few
 * minutes", "ein paar Minuten") is no duration here: the TimeAmount slot type takes it
 * (interactionModels/en/timeAvailable.ts, docs/platform.md).
 */
export function amazonDuration(said: string): string | undefined {
  if (Object.hasOwn(FIXED, said)) return FIXED[said];
  const match = UNIT.exec(said);
  if (!match) return undefined;
  const count = match[1] === 'a' || match[1] === 'an' ? 1 : spokenNumber(match[1]!);
  if (count === undefined || Number.isNaN(count) || count <= 0) return undefined;
  return /^(hour|stunde)/.test(match[2]!) ? `PT${count}H` : `PT${count}M`;
}

const FIXED: Readonly<Record<string, string>> = {
  'half an hour': 'PT30M', 'a half hour': 'PT30M', 'half hour': 'PT30M',
  'an hour and a half': 'PT1H30M', 'one and a half hours': 'PT1H30M',
  'a quarter of an hour': 'PT15M', 'quarter of an hour': 'PT15M', 'a quarter hour': 'PT15M',
  'a minute': 'PT1M',
  'eine halbe stunde': 'PT30M', 'einer halben stunde': 'PT30M', 'halbe stunde': 'PT30M', 'ne halbe stunde': 'PT30M',
  'eine viertelstunde': 'PT15M', 'einer viertelstunde': 'PT15M', 'viertelstunde': 'PT15M', 'ne viertelstunde': 'PT15M',
  'eine dreiviertelstunde': 'PT45M', 'anderthalb stunden': 'PT1H30M', 'eineinhalb stunden': 'PT1H30M',
  'eine minute': 'PT1M',
};

const UNIT = /^(a|an|\d{1,3}|[a-zäöüß]+(?:[ -][a-z]+)?) (minutes?|mins?|hours?|minuten|minute|stunden?)$/;
