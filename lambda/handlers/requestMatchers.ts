import { getIntentName, getRequestType, getSlot, type HandlerInput } from 'ask-sdk-core';
import type { IntentName } from '../constants';

export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    (names as readonly string[]).includes(getIntentName(input.requestEnvelope))
  );
}

/**
 * The canonical id of a slot's resolved value, or undefined when the slot is empty or
 * Alexa could not match it (ER_SUCCESS_NO_MATCH).
 */
export function resolvedSlotId(input: HandlerInput, slotName: string): string | undefined {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return undefined;
  const slot = getSlot(input.requestEnvelope, slotName);
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') {
      const id = authority.values?.[0]?.value?.id;
      if (id) return id;
    }
  }
  return undefined;
}
