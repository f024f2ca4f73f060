import { randomUUID } from 'node:crypto';
import { IntentNames, SlotNames } from '../../lambda/constants';
import { escapeSsml } from '../../lambda/engine/ssml';
import { translatorFor } from '../../lambda/i18n';
import { Conversation, type Reply, type SkillHandler } from '../alexa/Conversation';
import type { Caller } from '../alexa/requests';

export interface Step {
  readonly label: string;
  readonly session: number;
  readonly send: (alexa: Conversation) => Promise<Reply>;
  /** Whether the skill should close the session with this reply. */
  readonly ends: boolean;
  /** A further check that the skill took the path the step is meant to measure. */
  readonly check?: (reply: Reply) => boolean;
}

const t = translatorFor('en-US');

/**
 * Three sessions of one person, through the standard relaxation (3 segments): the first
 * launch, help, yes, pause; a launch that offers the kept place, yes, next to the end; then a
 * one-shot tip, a question and stop.
 */
export const SCRIPT: readonly Step[] = [
  { label: 'launch (first time)', session: 1, send: (a) => a.launch(), ends: false },
  // Help after the whole first segment: "yes" then goes on with segment 2.
  { label: 'help', session: 1, send: (a) => a.listen().intent(IntentNames.Help), ends: false },
  { label: 'yes (segment 2)', session: 1, send: (a) => a.intent(IntentNames.Yes), ends: false },
  { label: 'pause', session: 1, send: (a) => a.intent(IntentNames.Pause), ends: true },
  {
    label: 'launch (offer)',
    session: 2,
    send: (a) => a.launch(),
    ends: false,
    check: (reply) => reply.reprompt?.includes(escapeSsml(t('launch.offerReprompt'))) === true,
  },
  { label: 'yes (continue)', session: 2, send: (a) => a.intent(IntentNames.Yes), ends: false },
  { label: 'next (last segment)', session: 2, send: (a) => a.intent(IntentNames.Next), ends: true },
  {
    label: 'tip (sleep, one-shot)',
    session: 3,
    send: (a) => a.intent(IntentNames.Tip, { [SlotNames.Topic]: { value: 'sleep', id: 'sleep' } }),
    ends: false,
  },
  { label: 'answer (what is PMR)', session: 3, send: (a) => a.intent(IntentNames.WhatIsPmr), ends: false },
  { label: 'stop', session: 3, send: (a) => a.intent(IntentNames.Stop), ends: true },
];

export function newCaller(): Caller {
  return {
    applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-00000000bench',
    userId: `amzn1.ask.account.bench-${randomUUID()}`,
    deviceId: `amzn1.ask.device.bench-${randomUUID()}`,
    locale: 'en-US',
  };
}

/** What is wrong with an answer's SSML, if anything: none, or the error or storage apology. */
export function speechProblems(ssml: string): string[] {
  return [
    ssml === '' && 'no speech',
    ssml.includes(escapeSsml(t('error'))) && 'the error handler answered',
    ssml.includes(escapeSsml(t('storage.notSaved'))) && 'a write failed',
  ].filter((problem): problem is string => typeof problem === 'string');
}

/** Throws when a reply shows the skill did not take the path the step measures. */
export function verify(step: Step, reply: Reply): void {
  const problems = [
    ...speechProblems(reply.speech),
    reply.ended !== step.ends && `session ${reply.ended ? 'ended' : 'stayed open'}`,
    step.check && !step.check(reply) && 'unexpected answer',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`bench script, step "${step.label}": ${problems.join(', ')}\n${reply.speech}`);
}

/**
 * One scripted conversation with a new person. `before`/`after` run around each step
 * (outside the timed handler call) for the per-turn persistence counts.
 */
export async function converse(
  handler: SkillHandler,
  hooks: { before?: (step: Step, caller: Caller) => Promise<void>; after?: (step: Step, reply: Reply) => Promise<void> } = {},
): Promise<Reply[]> {
  const caller = newCaller();
  const alexa = new Conversation(handler, caller);
  const replies: Reply[] = [];
  for (const step of SCRIPT) {
    await hooks.before?.(step, caller);
    const reply = await step.send(alexa);
    verify(step, reply);
    await hooks.after?.(step, reply);
    replies.push(reply);
  }
  return replies;
}

/** A handler that records how long each call took, in milliseconds, in call order. */
export function timed(handler: SkillHandler, samples: number[]): SkillHandler {
  return async (event) => {
    const start = process.hrtime.bigint();
    const response = await handler(event);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    return response;
  };
}
