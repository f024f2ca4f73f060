import { modelSources } from '../../interactionModels';
import type { SupportedLocale } from '../../lambda/i18n';
import { buildModel } from '../../tools/models/buildModel';
import { UtteranceResolver, type GeneratedModel, type Resolution } from '../../tools/models/resolve';
import { corpusFiles, phrasingsFor } from './corpus';
import { JOBS, type Outcome } from './jobs';

/** How well one locale's model understands one job's phrasings. */
export interface JobScore {
  readonly job: string;
  readonly total: number;
  readonly hits: number;
  readonly misses: readonly { readonly file: string; readonly text: string; readonly got: string }[];
}

/** The hit rate per job of the corpus phrasings in the locale's language, through the simulator's resolver. */
export function scoreLocale(locale: SupportedLocale, files = corpusFiles()): JobScore[] {
  const resolver = new UtteranceResolver(buildModel(locale) as GeneratedModel, modelSources[locale]);
  return [...phrasingsFor(locale, files)].map(([job, phrasings]) => {
    const outcomes = JOBS[job];
    if (!outcomes) throw new Error(`job ${job} has no expected outcome in test/phrasings/jobs.ts`);
    const misses = phrasings
      .map(({ file, text }) => ({ file, text, resolution: resolver.resolveInSession(text) }))
      .filter(({ resolution }) => !outcomes.some((outcome) => fits(resolution, outcome)))
      .map(({ file, text, resolution }) => ({ file, text, got: describe(resolution) }));
    return { job, total: phrasings.length, hits: phrasings.length - misses.length, misses };
  });
}

function fits(resolution: Resolution | undefined, outcome: Outcome): boolean {
  if (resolution?.kind !== 'intent' || resolution.name !== outcome.intent) return false;
  return Object.entries(outcome.slots ?? {}).every(([name, expected]) => {
    const slot = resolution.slots[name];
    if (expected === 'empty') return slot === undefined;
    if (expected === 'filled') return slot !== undefined && slot.value !== '';
    return slot?.id === expected;
  });
}

function describe(resolution: Resolution | undefined): string {
  if (!resolution) return 'fallback';
  if (resolution.kind === 'launch') return 'launch';
  const slots = Object.entries(resolution.slots).map(([name, slot]) => `${name}=${slot.id ?? slot.value}`);
  return [resolution.name.replace(/^AMAZON\./, ''), ...slots].join(' ');
}

export const percent = (score: JobScore): number => (score.total === 0 ? 100 : (100 * score.hits) / score.total);
