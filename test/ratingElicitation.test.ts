import { readFileSync } from 'node:fs';
import type { dialog, IntentRequest } from 'ask-sdk-model';
import { modelSources } from '../interactionModels';
import { IntentNames, SlotNames } from '../lambda/constants';
import { SUPPORTED_LOCALES, translatorFor, type SupportedLocale } from '../lambda/i18n';
import type { Conversation, Reply } from '../tools/alexa/Conversation';
import { buildModel, modelPath } from '../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../tools/models/resolve';
import { spoken } from './support/expectations';
import { newCaller, talkTo } from './support/skill';
import { startExercise } from './support/start';
import { storedItem } from './support/table';

/**
 * "How tense do you feel, from 0 to 10?" answered with a bare number: the question carries
 * Dialog.ElicitSlot for the rating, and the model has the dialog section and slot samples
 * that Alexa uses only while that slot is elicited (docs/platform.md).
 */

function resolverFor(locale: SupportedLocale): UtteranceResolver {
  return new UtteranceResolver(JSON.parse(readFileSync(modelPath(locale), 'utf8')) as GeneratedModel, modelSources[locale]);
}

/** The slot of RateTensionIntent the reply elicits, if it elicits one. */
function elicited(reply: Reply): string | undefined {
  const directive = (reply.response.response.directives ?? []).find((d): d is dialog.ElicitSlotDirective => d.type === 'Dialog.ElicitSlot');
  return directive?.updatedIntent?.name === IntentNames.RateTension ? directive.slotToElicit : undefined;
}

/** Says an utterance the way Alexa hears it: the elicited slot's samples first. */
async function hear(alexa: Conversation, resolver: UtteranceResolver, utterance: string): Promise<Reply> {
  const resolution = resolver.resolve(utterance, alexa.elicitation);
  if (resolution.kind !== 'intent') throw new Error(`"${utterance}" does not reach an intent`);
  return alexa.intent(resolution.name, resolution.slots, resolution.dialogState);
}

describe.each(SUPPORTED_LOCALES)('the dialog model of %s', (locale) => {
  const model = buildModel(locale) as GeneratedModel;
  const language = model.interactionModel.languageModel;
  const resolver = new UtteranceResolver(model, modelSources[locale]);
  const rateTension = language.intents.find((i) => i.name === IntentNames.RateTension);
  const ratingSlot = rateTension?.slots?.find((s) => s.name === SlotNames.Rating);

  test('the rating slot needs elicitation, the skill keeps control, and its prompt is the spoken question', () => {
    const { dialog: dialogModel, prompts } = model.interactionModel;
    expect(dialogModel?.delegationStrategy).toBe('SKILL_RESPONSE');
    const intent = dialogModel?.intents.find((i) => i.name === IntentNames.RateTension) as
      | { slots: { name: string; type: string; elicitationRequired: boolean; prompts: { elicitation?: string } }[] }
      | undefined;
    const slot = intent?.slots.find((s) => s.name === SlotNames.Rating);
    expect(slot).toMatchObject({ type: 'AMAZON.NUMBER', elicitationRequired: true });
    // Every slot of the intent is listed, as Amazon's schema has it.
    expect(intent?.slots.map((s) => s.name).sort()).toEqual(rateTension?.slots?.map((s) => s.name).sort());
    const prompt = prompts?.find((p) => p.id === slot?.prompts.elicitation);
    expect(prompt?.variations).toEqual([{ type: 'PlainText', value: translatorFor(locale)('rating.askValue') }]);
  });

  test('a bare number is a slot sample of the rating only, never an intent sample', () => {
    expect(ratingSlot?.samples).toContain('{rating}');
    expect(rateTension?.samples).not.toContain('{rating}');
    // Some slot samples ("i'm at {rating}") are also the intent's own; none is another intent's.
    const othersSamples = new Set(language.intents.filter((i) => i !== rateTension).flatMap((i) => i.samples));
    for (const sample of ratingSlot?.samples ?? []) {
      expect(sample).toMatch(/^[\p{Ll}' ]*\{rating\}[\p{Ll}' ]*$/u);
      expect({ sample, anotherIntentsSample: othersSamples.has(sample) }).toEqual({ sample, anotherIntentsSample: false });
    }
  });

  test('a bare number reaches the rating only while it is elicited', () => {
    const three = locale === 'de-DE' ? 'drei' : 'three';
    const elicitation = { intent: IntentNames.RateTension, slot: SlotNames.Rating };
    expect(resolver.resolve(three)).toMatchObject({ kind: 'intent', name: IntentNames.Fallback });
    expect(resolver.resolve(three, elicitation)).toEqual({
      kind: 'intent',
      name: IntentNames.RateTension,
      slots: { [SlotNames.Rating]: { value: '3' } },
      dialogState: 'IN_PROGRESS',
    });
    // What no slot sample matches is resolved as usual.
    expect(resolver.resolve(locale === 'de-DE' ? 'ja' : 'yes', elicitation)).toMatchObject({ name: IntentNames.Yes });
    const rateMyTension = locale === 'de-DE' ? 'bewerte meine anspannung' : 'rate my tension';
    expect(resolver.resolve(rateMyTension)).toMatchObject({ name: IntentNames.RateTension, slots: {}, dialogState: 'STARTED' });
  });
});

