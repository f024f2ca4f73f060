import * as fc from 'fast-check';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { envelopeWith, forgedFlow, forgedRecord, intentRequest } from './support/fuzz/arbitraries';
import { assertProperty, expectValidOutcome, failOnUnhandledRejections, PROPERTY_TIMEOUT_MS } from './support/fuzz/harness';

/** Fuzzing the session attributes a client sends back: forged flow states and stored records. */
failOnUnhandledRejections();

test(
  'every intent with forged session state (flow, record) always gets a valid answer',
  () =>
    assertProperty(
      envelopeWith(intentRequest, fc.constantFrom(...SUPPORTED_LOCALES), fc.record({ flow: forgedFlow, record: forgedRecord }, { requiredKeys: ['flow'] })),
      (event) => expectValidOutcome(event, () => true),
    ),
  PROPERTY_TIMEOUT_MS,
);
