import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { modelSources } from '../../interactionModels';
import { supportedLocale, type SupportedLocale } from '../../lambda/i18n';
import { Conversation, type Reply, type SkillHandler } from '../../tools/alexa/Conversation';
import { playingSeconds } from '../../tools/alexa/playingTime';
import { modelPath } from '../../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel } from '../../tools/models/resolve';
import { spokenParts } from '../../tools/simulator/renderSpeech';
import { SKILL_APP_ID } from './skill';

/**
 * A transcript is a conversation as a person hears it. Input lines are kept as written:
 *   `# …`                    a comment; `# locale: de-DE` sets the language (default en-US)
 *   `U: …`                   what the person says, resolved against the generated model
 *   `(+4m 10s)`              waits this long after the last answer was heard to its end
 *   `(... 3 days later ...)` the same, in days or hours
 *   `(after 45s)`            the next line is said 45 s into the last answer, interrupting it
 *   `(silence)`              says nothing: the reprompt plays, then the session times out
 *   `(on another device)`    the same person, from now on on another device
 * Answer lines are written by the skill: `A: …` (pauses shown as `[pause 10s]`, one line
 * each), `R: …` (the reprompt), `   (session ends)`.
 */
const OUTPUT = /^(A: |R: | {3})/;

/** How long Alexa waits for an answer after a question, and again after the reprompt. */
const LISTENING_SECONDS = 8;

const resolvers = new Map<SupportedLocale, UtteranceResolver>();
function resolverFor(locale: SupportedLocale): UtteranceResolver {
  let resolver = resolvers.get(locale);
  if (!resolver) {
    const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as GeneratedModel;
    resolver = new UtteranceResolver(model, modelSources[locale]);
    resolvers.set(locale, resolver);
  }
  return resolver;
}

function seconds(text: string): number | undefined {
  const units: Record<string, number> = { d: 86400, day: 86400, days: 86400, h: 3600, hour: 3600, hours: 3600, m: 60, s: 1 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(days?|hours?|d|h|m|s)\b/g)];
  if (!parts.length) return undefined;
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * (units[unit!] ?? 0), 0);
}

function speechLines(prefix: string, ssml: string): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const part of spokenParts(ssml)) {
    if ('pause' in part) {
      if (line.trim()) lines.push(line.trimEnd());
      line = `   [pause ${Number(part.pause.toFixed(1))}s] `;
    } else {
      line += `${part.text} `;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function answerLines(reply: Reply): string[] {
  const lines = reply.speech ? speechLines('A: ', reply.speech) : [];
  if (reply.reprompt) lines.push(...speechLines('R: ', reply.reprompt));
  if (reply.ended && reply.request.request.type !== 'SessionEndedRequest') lines.push('   (session ends)');
  return lines;
}

/** Plays a transcript's input lines through the skill and returns the transcript with the skill's answers. */
export async function playTranscript(text: string, handler: SkillHandler, start: Date): Promise<string> {
  const locale = supportedLocale(/^# locale: (\S+)/m.exec(text)?.[1] ?? 'en-US');
  const resolver = resolverFor(locale);
  const userId = `amzn1.ask.account.transcript-${randomUUID()}`;
  const device = () => ({ applicationId: SKILL_APP_ID, userId, deviceId: `amzn1.ask.device.${randomUUID()}`, locale });
  let alexa = new Conversation(handler, device(), start);
  let last: Reply | undefined;
  let interruptAfter: number | undefined;
  const out: string[] = [];
  // Before the person speaks: the last answer was heard to its end, unless interrupted.
  const beforeSpeaking = () => {
    if (interruptAfter !== undefined) alexa.advance(interruptAfter);
    else if (last) alexa.advance(last.seconds);
    interruptAfter = undefined;
    last = undefined;
  };
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    if (OUTPUT.test(line)) continue;
    out.push(line);
    const directive = /^\((.*)\)$/.exec(line.trim())?.[1];
    if (line.startsWith('U: ')) {
      beforeSpeaking();
      const resolution = resolver.resolve(line.slice(3), alexa.elicitation);
      last = resolution.kind === 'launch' ? await alexa.launch() : await alexa.intent(resolution.name, resolution.slots, resolution.dialogState);
      out.push(...answerLines(last));
    } else if (directive === 'silence') {
      const reprompt = last?.reprompt;
      beforeSpeaking();
      alexa.advance(LISTENING_SECONDS);
      if (reprompt) alexa.advance(playingSeconds(reprompt, locale) + LISTENING_SECONDS);
      await alexa.end('EXCEEDED_MAX_REPROMPTS');
    } else if (directive === 'on another device') {
      beforeSpeaking();
      const now = alexa.now;
      await alexa.end('USER_INITIATED');
      alexa = new Conversation(handler, device(), now);
    } else if (directive?.startsWith('after ')) {
      interruptAfter = seconds(directive);
    } else if (directive && seconds(directive) !== undefined) {
      beforeSpeaking();
      alexa.advance(seconds(directive) ?? 0);
    } else if (line.trim() && !line.startsWith('#')) {
      throw new Error(`transcript line not understood: ${line}`);
    }
  }
  return out.join('\n') + '\n';
}
