/**
 * `npm start`: a terminal stand-in for an Echo. Type what you would say; the utterance is
 * resolved against the generated interaction model and sent as a real request envelope to
 * the built Lambda bundle, with its state in dynalite on disk under .data/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import dynalite from 'dynalite';
import { modelSources } from '../../interactionModels';
import { supportedLocale } from '../../lambda/i18n';
import { Conversation, type Reply, type SkillHandler } from '../alexa/Conversation';
import { playingSeconds } from '../alexa/playingTime';
import { modelPath } from '../models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../models/resolve';
import type { Caller } from '../alexa/requests';
import { renderScreen } from './renderScreen';
import { spokenParts } from './renderSpeech';

const HELP = `Type what you would say to Alexa, e.g. "start muscle relaxation", "yes", "pause",
"ask muscle relaxation to resume". The clock moves as Alexa speaks: what you type next is said
after the whole answer. Commands: /after 90 (say the next thing 90 s into the answer, interrupting
it), /wait 3600 (wait that many seconds more), /silence (say nothing until the session times out),
/quit (leave the simulator).`;

/** How long Alexa listens after a question, and again after its reprompt. */
const LISTENING_SECONDS = 8;

function clockMove(seconds: number): string {
  const s = Math.round(seconds);
  const parts = [Math.floor(s / 86400) && `${Math.floor(s / 86400)}d`, Math.floor((s % 86400) / 3600) && `${Math.floor((s % 86400) / 3600)}h`, Math.floor((s % 3600) / 60) && `${Math.floor((s % 3600) / 60)}m`, s % 60 && `${s % 60}s`];
  return `(+${parts.filter(Boolean).join(' ') || '0s'})`;
}

const USAGE = `npm start -- [--say "what you say" ...] [--locale en-US|en-GB|en-CA|en-AU|en-IN|de-DE]
  [--user ID] [--data DIR] [--realtime] [--screen] [--help]`;

const OPTIONS = {
  say: { type: 'string', multiple: true },
  locale: { type: 'string', default: 'en-US' },
  user: { type: 'string', default: 'amzn1.ask.account.local-simulator' },
  data: { type: 'string', default: '.data/dynalite' },
  realtime: { type: 'boolean', default: false },
  screen: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** The command line, or the usage and exit: a mistyped option gets a line, not a stack trace. */
function readArgs() {
  try {
    const { values: read } = parseArgs({ options: OPTIONS });
    if (!read.help) return read;
    console.log(`${USAGE}\n\n${HELP}`);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
  }
  return process.exit();
}

const values = readArgs();

const locale = supportedLocale(values.locale);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function show(reply: Reply | undefined): Promise<void> {
  if (!reply) return;
  const parts = spokenParts(reply.speech);
  if (parts.length === 0) {
    console.log('Alexa: (silence)');
  } else if (values.realtime) {
    process.stdout.write('Alexa:');
    for (const part of parts) {
      if ('text' in part) process.stdout.write(` ${part.text}`);
      else {
        process.stdout.write(` [pause ${part.pause}s]`);
        await sleep(part.pause * 1000);
      }
    }
    process.stdout.write('\n');
  } else {
    console.log(`Alexa: ${parts.map((p) => ('text' in p ? p.text : `[pause ${p.pause}s]`)).join(' ')}`);
  }
  const screen = renderScreen(reply.response);
  if (screen) console.log(`       ${screen}`);
  if (reply.reprompt) console.log(`       (if you say nothing: ${spokenParts(reply.reprompt).map((p) => ('text' in p ? p.text : '')).join(' ').trim()})`);
  console.log(reply.ended ? '       (session ended)' : '       (listening)');
}

async function main(): Promise<void> {
  mkdirSync(values.data, { recursive: true });
  const store = dynalite({ path: values.data, createTableMs: 0 });
  await new Promise<void>((resolve) => store.listen(0, '127.0.0.1', resolve));
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${(store.address() as AddressInfo).port}`;
  process.env.SKILL_CREATE_TABLE = 'true';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'; // local Node 20; Lambda runs 22
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN'; // the skill's per-turn JSON logs would drown the conversation
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true'; // nor its metric lines (CloudWatch EMF), which only the operator reads

  // The deployable bundle itself, built by `npm start` just before.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = require('../../dist/lambda/index.js') as { handler: SkillHandler };
  const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as GeneratedModel;
  const resolver = new UtteranceResolver(model, modelSources[locale]);
  const caller: Caller = {
    applicationId: 'amzn1.ask.skill.local-simulator',
    userId: values.user,
    deviceId: 'amzn1.ask.device.local-simulator',
    locale,
    // --screen: an Echo Show, so the skill sends its APL screen and the simulator prints it.
    ...(values.screen ? { supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } } } : {}),
  };
  const alexa = new Conversation(bundle.handler, caller);
  let last: Reply | undefined;
  let interruptAfter: number | undefined;

  /** Moves the clock to the moment the person speaks: after the whole answer, or into it. */
  function beforeSpeaking(extra = 0): void {
    const seconds = (interruptAfter ?? last?.seconds ?? 0) + extra;
    if (seconds > 0) console.log(`       ${clockMove(seconds)}`);
    alexa.advance(seconds);
    interruptAfter = undefined;
    last = undefined;
  }

  async function hear(line: string): Promise<boolean> {
    const said = line.trim();
    if (!said) return true;
    if (said === '/quit') {
      await alexa.end('USER_INITIATED');
      return false;
    }
    const command = /^\/(after|wait)\s+(\d+(?:\.\d+)?)$/.exec(said);
    if (command?.[1] === 'after') {
      interruptAfter = Number(command[2]);
      return true;
    }
    if (command?.[1] === 'wait') {
      beforeSpeaking(Number(command[2]));
      return true;
    }
    if (said === '/silence') {
      const reprompt = last?.reprompt;
      beforeSpeaking(LISTENING_SECONDS + (reprompt ? playingSeconds(reprompt, locale) + LISTENING_SECONDS : 0));
      await show(await alexa.end('EXCEEDED_MAX_REPROMPTS'));
      return true;
    }
    beforeSpeaking();
    // While a slot is elicited, Alexa tries that slot's samples first ("three" answers "How tense?").
    const resolution = resolver.resolve(said, alexa.elicitation);
    if (resolution.kind === 'launch') {
      console.log('       → LaunchRequest');
      last = await alexa.launch();
      await show(last);
    } else {
      const slots = Object.entries(resolution.slots).map(([k, v]) => `${k}=${v.id ?? v.value}`).join(' ');
      const state = resolution.dialogState ? ` [dialogState ${resolution.dialogState}]` : '';
      console.log(`       → ${resolution.name}${slots ? ` (${slots})` : ''}${state}${alexa.inSession ? '' : ' (new session)'}`);
      last = await alexa.intent(resolution.name, resolution.slots, resolution.dialogState);
      await show(last);
    }
    return true;
  }

  if (values.say?.length) {
    for (const line of values.say) {
      console.log(`You: ${line}`);
      await hear(line);
    }
  } else {
    console.log(HELP);
    // The async iterator buffers lines, so piped input is not lost while a turn is running.
    const terminal = Boolean(process.stdin.isTTY);
    const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal });
    prompt.setPrompt('You: ');
    prompt.prompt();
    for await (const line of prompt) {
      if (!terminal) console.log(line);
      if (!(await hear(line))) break;
      prompt.prompt();
    }
    prompt.close();
  }
  await alexa.end('USER_INITIATED');
  await new Promise<void>((resolve) => store.close(() => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
