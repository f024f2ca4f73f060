import type { Translate } from '../i18n';

/** The card text for a tip or answer: its words, then where they come from (`<key>.text`, `<key>.source`). */
export function sourceCard(t: Translate, key: string): string {
  return `${t(`${key}.text`)}\n\n${t('card.source', { source: t(`${key}.source`) })}`;
}
