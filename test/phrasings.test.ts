import { SUPPORTED_LOCALES } from '../lambda/i18n';
import { percent, scoreLocale, type JobScore } from './phrasings/score';
import { JOBS } from './phrasings/jobs';
import { corpusFiles, DEV_DIR, SEALED_DIR } from './phrasings/corpus';
import gaps from './phrasings/gaps.json';
import devFloors from './devset/floors.json';

/** The share of a job's phrasings the model must understand. */
const BAR = 90;

/**
 * Jobs still under the bar, per locale, with the hit rate they reached when last measured.
 * A listed job may not fall below its figure, and must leave the list once it reaches the
 * bar: the list only shrinks.
 */
const GAPS: Readonly<Record<string, Readonly<Record<string, number>>>> = gaps;

const files = corpusFiles();

test('the corpus has both languages, and every job in it has an expected outcome', () => {
  expect(new Set(files.map((f) => f.language))).toEqual(new Set(['en', 'de']));
  for (const file of files) for (const job of Object.keys(file.jobs)) expect({ job, known: job in JOBS }).toEqual({ job, known: true });
});

test('the sealed set has every job in both languages, at least ten phrasings each (its rate is only reported)', () => {
  const sealed = corpusFiles(SEALED_DIR);
  for (const language of ['en', 'de'] as const) {
    const jobs = sealed.filter((f) => f.language === language).flatMap((f) => Object.entries(f.jobs));
    expect(new Set(jobs.map(([job]) => job))).toEqual(new Set(Object.keys(JOBS)));
    for (const [job, phrasings] of jobs) expect({ job, enough: phrasings.length >= 10 }).toEqual({ job, enough: true });
  }
});

describe.each(SUPPORTED_LOCALES)('phrasings understood by the %s model', (locale) => {
  let scores: JobScore[] = [];
  beforeAll(() => {
    scores = scoreLocale(locale, files);
  });

  test(`every job reaches ${BAR} %, or stays at least at its recorded figure while it is a known gap`, () => {
    const rows = scores.map((score) => {
      const rate = Math.floor(percent(score));
      const floor = GAPS[locale]?.[score.job];
      return { job: score.job, rate, ok: floor === undefined ? rate >= BAR : rate >= floor && rate < BAR };
    });
    console.log(`${locale}: ${rows.map((r) => `${r.job} ${r.rate}%`).join(', ')}`);
    for (const row of rows) expect(row).toEqual({ ...row, ok: true });
  });

  test('the known gaps name only jobs that exist', () => {
    for (const job of Object.keys(GAPS[locale] ?? {})) expect(scores.map((s) => s.job)).toContain(job);
  });
});

/** The development set's rate per job when last measured: a job may not fall below it (raise it when a job gains). */
const DEV_FLOORS: Readonly<Record<string, Readonly<Record<string, number>>>> = devFloors;

describe.each(['en-US', 'de-DE'] as const)('the development set through the %s model', (locale) => {
  test('every job is in it, and keeps at least its recorded rate', () => {
    const scores = scoreLocale(locale, corpusFiles(DEV_DIR));
    expect(scores.map((s) => s.job).sort()).toEqual(Object.keys(JOBS).sort());
    const rows = scores.map((score) => ({ job: score.job, rate: Math.floor(percent(score)), floor: DEV_FLOORS[locale]?.[score.job] ?? 101 }));
    console.log(`${locale} development set: ${rows.map((r) => `${r.job} ${r.rate}%`).join(', ')}`);
    for (const row of rows) expect({ ...row, ok: row.rate >= row.floor }).toEqual({ ...row, ok: true });
  });
});
