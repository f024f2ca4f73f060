import { IntentNames, SlotNames } from '../../lambda/constants';
import { Conversation, type Reply, type SkillHandler } from '../alexa/Conversation';
import type { Caller } from '../alexa/requests';

// No sentences are loaded here: the cold-start child bundles this file, and checks that need
// the skill's sentences live in verify.ts.

export interface Step {
  readonly label: string;
  readonly session: number;
  readonly send: (alexa: Conversation) => Promise<Reply>;
  /** Whether the skill should close the session with this reply. */
  readonly ends: boolean;
  /** The en-US sentence (a key) the reprompt must contain: the skill took the path measured. */
  readonly repromptKey?: string;
}

/**
 * Three sessions of one person, through the standard relaxation (3 segments): the first
 * launch, help, yes, pause; a launch that offers the kept place, yes, next to the end, no to
 * the rating offered; then a one-shot tip, a question and stop.
 */
export const SCRIPT: readonly Step[] = [
  { label: 'launch (first time)', session: 1, send: (a) => a.launch(), ends: false },
  // Help after the whole first segment: "yes" then goes on with segment 2.
  { label: 'help', session: 1, send: (a) => a.listen().intent(IntentNames.Help), ends: false },
  { label: 'yes (segment 2)', session: 1, send: (a) => a.intent(IntentNames.Yes), ends: false },
  { label: 'pause', session: 1, send: (a) => a.intent(IntentNames.Pause), ends: true },
  { label: 'launch (offer)', session: 2, send: (a) => a.launch(), ends: false, repromptKey: 'launch.offerReprompt' },
  { label: 'yes (continue)', session: 2, send: (a) => a.intent(IntentNames.Yes), ends: false },
  // The first finished exercise offers a tension rating (at most weekly): the session stays open.
  { label: 'next (last segment)', session: 2, send: (a) => a.intent(IntentNames.Next), ends: false },
  { label: 'no (no rating now)', session: 2, send: (a) => a.intent(IntentNames.No), ends: true },
  {
    label: 'tip (sleep, one-shot)',
    session: 3,
    send: (a) => a.intent(IntentNames.Tip, { [SlotNames.Topic]: { value: 'sleep', id: 'sleep' } }),
    ends: false,
  },
  { label: 'answer (what is PMR)', session: 3, send: (a) => a.intent(IntentNames.WhatIsPmr), ends: false },
  { label: 'stop', session: 3, send: (a) => a.intent(IntentNames.Stop), ends: true },
];

let callers = 0;

/**
 * A new person. Ids from a counter, not node:crypto: the cold-start child bundles this file,
 * and loading crypto before the skill would hide what the skill's own loading costs.
 */
export function newCaller(): Caller {
  callers += 1;
  const id = `${process.pid.toString(36)}-${Date.now().toString(36)}-${callers.toString(36)}`;
  return {
    applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-00000000bench',
    userId: `amzn1.ask.account.bench-${id}`,
    deviceId: `amzn1.ask.device.bench-${id}`,
    locale: 'en-US',
  };
}

export interface Hooks {
  before?: (step: Step, caller: Caller) => Promise<void>;
  after?: (step: Step, reply: Reply) => void | Promise<void>;
}

/**
 * One scripted conversation with a new person. `before`/`after` run around each step
 * (outside a timed handler call): checks, per-turn persistence counts.
 */
export async function converse(handler: SkillHandler, hooks: Hooks = {}): Promise<Reply[]> {
  const caller = newCaller();
  const alexa = new Conversation(handler, caller);
  const replies: Reply[] = [];
  for (const step of SCRIPT) {
    await hooks.before?.(step, caller);
    const reply = await step.send(alexa);
    await hooks.after?.(step, reply);
    replies.push(reply);
  }
  return replies;
}

/**
 * A handler that records how long each call took, in milliseconds, in call order; with
 * `cpuSamples`, also the process's CPU time over the call (steadier on a busy machine).
 */
export function timed(handler: SkillHandler, samples: number[], cpuSamples?: number[]): SkillHandler {
  return async (event) => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const response = await handler(event);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    const { user, system } = process.cpuUsage(cpu);
    cpuSamples?.push((user + system) / 1000);
    return response;
  };
}

