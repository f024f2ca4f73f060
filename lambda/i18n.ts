import i18next, { type TFunction } from 'i18next';
import deCommon from './locales/de/common.json';
import dePmr from './locales/de/pmr.json';
import enCommon from './locales/en/common.json';
import enPmr from './locales/en/pmr.json';

/** Locales the skill is published in; anything else is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';

export const NAMESPACES = ['common', 'pmr'] as const;

export const resources = {
  en: { common: enCommon, pmr: enPmr },
  de: { common: deCommon, pmr: dePmr },
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

/** For tests: whether a key resolves in a locale without falling back to another language. */
export function hasOwnKey(locale: SupportedLocale, key: string): boolean {
  return base.exists(key, { lng: locale });
}
