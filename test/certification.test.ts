import { readFileSync } from 'node:fs';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { ui } from 'ask-sdk-model';
import { modelSources } from '../interactionModels';
import { readConfig } from '../lambda/config';
import { IntentNames } from '../lambda/constants';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../lambda/i18n';
import { REMINDERS_PERMISSION } from '../lambda/reminders/permission';
import { createLambdaHandler } from '../lambda/skill';
import { Conversation, type Reply } from '../tools/alexa/Conversation';
import { envelope } from '../tools/alexa/requests';
import { buildModel } from '../tools/models/buildModel';
import type { GeneratedModel, UtteranceResolver } from '../tools/models/resolve';
import { MemoryAdapter } from './support/adapters';
import { invoke } from './support/invoke';
import { newCaller, skillWith, SKILL_APP_ID, talkTo } from './support/skill';
import { storedItem } from './support/table';
import { resolverFor } from './support/resolver';

/**
 * Amazon's certification tests for a custom skill (functional, voice interface and user
 * experience, security), one test per rule, through the real Lambda handler and DynamoDB
 * (dynalite), in every locale. docs/certification.md maps each rule to its test.
 */

interface Manifest {
  manifest: { publishingInformation: { locales: Record<string, { examplePhrases: string[] }> } };
}
const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')) as Manifest;


/** Every intent of the locale's interaction model. */
const modelIntents = (locale: SupportedLocale): string[] =>
  (buildModel(locale) as GeneratedModel).interactionModel.languageModel.intents.map((i) => i.name);

/** The words of an SSML string. */
const plain = (ssml: string): string => ssml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** An open session must wait for the person: a question, and a reprompt for when they say nothing. */
function expectOpenWithQuestion(reply: Reply): void {
  expect({ ended: reply.ended, hasReprompt: Boolean(reply.reprompt), speech: reply.speech }).toEqual({
    ended: false,
    hasReprompt: true,
    speech: expect.stringMatching(/\?/),
  });
}

/** Sends what the utterance resolves to, the way Alexa would: a launch, or an intent with its slots. */
async function say(alexa: Conversation, resolver: UtteranceResolver, utterance: string): Promise<Reply> {
  const resolution = resolver.resolve(utterance, alexa.elicitation);
  if (resolution.kind === 'launch') return alexa.launch();
  if (resolution.kind !== 'intent') throw new Error(`"${utterance}" resolves to nothing`);
  return alexa.intent(resolution.name, resolution.slots, resolution.dialogState);
}

/** A session in the middle of an exercise: launched, then on to the first part. */
async function midExercise(locale: string): Promise<Conversation> {
  const alexa = talkTo(newCaller(locale));
  expectOpenWithQuestion(await alexa.launch());
  expectOpenWithQuestion(await alexa.intent(IntentNames.Next));
  return alexa;
}

