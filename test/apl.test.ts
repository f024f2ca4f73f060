import type { RequestEnvelope, ResponseEnvelope, SupportedInterfaces } from 'ask-sdk-model';
import { AplDocumentSchema, ComponentSchema, RenderDocumentSchema, type AplComponent } from '../tools/apl/aplSchema';
import document from '../lambda/apl/exercise.apl.json';
import { EXERCISE_SCREEN_TOKEN, exerciseScreenDirective, progressPercent, supportsApl } from '../lambda/apl/exerciseScreen';
import { envelope, intent } from '../tools/alexa/requests';
import { renderScreen } from '../tools/simulator/renderScreen';
import { newCaller, talkTo } from './support/skill';

/** The exercise screen on devices with a display, and nothing on those without. */

const ECHO_SHOW: SupportedInterfaces = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };

/** A real request envelope from a device with the given interfaces. */
function requestFrom(supportedInterfaces: SupportedInterfaces): RequestEnvelope {
  const request = envelope(newCaller(), { type: 'IntentRequest', intent: intent('AMAZON.NextIntent') }, { sessionId: 's', isNew: false, attributes: {} });
  const { System } = request.context;
  return { ...request, context: { ...request.context, System: { ...System, device: { deviceId: System.device?.deviceId ?? '', supportedInterfaces } } } };
}

const neck = { title: 'the standard relaxation', part: 'your neck', step: 2, steps: 4, stepLabel: 'Part 2 of 4', hint: 'Say pause, next or repeat.' };

/** Every component in a tree, parents first. */
function components(items: readonly AplComponent[]): AplComponent[] {
  return items.flatMap((c) => [c, ...components('items' in c ? (c.items ?? []) : [])]);
}

