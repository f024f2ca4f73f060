import type { ResponseEnvelope } from 'ask-sdk-model';
import { ExerciseScreenDataSchema } from '../apl/aplSchema';

/**
 * What a screen device would show, as one line for the terminal:
 * `[screen] The standard relaxation — Your neck — part 2 of 4 — 50%`.
 * Undefined when the response renders no exercise screen.
 */
export function renderScreen(response: ResponseEnvelope): string | undefined {
  for (const directive of response.response.directives ?? []) {
    if (directive.type !== 'Alexa.Presentation.APL.RenderDocument') continue;
    const data = ExerciseScreenDataSchema.safeParse(directive.datasources?.['exercise']);
    if (!data.success) return '[screen] (a document this simulator cannot summarise)';
    const { title, part, step, steps, progress } = data.data;
    return `[screen] ${title} — ${part} — part ${step} of ${steps} — ${progress}%`;
  }
  return undefined;
}