describe.each(SUPPORTED_LOCALES)('certification in %s', (locale) => {
  const resolver = resolverFor(locale);
  const invocation = modelSources[locale].invocationName;
  const examplePhrases = manifest.manifest.publishingInformation.locales[locale]?.examplePhrases ?? [];

  test('example phrases: each works as a one-shot request and answers what it promises', async () => {
    expect(examplePhrases.length).toBeGreaterThanOrEqual(1);
    expect(examplePhrases[0]?.toLowerCase()).toContain(invocation);
    for (const phrase of examplePhrases) {
      const reply = await say(talkTo(newCaller(locale)), resolver, phrase);
      expect({ phrase, speech: plain(reply.speech).length > 20 }).toEqual({ phrase, speech: true });
      if (!reply.ended) expectOpenWithQuestion(reply);
    }
  });

  test('invocation name: "open <name>" launches with a welcome and waits for an answer', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await say(alexa, resolver, `Alexa, ${locale.startsWith('de') ? 'öffne' : 'open'} ${invocation}`);
    expect(reply.request.request.type).toBe('LaunchRequest');
    expectOpenWithQuestion(reply);
  });

  test('one-shot: "ask <name> for a tip" opens a session and is fulfilled at once, with a card for the Alexa app', async () => {
    const phrase = locale.startsWith('de') ? `Alexa, frage ${invocation} nach einem Rückentipp` : `Alexa, ask ${invocation} for a back pain tip`;
    const reply = await say(talkTo(newCaller(locale)), resolver, phrase);
    expect(reply.request.request).toMatchObject({ type: 'IntentRequest', intent: { name: IntentNames.Tip } });
    expect(reply.request.session?.new).toBe(true);
    expect(reply.speech).not.toBe((await talkTo(newCaller(locale)).launch()).speech);
    const card = reply.response.response.card as ui.SimpleCard | ui.StandardCard | undefined;
    const cardText = card?.type === 'Simple' ? card.content : card?.text;
    expect(cardText?.length ?? 0).toBeGreaterThan(40);
  });

  test('intent response: every intent of the model, one-shot and mid-session, gets speech and no dead end', async () => {
    for (const name of modelIntents(locale)) {
      for (const alexa of [talkTo(newCaller(locale)), await midExercise(locale)]) {
        const reply = await alexa.intent(name);
        expect({ name, speech: plain(reply.speech).length > 0 }).toEqual({ name, speech: true });
        if (!reply.ended) expectOpenWithQuestion(reply);
        else expect({ name, endsOnQuestion: /\?$/.test(plain(reply.speech)) }).toEqual({ name, endsOnQuestion: false });
      }
    }
  });

  test('session management: a session left open always has a question and a reprompt; a closed one asks nothing', async () => {
    const alexa = talkTo(newCaller(locale));
    const replies = [
      await alexa.launch(),
      await alexa.intent(IntentNames.Next),
      await alexa.intent(IntentNames.Repeat),
      await alexa.intent(IntentNames.Pause),
      await alexa.launch(),
      await alexa.intent(IntentNames.Resume),
      await alexa.intent(IntentNames.Stop),
    ];
    for (const reply of replies) {
      if (!reply.ended) expectOpenWithQuestion(reply);
      else expect({ reprompt: reply.reprompt, endsOnQuestion: /\?\s*$/.test(plain(reply.speech)) }).toEqual({ reprompt: undefined, endsOnQuestion: false });
    }
    expect(replies.at(-1)?.ended).toBe(true);
  });

  test('help: explains the skill, ends on a question and keeps the session, at launch and mid-exercise', async () => {
    const atLaunch = talkTo(newCaller(locale));
    await atLaunch.launch();
    expectOpenWithQuestion(await atLaunch.intent(IntentNames.Help));
    expectOpenWithQuestion(await (await midExercise(locale)).intent(IntentNames.Help));
    expectOpenWithQuestion(await talkTo(newCaller(locale)).intent(IntentNames.Help));
  });

  test.each([IntentNames.Stop, IntentNames.Cancel])('%s ends the session: at launch, mid-exercise, and at a yes/no question', async (name) => {
    const atLaunch = talkTo(newCaller(locale));
    await atLaunch.launch();
    expect((await atLaunch.intent(name)).ended).toBe(true);
    expect((await (await midExercise(locale)).intent(name)).ended).toBe(true);
    const atQuestion = talkTo(newCaller(locale));
    await atQuestion.intent(IntentNames.DeleteData); // "Shall I delete your data?"
    expect((await atQuestion.intent(name)).ended).toBe(true);
  });

  test('fallback: an utterance outside the skill says so and asks again, session open', async () => {
    const alexa = talkTo(newCaller(locale));
    const launch = await alexa.launch();
    const reply = await alexa.intent(IntentNames.Fallback);
    expectOpenWithQuestion(reply);
    expect(reply.speech).not.toBe(launch.speech);
  });

  test('reprompts: silence after the reprompt ends the session quietly', async () => {
    const alexa = talkTo(newCaller(locale));
    expectOpenWithQuestion(await alexa.launch());
    const ended = await alexa.end('EXCEEDED_MAX_REPROMPTS');
    expect(ended?.response.response.outputSpeech).toBeUndefined();
    expect(ended?.response.response.reprompt).toBeUndefined();
  });

  test('permissions: a reminder without the permission sends the consent card and says why', async () => {
    const reply = await talkTo(newCaller(locale)).intent(IntentNames.SetReminder, { time: { value: '08:00' } });
    const card = reply.response.response.card as ui.AskForPermissionsConsentCard | undefined;
    expect(card?.type).toBe('AskForPermissionsConsent');
    expect(card?.permissions).toEqual([REMINDERS_PERMISSION]);
    expect(plain(reply.speech).length).toBeGreaterThan(20);
    expect(reply.ended).toBe(true);
  });

  test('error handling: storage down, the person still gets an answer that keeps to the session rules', async () => {
    const down = new Error('storage down');
    const broken: PersistenceAdapter = { getAttributes: () => Promise.reject(down), saveAttributes: () => Promise.reject(down) };
    const alexa = new Conversation(skillWith(broken), newCaller(locale));
    expectOpenWithQuestion(await alexa.launch());
    expectOpenWithQuestion(await alexa.intent(IntentNames.Next));
    expect((await alexa.intent(IntentNames.Stop)).ended).toBe(true);
  });

  test('privacy: "delete my data" from the privacy policy reaches the skill and deletes the stored item', async () => {
    const policy = readFileSync(locale.startsWith('de') ? 'docs/de/privacy-policy.md' : 'docs/privacy-policy.md', 'utf8');
    const phrase = /\*\*[„"](Alexa, [^"“”]+)[“"]\*\*/.exec(policy)?.[1] ?? '';
    expect(phrase.toLowerCase()).toContain(invocation);
    const caller = newCaller(locale);
    await talkTo(caller).intent(IntentNames.Tip); // something stored
    expect(await storedItem(caller.userId)).toBeDefined();
    const alexa = talkTo(caller);
    expectOpenWithQuestion(await say(alexa, resolver, phrase)); // "Shall I delete ...?"
    expect((await alexa.intent(IntentNames.Yes)).ended).toBe(true);
    expect(await storedItem(caller.userId)).toBeUndefined();
  });

  test('security: with the skill ID set, a request for another skill is refused', async () => {
    const guarded = createLambdaHandler({ config: { ...readConfig(), skillId: SKILL_APP_ID }, persistence: new MemoryAdapter() });
    const stranger = { ...newCaller(locale), applicationId: 'amzn1.ask.skill.someone-else' };
    await expect(invoke(guarded, envelope(stranger, { type: 'LaunchRequest' }))).rejects.toThrow(/skill id/i);
    await expect(invoke(guarded, envelope(newCaller(locale), { type: 'LaunchRequest' }))).resolves.toMatchObject({ version: '1.0' });
  });
});
