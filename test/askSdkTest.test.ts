import { AlexaTest, IntentRequestBuilder, LaunchRequestBuilder, SessionEndedRequestBuilder } from 'ask-sdk-test';
import { IntentNames } from '../lambda/constants';
import { handler } from '../lambda/index';
import { segmentSsml, spoken } from './support/expectations';
import { SKILL_APP_ID } from './support/skill';

// ask-sdk-test registers its sequences with mocha's `it`; under jest, jest's `it` runs them.
jest.mock('mocha', () => ({ it: global.it }));

/** The same skill through ask-sdk-test's transcript runner (lambda-local, the real handler, dynalite). */
const settings = {
  appId: SKILL_APP_ID,
  userId: `amzn1.ask.account.ask-sdk-test-${Date.now()}`,
  deviceId: 'amzn1.ask.device.ask-sdk-test',
  locale: 'en-US',
};
const say = (key: string, options?: Record<string, unknown>) => spoken('en-US', key, options);
const alexaTest = new AlexaTest(handler, settings);

describe('transcript: launch, help, next, stop', () => {
  alexaTest.test([
    {
      request: new LaunchRequestBuilder(settings).build(),
      saysLike: say('welcome.safety'),
      repromptsLike: say('play.goOnReprompt'),
      shouldEndSession: false,
    },
    {
      request: new IntentRequestBuilder(settings, IntentNames.Help).build(),
      saysLike: say('help.text'),
      shouldEndSession: false,
    },
    {
      request: new IntentRequestBuilder(settings, IntentNames.Next).build(),
      saysLike: segmentSsml('en-US', 'standard', 1),
      shouldEndSession: false,
    },
    {
      request: new IntentRequestBuilder(settings, IntentNames.Stop).build(),
      saysLike: say('pause.kept', { part: say('pmr:group.neck.name') }),
      shouldEndSession: true,
    },
  ]);
});

describe('transcript: silence ends the session quietly', () => {
  alexaTest.test([
    { request: new LaunchRequestBuilder(settings).build(), shouldEndSession: false },
    { request: new SessionEndedRequestBuilder(settings, 'EXCEEDED_MAX_REPROMPTS').build(), saysNothing: true, repromptsNothing: true },
  ]);
});
