import { check } from 'ssml-check-core';
import type { Reply } from '../../tools/alexa/Conversation';

/** Alexa's limits for a custom skill response (docs/platform.md#limits). */
export const LIMITS = { speechChars: 8000, responseBytes: 24 * 1024, breakSeconds: 10 } as const;

const LEAKED_KEY = /\b(?:common|pmr|mind|advice|reminders):[\w.]+|\b(?:play|launch|help|pause|group|relax|release|intro|closing|variant|block|nothingPaused|storage|welcome|tips|answers|set|list|cancel|permission|reminder|attention|caution|fallback|replace|areas|rating|progress)\.[a-zA-Z0-9]+\b|\{\{|\}\}|undefined|null|\[object/;

function breakSeconds(ssml: string): number[] {
  return [...ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"/g)].map((m) =>
    m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]),
  );
}

// The same SSML (a segment, a question) comes back many times in a sweep; check it once.
const checked = new Map<string, Promise<unknown[] | undefined>>();
function ssmlErrors(ssml: string): Promise<unknown[] | undefined> {
  let errors = checked.get(ssml);
  if (!errors) {
    errors = check(ssml, { platform: 'amazon' });
    checked.set(ssml, errors);
  }
  return errors;
}

/** Every way a reply can break Alexa's rules; an empty list means it is fine. */
export async function limitViolations(reply: Reply): Promise<string[]> {
  const problems: string[] = [];
  const { speech, reprompt } = reply;
  for (const [label, ssml] of [
    ['speech', speech],
    ['reprompt', reprompt ?? ''],
  ] as const) {
    if (!ssml) continue;
    if (ssml.length > LIMITS.speechChars) problems.push(`${label} has ${ssml.length} characters`);
    const long = breakSeconds(ssml).filter((s) => s > LIMITS.breakSeconds);
    if (long.length) problems.push(`${label} has breaks of ${long.join(', ')} s`);
    const errors = await ssmlErrors(ssml);
    if (errors?.length) problems.push(`${label} SSML errors: ${JSON.stringify(errors)}`);
    const text = ssml.replace(/<[^>]+>/g, ' ');
    const leaked = LEAKED_KEY.exec(text);
    if (leaked) problems.push(`${label} leaks "${leaked[0]}"`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(reply.response), 'utf8');
  if (bytes > LIMITS.responseBytes) problems.push(`response is ${bytes} bytes`);
  if (!reply.ended && !reprompt) problems.push('session stays open without a reprompt');
  // A session left open must end on a question, so the person knows it is their turn.
  if (!reply.ended && speech && !speech.includes('?')) problems.push(`session stays open without a question: ${speech.slice(-120)}`);
  if (!speech && reply.request.request.type !== 'SessionEndedRequest') problems.push('no speech');
  return problems;
}

/** Words that never occur in German: one in a German response means an English sentence leaked. */
const ENGLISH_WORDS = /\b(the|and|your|you|with|breathe|relax|please|now|this|that|let's|shall|would|tip)\b/i;

export function languageViolations(reply: Reply): string[] {
  if (!reply.request.request.locale?.startsWith('de')) return [];
  const problems: string[] = [];
  for (const ssml of [reply.speech, reply.reprompt ?? '']) {
    const english = ENGLISH_WORDS.exec(ssml.replace(/<[^>]+>/g, ' '));
    if (english) problems.push(`English "${english[0]}" in German: ${ssml.slice(Math.max(0, english.index - 60), english.index + 60)}`);
  }
  return problems;
}
