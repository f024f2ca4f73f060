import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SupportedLocale } from '../../lambda/i18n';

/** One file of the held-out corpus: phrasings per job, written by one persona's writer. */
export interface CorpusFile {
  readonly file: string;
  readonly persona: string;
  readonly language: 'en' | 'de';
  readonly jobs: Readonly<Record<string, readonly string[]>>;
}

/** Every corpus file in a folder (the writers' files, copied unchanged): by default this one. */
export function corpusFiles(dir = __dirname): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<CorpusFile, 'file'>) }))
    // gaps.json (the known gaps) sits here too; corpus files are the ones with a persona.
    .filter((file) => typeof file.persona === 'string' && typeof file.jobs === 'object');
}

/**
 * The sealed set (test/heldout/): written after the model work by writers who never saw it,
 * and never read while writing grammar. Only its hit rate is printed (docs/platform.md).
 */
export const SEALED_DIR = join(__dirname, '..', 'heldout');

/**
 * The development set (test/devset/): written by fresh writers before a round of grammar, whose
 * misses are read while writing it. Each job keeps at least its recorded rate (floors.json).
 */
export const DEV_DIR = join(__dirname, '..', 'devset');

/** The phrasings of every file in the locale's language, per job. */
export function phrasingsFor(locale: SupportedLocale, files = corpusFiles()): Map<string, { file: string; text: string }[]> {
  const language = locale.startsWith('de') ? 'de' : 'en';
  const byJob = new Map<string, { file: string; text: string }[]>();
  for (const file of files.filter((f) => f.language === language)) {
    for (const [job, texts] of Object.entries(file.jobs)) {
      const list = byJob.get(job) ?? [];
      list.push(...texts.map((text) => ({ file: file.file, text })));
      byJob.set(job, list);
    }
  }
  return byJob;
}
