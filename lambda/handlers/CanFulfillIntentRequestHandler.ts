import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { canfulfill, Slot } from 'ask-sdk-model';
import { IntentNames, type IntentName } from '../constants';
import { ANSWERS } from '../content/answers';

/**
 * Intents this skill can serve when Alexa routes a request without the skill's name
 * ("Alexa, start a progressive muscle relaxation"). Navigation, data deletion and
 * built-ins need the skill's own context, so they are not claimed.
 */
const NAME_FREE: ReadonlySet<string> = new Set<IntentName>([
  IntentNames.StartRelaxation,
  IntentNames.StartMindfulness,
  IntentNames.Tip,
  // Symptoms said without the skill's name are Alexa's own to handle, not a relaxation skill's.
  ...[...ANSWERS.keys()].filter((name) => name !== IntentNames.UrgentSymptom),
]);

function judgeSlot(slot: Slot): canfulfill.CanFulfillSlot {
  const codes = (slot.resolutions?.resolutionsPerAuthority ?? []).map((a) => a.status?.code);
  if (codes.includes('ER_SUCCESS_MATCH')) return { canUnderstand: 'YES', canFulfill: 'YES' };
  // A value the slot type does not know: the skill would fall back to its default.
  return { canUnderstand: 'MAYBE', canFulfill: 'NO' };
}

/**
 * Answers Alexa's "could you handle this?" truthfully and without side effects: no
 * storage, no speech. YES when every given slot resolves, MAYBE when one does not (the
 * skill would use its default), NO for intents it does not serve name-free.
 */
export const CanFulfillIntentRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle(input) {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    const intent = request.intent;
    if (!intent || !NAME_FREE.has(intent.name)) {
      return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    }
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    for (const [name, slot] of Object.entries(intent.slots ?? {})) {
      if (slot.value) slots[name] = judgeSlot(slot);
    }
    const allUnderstood = Object.values(slots).every((s) => s.canUnderstand === 'YES');
    return input.responseBuilder
      .withCanFulfillIntent({ canFulfill: allUnderstood ? 'YES' : 'MAYBE', slots })
      .getResponse();
  },
};
