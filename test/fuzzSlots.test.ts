import * as fc from 'fast-check';
import { authority, INTENT_NAMES, SLOT_IDS, SLOT_NAMES, wellFormedEnvelope } from './support/fuzz/arbitraries';
import { assertProperty, expectValidOutcome, failOnUnhandledRejections, INJECTIONS, isObject, PROPERTY_TIMEOUT_MS } from './support/fuzz/harness';

/** Fuzzing slot values: markup, entities and huge text must never reach the speech unescaped. */
failOnUnhandledRejections();

test(
  'slot values with markup, entities and huge text never reach the speech unescaped',
  () =>
    assertProperty(
      fc
        .tuple(wellFormedEnvelope, fc.constantFrom(...INTENT_NAMES), fc.constantFrom(...SLOT_NAMES), fc.constantFrom(...INJECTIONS), fc.option(fc.constantFrom(...SLOT_IDS)))
        .map(([envelope, name, slotName, value, id]) => {
          const request = isObject(envelope.request) ? envelope.request : {};
          const filled = {
            name: slotName,
            value,
            confirmationStatus: 'NONE',
            resolutions: {
              resolutionsPerAuthority: [
                id === null
                  ? { authority: authority(slotName), status: { code: 'ER_SUCCESS_NO_MATCH' } }
                  : { authority: authority(slotName), status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
              ],
            },
          };
          return {
            ...envelope,
            request: { ...request, type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots: { [slotName]: filled } } },
          };
        }),
      (event) => expectValidOutcome(event, () => true),
    ),
  PROPERTY_TIMEOUT_MS,
);