const SPOKEN = {
  'en-US': { yes: 'yes', three: 'three', five: 'five', eleven: 'eleven', rate: 'rate my tension' },
  'de-DE': { yes: 'ja', three: 'sieben', five: 'fünf', eleven: 'elf', rate: 'bewerte meine anspannung' },
} as const;

describe.each(['en-US', 'de-DE'] as const)('a bare number answers the rating question in %s', (locale) => {
  const words = SPOKEN[locale];
  const say = (key: string, options?: Record<string, unknown>) => spoken(locale, key, options);
  const resolver = resolverFor(locale);
  const number = locale === 'de-DE' ? 7 : 3;

  test('finished exercise, offer, yes, then the number alone: stored after consent', async () => {
    const alexa = talkTo(newCaller(locale));
    const offer = await startExercise(alexa, 'breathingSpace', 'standard');
    expect(offer.speech).toContain(say('play.finishedRatingOffer'));
    expect(elicited(offer)).toBe(SlotNames.Rating);
    const asked = await hear(alexa, resolver, words.yes);
    expect(asked.speech).toContain(say('rating.askValue'));
    expect(elicited(asked)).toBe(SlotNames.Rating);
    const consent = await hear(alexa, resolver, words.three);
    expect((consent.request.request as IntentRequest).dialogState).toBe('IN_PROGRESS');
    expect(consent.speech).toContain(say('rating.askConsent'));
    expect(elicited(consent)).toBeUndefined();
    expect((await hear(alexa, resolver, words.yes)).speech).toContain(say('rating.stored', { value: number }));
    expect((await storedItem(alexa.caller.userId))?.ratings).toMatchObject([{ value: number }]);
  });

  test('asked again after a misunderstanding, the rating question still takes the number alone', async () => {
    const alexa = talkTo(newCaller(locale));
    await startExercise(alexa, 'breathingSpace', 'standard');
    const again = await alexa.intent(IntentNames.Fallback);
    expect(again.speech).toContain(say('fallback'));
    expect(elicited(again)).toBe(SlotNames.Rating);
    expect((await hear(alexa, resolver, words.three)).speech).toContain(say('rating.askConsent'));
  });

  test('on an Echo Show the offer carries the elicitation alone: Alexa allows no other directive with it', async () => {
    const show = talkTo({ ...newCaller(locale), supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } } });
    const offer = await startExercise(show, 'breathingSpace', 'standard');
    expect(offer.speech).toContain(say('play.finishedRatingOffer'));
    expect((offer.response.response.directives ?? []).map((d) => d.type)).toEqual(['Dialog.ElicitSlot']);
  });

  test('"rate my tension" asks for the number; the number alone is stored; out of range is asked again', async () => {
    const alexa = talkTo(newCaller(locale));
    const asked = await hear(alexa, resolver, words.rate);
    expect(asked.speech).toContain(say('rating.askValue'));
    expect(elicited(asked)).toBe(SlotNames.Rating);
    const again = await hear(alexa, resolver, words.eleven);
    expect(again.speech).toContain(say('rating.askValue'));
    expect(elicited(again)).toBe(SlotNames.Rating);
    const negative = await alexa.intent(IntentNames.RateTension, { [SlotNames.Rating]: { value: '-3' } }, 'IN_PROGRESS');
    expect(negative.speech).toContain(say('rating.askValue'));
    expect(elicited(negative)).toBe(SlotNames.Rating);
    expect((await hear(alexa, resolver, words.five)).speech).toContain(say('rating.askConsent'));
    expect((await hear(alexa, resolver, words.yes)).speech).toContain(say('rating.stored', { value: 5 }));
    expect((await storedItem(alexa.caller.userId))?.ratings).toMatchObject([{ value: 5 }]);
  });

  test('outside the question, a bare number is not understood', async () => {
    const alexa = talkTo(newCaller(locale));
    const reply = await hear(alexa, resolver, words.three);
    expect((reply.request.request as IntentRequest).intent.name).toBe(IntentNames.Fallback);
    expect(reply.speech).toContain(say('fallback'));
    expect(elicited(reply)).toBeUndefined();
    expect((await storedItem(alexa.caller.userId))?.ratings ?? []).toEqual([]);
  });
});
