import type { SupportedLocale } from '../lambda/i18n';
import { german } from './de';
import { english } from './en';
import type { ModelSource } from './types';

/** Which source each published locale's model is generated from. */
export const modelSources: Readonly<Record<SupportedLocale, ModelSource>> = {
  'en-US': english,
  'en-GB': english,
  'en-CA': english,
  'en-AU': english,
  'en-IN': english,
  'de-DE': german,
};
