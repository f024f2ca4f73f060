import { readFileSync } from 'node:fs';
import { modelSources } from '../interactionModels';
import { IntentNames, SlotTypes } from '../lambda/constants';
import { ANSWERS } from '../lambda/content/answers';
import { TIP_TOPICS } from '../lambda/content/tips';
import { mindfulnessExercises } from '../lambda/exercises/mindfulness';
import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { expandPattern } from '../tools/models/expand';
import { buildModel, modelPath, serialize } from '../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../tools/models/resolve';

/** Our budgets for Amazon's interaction model limits, with sources: docs/platform.md. */
const MAX_SAMPLES_PER_INTENT = 1500;
const MAX_SAMPLE_CHARACTERS = 200;
const MAX_MODEL_BYTES = 1_000_000;

const INVOCATION = { en: 'muscle relaxation', de: 'progressive muskelentspannung' } as const;

test('patterns expand into every combination', () => {
  expect(expandPattern('(start|begin) [a] {length} relaxation').sort()).toEqual(
    ['begin a {length} relaxation', 'begin {length} relaxation', 'start a {length} relaxation', 'start {length} relaxation'].sort(),
  );
});

describe.each(SUPPORTED_LOCALES)('interaction model %s', (locale) => {
  const model = buildModel(locale) as GeneratedModel;
  const language = model.interactionModel.languageModel;
  const resolver = new UtteranceResolver(model, modelSources[locale]);

  test('the generated JSON is up to date (run npm run models)', () => {
    expect(readFileSync(modelPath(locale), 'utf8')).toBe(serialize(model));
  });

  test('uses the invocation name of the contract', () => {
    expect(language.invocationName).toBe(INVOCATION[locale.startsWith('de') ? 'de' : 'en']);
  });

  test('every sample resolves to its own intent, with its slots filled', () => {
    for (const intent of language.intents) {
      for (const sample of intent.samples) {
        const said = sample.replace(/\{([^}]+)\}/g, (_m, slot: string) => {
          const type = intent.slots?.find((x) => x.name === slot)?.type;
          if (type === 'AMAZON.NUMBER') return 'six';
          if (type === 'AMAZON.TIME') return locale === 'de-DE' ? 'zwanzig uhr' : 'eight pm';
          if (type === 'AMAZON.DURATION') return locale === 'de-DE' ? 'zehn minuten' : 'ten minutes';
          return language.types.find((t) => t.name === type)?.values[0]?.name.value ?? slot;
        });
        const resolution = resolver.resolveInSession(said);
        expect({ said, intent: resolution?.kind === 'intent' ? resolution.name : resolution?.kind }).toEqual({
          said,
          intent: intent.name,
        });
      }
    }
  });

  test('no sample belongs to two intents, and samples follow Alexa\'s rules', () => {
    const owner = new Map<string, string>();
    for (const intent of language.intents) {
      for (const sample of intent.samples) {
        expect({ sample, also: owner.get(sample) }).toEqual({ sample, also: undefined });
        owner.set(sample, intent.name);
        // Lower case words, apostrophes and slots only; numbers spelled out.
        expect(sample).toMatch(/^[\p{Ll}' {}]+$/u);
        expect(sample.split(' ').length).toBeLessThanOrEqual(20);
      }
    }
  });

  test('the model stays within the interaction model limits (docs/platform.md)', () => {
    for (const intent of language.intents) {
      expect({ intent: intent.name, samples: Math.min(intent.samples.length, MAX_SAMPLES_PER_INTENT + 1) }).toEqual({
        intent: intent.name,
        samples: Math.min(intent.samples.length, MAX_SAMPLES_PER_INTENT),
      });
      for (const sample of intent.samples) expect(sample.length).toBeLessThanOrEqual(MAX_SAMPLE_CHARACTERS);
      // A sample that is a lone slot catches anything said; a custom slot's fixed list is allowed.
      const lone = /^\{([^}]+)\}$/.exec(intent.samples.find((s) => /^\{[^}]+\}$/.test(s)) ?? '');
      const type = lone ? intent.slots?.find((s) => s.name === lone[1])?.type : undefined;
      expect({ intent: intent.name, builtInLoneSlot: type?.startsWith('AMAZON.') ?? false }).toEqual({ intent: intent.name, builtInLoneSlot: false });
    }
    expect(serialize(model).length).toBeLessThanOrEqual(MAX_MODEL_BYTES);
  });

  test('the built-in intents a certified skill needs are all in the model', () => {
    const names = language.intents.map((i) => i.name);
    for (const builtIn of ['Help', 'Stop', 'Cancel', 'NavigateHome', 'Fallback', 'Pause', 'Resume', 'Next', 'Repeat', 'StartOver', 'Yes', 'No']) {
      expect(names).toContain(`AMAZON.${builtIn}Intent`);
    }
  });

  test('every tip topic, exercise and answer is reachable by at least three sample utterances', () => {
    const samplesOf = (name: string) => language.intents.find((i) => i.name === name)?.samples ?? [];
    for (const name of ANSWERS.keys()) expect({ name, enough: samplesOf(name).length >= 3 }).toEqual({ name, enough: true });
    for (const [intentName, slotType] of [
      [IntentNames.Tip, SlotTypes.Topic],
      [IntentNames.StartMindfulness, SlotTypes.Exercise],
    ] as const) {
      const withSlot = samplesOf(intentName).filter((s) => s.includes('{'));
      const values = language.types.find((t) => t.name === slotType)?.values ?? [];
      // 'any': "a back pain tip", "a meditation": the handler picks one.
      expect(values.map((v) => v.id).sort()).toEqual(
        [...(slotType === SlotTypes.Topic ? [...TIP_TOPICS] : mindfulnessExercises.map((e) => e.id)), 'any'].sort(),
      );
      // Each value can be said in every sample that carries the slot.
      expect(withSlot.length).toBeGreaterThanOrEqual(3);
    }
  });

  test('launch and one-shot phrasings reach the skill', () => {
    const invocation = language.invocationName;
    const verb = modelSources[locale].launchVerbs[0];
    expect(resolver.resolve(`Alexa, ${verb} ${invocation}`)).toEqual({ kind: 'launch' });
    const oneShot = locale === 'de-DE' ? `frage ${invocation} nach fortsetzen` : `ask ${invocation} to resume`;
    expect(resolver.resolve(oneShot)).toMatchObject({ kind: 'intent', name: 'AMAZON.ResumeIntent' });
  });
});
