import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AlexaTest, type SequenceItem } from 'ask-sdk-test';
import { handler } from '../lambda/index';
import { spoken } from './support/expectations';

// ask-sdk-test registers its sequences with mocha's `it`; under jest, jest's `it` runs them.
jest.mock('mocha', () => ({ it: global.it }));

/**
 * Golden request/response pairs for Amazon's certification rules (docs/certification.md),
 * replayed through ask-sdk-test (lambda-local, the real handler, dynalite). Each fixture in
 * test/fixtures/certification/ holds the envelopes exactly as Alexa sends them and what the
 * answer must do; speech is named by its resource key, so rewording a sentence keeps them
 * valid. ask-sdk-test adds its own certification check to every turn: a session left open
 * must contain a question, a closed one must not.
 */
interface GoldenExpectation {
  saysLike?: string;
  repromptsLike?: string;
  saysNothing?: boolean;
  repromptsNothing?: boolean;
  shouldEndSession?: boolean;
  /** The card type the response must carry. */
  card?: string;
}
interface Golden {
  rule: string;
  locale: string;
  turns: { request: RequestEnvelope; expect: GoldenExpectation }[];
}

const DIR = 'test/fixtures/certification';
const fixtures = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, golden: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Golden }));

/** One ask-sdk-test sequence item from a golden turn. */
function toSequenceItem(locale: string, { request, expect: golden }: Golden['turns'][number]): SequenceItem {
  const { saysLike, repromptsLike, card, ...rest } = golden;
  return {
    request,
    ...rest,
    ...(saysLike ? { saysLike: spoken(locale, saysLike) } : {}),
    ...(repromptsLike ? { repromptsLike: spoken(locale, repromptsLike) } : {}),
    ...(card ? { callback: (response: ResponseEnvelope) => expect(response.response.card?.type).toBe(card) } : {}),
  };
}

test('there are golden fixtures, each for one locale with its own person', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(7);
  const users = fixtures.map(({ golden }) => golden.turns[0]?.request.context.System.user.userId);
  expect(new Set(users).size).toBe(fixtures.length);
  for (const { golden } of fixtures) {
    for (const turn of golden.turns) expect(turn.request.request.locale).toBe(golden.locale);
  }
});

describe.each(fixtures)('$file', ({ golden }) => {
  const first = golden.turns[0]?.request;
  const settings = {
    appId: first?.context.System.application.applicationId ?? '',
    userId: first?.context.System.user.userId ?? '',
    deviceId: first?.context.System.device?.deviceId ?? '',
    locale: golden.locale,
  };
  describe(golden.rule, () => {
    new AlexaTest(handler, settings).test(golden.turns.map((turn) => toSequenceItem(golden.locale, turn)));
  });
});
