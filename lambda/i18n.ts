import i18next, { type TFunction } from 'i18next';
import deAdvice from './locales/de/advice.json';
import deCommon from './locales/de/common.json';
import deMindfulness from './locales/de/mindfulness.json';
import dePmr from './locales/de/pmr.json';
import deReminders from './locales/de/reminders.json';
import enAuCommon from './locales/en-AU/common.json';
import enGbCommon from './locales/en-GB/common.json';
import enInCommon from './locales/en-IN/common.json';
import enAdvice from './locales/en/advice.json';
import enCommon from './locales/en/common.json';
import enMindfulness from './locales/en/mindfulness.json';
import enPmr from './locales/en/pmr.json';
import enReminders from './locales/en/reminders.json';

/** Locales the skill is published in; anything else is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';

export const NAMESPACES = ['common', 'pmr', 'mind', 'advice', 'reminders'] as const;

/** One set of sentences per language; a country's file holds only what differs there. */
export const resources = {
  en: { common: enCommon, pmr: enPmr, mind: enMindfulness, advice: enAdvice, reminders: enReminders },
  'en-GB': { common: enGbCommon },
  'en-AU': { common: enAuCommon },
  'en-IN': { common: enInCommon },
  de: { common: deCommon, pmr: dePmr, mind: deMindfulness, advice: deAdvice, reminders: deReminders },
} as const;

export function supportedLocale(locale: string | undefined): SupportedLocale {
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase() === locale?.toLowerCase()) ?? DEFAULT_LOCALE;
}

// One shared instance, initialised synchronously at cold start; each request gets a
// translator fixed to its own locale, never a global language switch. German has no
// English fallback, so a missing German sentence shows as its key in tests.
const base = i18next.createInstance();
void base.init({
  resources,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  fallbackLng: { de: ['de'], default: ['en'] },
  supportedLngs: ['en', 'de', ...SUPPORTED_LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function translatorFor(locale: SupportedLocale): Translate {
  const t: TFunction = base.getFixedT(locale);
  return (key, options) => String(t(key, options ?? {}));
}
