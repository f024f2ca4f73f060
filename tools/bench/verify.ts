import { escapeSsml } from '../../lambda/engine/ssml';
import { translatorFor } from '../../lambda/i18n';
import type { Step } from './script';

const t = translatorFor('en-US');

/** What is wrong with an answer's SSML, if anything: none, or the error or storage apology. */
export function speechProblems(ssml: string): string[] {
  return [
    ssml === '' && 'no speech',
    ssml.includes(escapeSsml(t('error'))) && 'the error handler answered',
    ssml.includes(escapeSsml(t('storage.notSaved'))) && 'a write failed',
  ].filter((problem): problem is string => typeof problem === 'string');
}

/** The parts of a reply a step is checked on (a child process sends these back). */
export interface Heard {
  readonly speech: string;
  readonly reprompt: string | undefined;
  readonly ended: boolean;
}

/** Throws when a reply shows the skill did not take the path the step measures. */
export function verify(step: Step, reply: Heard): void {
  const problems = [
    ...speechProblems(reply.speech),
    reply.ended !== step.ends && `session ${reply.ended ? 'ended' : 'stayed open'}`,
    step.repromptKey && !reply.reprompt?.includes(escapeSsml(t(step.repromptKey))) && 'unexpected answer',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`bench script, step "${step.label}": ${problems.join(', ')}\n${reply.speech}`);
}
