import type { RequestEnvelope } from 'ask-sdk-model';
import { IntentNames } from '../lambda/constants';
import { handler } from '../lambda/index';
import { log } from '../lambda/log';
import { envelope } from '../tools/alexa/requests';
import { segmentSsml, spoken } from './support/expectations';
import { FAULTS, startFakeDynamo, type FakeDynamo } from './support/fakeDynamo';
import { newCaller, talkTo } from './support/skill';

/**
 * The real Lambda handler (lambda/index.ts, the client it ships with) against a DynamoDB
 * endpoint that answers every way a network can go wrong. Nothing may escape as an
 * uncaught exception: that would end the Lambda process with the person unanswered.
 */
let fake: FakeDynamo;
const uncaught = jest.fn();
const unhandled = jest.fn();
const realEndpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;

beforeAll(async () => {
  fake = await startFakeDynamo();
  // Read by lambda/index.ts on its first request, which is in this file.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = fake.endpoint;
  process.on('uncaughtException', uncaught);
  process.on('unhandledRejection', unhandled);
});

afterAll(async () => {
  process.off('uncaughtException', uncaught);
  process.off('unhandledRejection', unhandled);
  process.env.AWS_ENDPOINT_URL_DYNAMODB = realEndpoint;
  await fake.close();
});

afterEach(() => {
  expect(uncaught).not.toHaveBeenCalled();
  expect(unhandled).not.toHaveBeenCalled();
});

describe.each(FAULTS)('DynamoDB answering %s', (fault) => {
  test('the exercise plays at once, the person hears once that the saved place could not be loaded', async () => {
    fake.fault = fault;
    const alexa = talkTo(newCaller());
    const before = fake.requests();
    const started = performance.now();
    const first = await alexa.launch();
    const elapsed = performance.now() - started;
    expect(fake.requests()).toBeGreaterThan(before); // the fault was really met
    expect(first.speech).toContain(segmentSsml('en-US', 'standard', 0));
    // A read that failed: the place could not be loaded, and nothing will be written over it.
    expect(first.speech).toContain(spoken('en-US', 'storage.notLoaded'));
    // The client's own budget (dynamoHttp.ts) is 900 ms; this bound only catches a hang.
    expect(elapsed).toBeLessThan(2000);
    const second = await alexa.intent(IntentNames.Yes);
    expect(second.speech).toContain(segmentSsml('en-US', 'standard', 1));
    expect(second.speech).not.toContain(spoken('en-US', 'storage.notLoaded'));
    expect(second.speech).not.toContain(spoken('en-US', 'storage.notSaved'));
  }, 8000);
});

describe('AlexaSkillEvent.SkillDisabled while DynamoDB fails', () => {
  const disabled = (): RequestEnvelope =>
    envelope(newCaller(), {
      type: 'AlexaSkillEvent.SkillDisabled',
      eventCreationTime: new Date().toISOString(),
      eventPublishingTime: new Date().toISOString(),
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    });

  test.each(['serverError', 'silent', 'garbage200'] as const)(
    '%s: the invocation fails, logged as an error, so Alexa delivers the event again',
    async (fault) => {
      fake.fault = fault;
      const error = jest.spyOn(log, 'error').mockImplementation(() => undefined);
      try {
        await expect(handler(disabled())).rejects.toMatchObject({ name: 'DeletionFailedError' });
        expect(error).toHaveBeenCalledWith(expect.stringContaining('not deleted'), expect.objectContaining({ reason: 'SkillDisabled' }));
      } finally {
        error.mockRestore();
      }
    },
    8000,
  );
});
