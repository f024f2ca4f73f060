import i18next, { type i18n, type TFunction } from 'i18next';

/** Locales the skill is published in; anything else is answered in en-US. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en-US';

export const NAMESPACES = ['common', 'pmr', 'mind', 'advice', 'reminders'] as const;
type Namespace = (typeof NAMESPACES)[number];
type Sentences = Partial<Record<Namespace, object>>;

/* eslint-disable @typescript-eslint/no-require-imports -- a require inside a function stays
   lazy in the bundle: a cold start compiles and evaluates only the language it is asked for. */
/** One set of sentences per language; a country's files hold only what differs there. */
const LANGUAGES: Readonly<Record<string, () => Sentences>> = {
  en: () => ({
    common: require('./locales/en/common.json'),
    pmr: require('./locales/en/pmr.json'),
    mind: require('./locales/en/mindfulness.json'),
    advice: require('./locales/en/advice.json'),
    reminders: require('./locales/en/reminders.json'),
  }),
  'en-GB': () => ({ common: require('./locales/en-GB/common.json'), advice: require('./locales/en-GB/advice.json') }),
  'en-CA': () => ({ common: require('./locales/en-CA/common.json'), advice: require('./locales/en-CA/advice.json') }),
  'en-AU': () => ({ common: require('./locales/en-AU/common.json'), advice: require('./locales/en-AU/advice.json') }),
  'en-IN': () => ({ common: require('./locales/en-IN/common.json'), advice: require('./locales/en-IN/advice.json') }),
  de: () => ({
    common: require('./locales/de/common.json'),
    pmr: require('./locales/de/pmr.json'),
    mind: require('./locales/de/mindfulness.json'),
    advice: require('./locales/de/advice.json'),
    reminders: require('./locales/de/reminders.json'),
  }),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export function supportedLocale(locale: string | undefined): SupportedLocale {
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase() === locale?.toLowerCase()) ?? DEFAULT_LOCALE;
}

// One shared instance, initialised synchronously on the first request that speaks (not at
// module load: events and session ends never need it); each request gets a translator fixed
// to its own locale, never a global language switch. German has no English fallback, so a
// missing German sentence shows as its key in tests.
let instance: i18n | undefined;
function base(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources: {},
    ns: [...NAMESPACES],
    defaultNS: 'common',
    fallbackLng: { de: ['de'], default: ['en'] },
    supportedLngs: ['en', 'de', ...SUPPORTED_LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const loaded = new Set<string>();

/** Adds a language's sentences the first time a request needs them. */
function load(code: string): void {
  if (loaded.has(code)) return;
  loaded.add(code);
  for (const [namespace, sentences] of Object.entries(LANGUAGES[code]?.() ?? {})) {
    // Not copied: the parsed files are read only, and a deep copy of every sentence would
    // cost the first answer of a cold start a few ms and some 250 KB of garbage.
    base().addResourceBundle(code, namespace, sentences, false, false, { skipCopy: true });
  }
}

/** At most this many sentences with options are kept per locale (their values vary). */
const MAX_REMEMBERED_WITH_OPTIONS = 2000;

/**
 * The lookup's identity: the key, then each option's name and value. Undefined when an
 * option is not a plain string, number or boolean (such a sentence is not kept).
 */
function lookupId(key: string, options: Record<string, unknown> | undefined): string | undefined {
  let id = key;
  for (const name in options) {
    const value = options[name];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    id += `\u0000${name}\u0001${String(value)}`;
  }
  return id;
}

/**
 * The sentences never change while the process runs, so the same lookup (key and option
 * values) gives the same text: each is asked of i18next once per locale and kept. i18next
 * allocates some 2 KB per lookup, and that garbage set the warm requests' p99
 * (docs/performance.md).
 */
function remembering(t: TFunction): Translate {
  const plain = new Map<string, string>();
  const withOptions = new Map<string, string>();
  return (key, options) => {
    const id = lookupId(key, options);
    if (id === undefined) return String(t(key, options ?? {}));
    const kept = id === key ? plain : withOptions;
    let text = kept.get(id);
    if (text === undefined) {
      text = String(t(key, options ?? {}));
      if (kept === withOptions && withOptions.size >= MAX_REMEMBERED_WITH_OPTIONS) withOptions.clear();
      kept.set(id, text);
    }
    return text;
  };
}

/** One translator per locale, made on its first request (the sentences never change while running). */
const translators = new Map<SupportedLocale, Translate>();

export function translatorFor(locale: SupportedLocale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    load(locale);
    load(locale.slice(0, 2));
    translate = remembering(base().getFixedT(locale));
    translators.set(locale, translate);
  }
  return translate;
}