function responseWith(directives: ResponseEnvelope['response']['directives']): ResponseEnvelope {
  return { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Relax.</speak>' }, directives } };
}

test('the document is APL 2024.3 and only uses components and properties the schema knows', () => {
  const parsed = AplDocumentSchema.safeParse(document);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(document.version).toBe('2024.3');
  expect(document.mainTemplate.parameters).toEqual(['payload']);
});

test('the document carries no text of its own and loads nothing from the network', () => {
  const json = JSON.stringify(document);
  expect(json).not.toMatch(/https?:\/\//);
  const shown = components(AplDocumentSchema.parse(document).mainTemplate.items).flatMap((c) => ('text' in c ? [c.text] : []));
  expect(shown.length).toBe(4);
  for (const value of shown) expect(value).toMatch(/^\$\{payload\.exercise\.\w+\}$/);
  // Every binding refers to a field the skill fills in.
  const fields = new Set(Object.keys(exerciseScreenDirective(neck).datasources?.['exercise'] as object));
  for (const [, field] of json.matchAll(/payload\.exercise\.(\w+)/g)) expect(fields).toContain(field);
});

test('round, small and large screens each get their own sizes', () => {
  const conditions = (document.resources ?? []).map((block) => ('when' in block ? block.when : 'default'));
  expect(conditions).toEqual(['default', expect.stringContaining('viewport.height'), expect.stringContaining("viewport.shape == 'round'")]);
});

test.each([
  [1, 4, 25],
  [2, 4, 50],
  [4, 4, 100],
  [1, 3, 33],
  [2, 3, 67],
  [1, 1, 100],
  [0, 4, 0],
  [9, 4, 100],
  [1, 0, 0],
])('part %i of %i is %i%%', (step, steps, percent) => {
  expect(progressPercent(step, steps)).toBe(percent);
});

describe.each([
  neck,
  { title: 'the short body scan', part: 'the beginning', step: 1, steps: 4, stepLabel: 'Part 1 of 4', hint: 'Say pause, next or repeat.' },
  { title: 'In der normalen Entspannung', part: 'Jetzt bei dem Nacken', step: 7, steps: 7, stepLabel: 'Teil 7 von 7', hint: 'Sagen Sie: Pause, nächster oder wiederholen.' },
])('the directive for $part, part $step of $steps', (input) => {
  const directive = exerciseScreenDirective(input);

  test('is a valid RenderDocument with the stable token', () => {
    const parsed = RenderDocumentSchema.safeParse(directive);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(directive.token).toBe(EXERCISE_SCREEN_TOKEN);
    expect(directive.document).toBe(document);
  });

  test('passes the texts through, capitalised as labels, with the progress worked out', () => {
    const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    expect(directive.datasources).toEqual({
      exercise: {
        title: capital(input.title),
        part: capital(input.part),
        step: input.step,
        steps: input.steps,
        stepLabel: input.stepLabel,
        progress: progressPercent(input.step, input.steps),
        hint: input.hint,
      },
    });
  });

  test('leaves room in the 24 KB response for 8,000 characters of speech', () => {
    expect(Buffer.byteLength(JSON.stringify(directive), 'utf8')).toBeLessThan(8 * 1024);
  });
});

test('without a translated label the screen shows the numbers alone', () => {
  const { stepLabel: _label, ...unlabelled } = neck;
  expect(exerciseScreenDirective(unlabelled).datasources?.['exercise']).toMatchObject({ stepLabel: '2 / 4' });
});

describe('supportsApl', () => {
  test('is true for a device that announces Alexa.Presentation.APL', () => {
    expect(supportsApl(requestFrom(ECHO_SHOW))).toBe(true);
  });

  test('is false for a voice-only device, and for one with only other interfaces', () => {
    expect(supportsApl(envelope(newCaller(), { type: 'LaunchRequest' }))).toBe(false);
    expect(supportsApl(requestFrom({}))).toBe(false);
    expect(supportsApl(requestFrom({ AudioPlayer: {} }))).toBe(false);
  });

  test('is false, without throwing, when the envelope has no device at all', () => {
    const request = envelope(newCaller(), { type: 'LaunchRequest' });
    const { device: _device, ...system } = request.context.System;
    expect(supportsApl({ ...request, context: { ...request.context, System: system } })).toBe(false);
  });
});

describe('the simulator', () => {
  test('summarises the screen in one line', () => {
    const response = responseWith([exerciseScreenDirective(neck)]);
    expect(renderScreen(response)).toBe('[screen] The standard relaxation — Your neck — part 2 of 4 — 50%');
  });

  test('shows nothing for a response without a screen', () => {
    expect(renderScreen(responseWith(undefined))).toBeUndefined();
    expect(renderScreen(responseWith([{ type: 'Dialog.Delegate' }]))).toBeUndefined();
  });

  test('says so when a document is not the exercise screen', () => {
    const other = { type: 'Alexa.Presentation.APL.RenderDocument' as const, token: 'other', document: {}, datasources: {} };
    expect(renderScreen(responseWith([other]))).toBe('[screen] (a document this simulator cannot summarise)');
  });
});

describe('the schema can fail', () => {
  const text = { type: 'Text', text: '${payload.exercise.part}' };

  test('accepts a documented component', () => {
    expect(ComponentSchema.safeParse(text).success).toBe(true);
  });

  test.each([
    ['an unknown component type', { ...text, type: 'Label' }],
    ['a misspelled property', { ...text, fontsize: '20dp' }],
    ['a property of another component', { ...text, backgroundColor: '#000000' }],
    ['an unknown enum value', { ...text, textAlign: 'middle' }],
    ['a relative padding', { ...text, paddingLeft: '10%' }],
    ['a malformed dimension', { ...text, fontSize: 'big' }],
  ])('rejects %s', (_what, component) => {
    expect(ComponentSchema.safeParse(component).success).toBe(false);
  });

  test('rejects the same mistakes nested deep in the document', () => {
    const broken = structuredClone(document) as { mainTemplate: { items: Array<{ items: Array<{ items: Array<Record<string, unknown>> }> }> } };
    const hint = broken.mainTemplate.items[0]?.items[0]?.items[4];
    if (!hint) throw new Error('document layout changed');
    hint.colour = '#FFFFFF';
    expect(AplDocumentSchema.safeParse(broken).success).toBe(false);
  });

  test('rejects a Frame with two children and a directive without its token', () => {
    const frame = { type: 'Frame', width: '10dp', height: '10dp', items: [text, text] };
    expect(ComponentSchema.safeParse(frame).success).toBe(false);
    const { token: _token, ...tokenless } = exerciseScreenDirective(neck);
    expect(RenderDocumentSchema.safeParse(tokenless).success).toBe(false);
  });
});

test('an Echo Show sees the exercise screen on every segment; a voice-only device does not', async () => {
  const show = talkTo({ ...newCaller('en-US'), supportedInterfaces: ECHO_SHOW });
  const reply = await show.launch();
  expect(RenderDocumentSchema.safeParse(reply.response.response.directives?.[0]).success).toBe(true);
  expect(renderScreen(reply.response)).toMatch(/^\[screen\] The standard relaxation — .+ — part 1 of \d+ — \d+%$/);
  expect(renderScreen((await show.intent('AMAZON.NextIntent')).response)).toMatch(/part 2 of \d+/);
  expect((await talkTo(newCaller('en-US')).launch()).response.response.directives ?? []).toEqual([]);
});
