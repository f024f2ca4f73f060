/**
 * `npm run report`: the figures the issues ask for, computed from the scripts, resource
 * files and interaction models themselves (durations, prompts, tips, samples), and how
 * well the models understand the held-out phrasing corpus.
 */
import { TIP_COUNTS } from '../lambda/content/tips';
import { variantSeconds } from '../lambda/engine/segments';
import { allExercises } from '../lambda/exercises/catalog';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';
import { buildModel } from './models/buildModel';
import type { GeneratedModel } from './models/resolve';
import { JOBS } from '../test/phrasings/jobs';
import { corpusFiles, DEV_DIR, SEALED_DIR } from '../test/phrasings/corpus';
import { percent, scoreLocale } from '../test/phrasings/score';

const minutes = (s: number) => (s / 60).toFixed(1);

console.log('Estimated duration in minutes per locale (pauses + words at the narration rate); "go on" prompts');
console.log(['exercise/variant', 'announced', ...SUPPORTED_LOCALES, 'prompts'].join('\t'));
for (const exercise of allExercises()) {
  for (const variant of Object.values(exercise.variants)) {
    const perLocale = SUPPORTED_LOCALES.map((l) => minutes(variantSeconds(variant, translatorFor(l), l)));
    const announced = `${variant.minutes.from}-${variant.minutes.to}`;
    console.log([`${exercise.id}/${variant.id}`, announced, ...perLocale, variant.segments.length - 1].join('\t'));
  }
}

console.log('\nTips per topic (the same counts in every language, checked by test/localeContent.test.ts)');
for (const [topic, count] of Object.entries(TIP_COUNTS)) console.log(`${topic}\t${count}`);

console.log('\nSample utterances per intent and model (en-US model serves en-GB, en-CA, en-AU, en-IN)');
const models = (['en-US', 'de-DE'] as const).map((l) => [l, buildModel(l) as GeneratedModel] as const);
const names = [...new Set(models.flatMap(([, m]) => m.interactionModel.languageModel.intents.map((i) => i.name)))];
console.log(['intent', ...models.map(([l]) => l)].join('\t'));
for (const name of names) {
  const counts = models.map(([, m]) => m.interactionModel.languageModel.intents.find((i) => i.name === name)?.samples.length ?? 0);
  console.log([name, ...counts].join('\t'));
}

console.log('\nPhrasing corpus (test/phrasings): hit rate in % per job and locale through the resolver; 90 % is the bar');
const scores = SUPPORTED_LOCALES.map((locale) => [locale, scoreLocale(locale)] as const);
console.log(['job', ...SUPPORTED_LOCALES].join('\t'));
for (const job of Object.keys(JOBS)) {
  const cells = scores.map(([, s]) => {
    const score = s.find((x) => x.job === job);
    return score ? `${percent(score).toFixed(0)}${percent(score) < 90 ? '!' : ''}` : '-';
  });
  console.log([job, ...cells].join('\t'));
}
console.log('\nMisses (phrasing -> what it resolved to), per locale; the English locales share one model');
for (const [locale, s] of scores.filter(([l]) => l === 'en-US' || l === 'de-DE')) {
  for (const score of s) {
    for (const miss of score.misses) console.log(`${locale}\t${score.job}\t${miss.text}\t-> ${miss.got}\t(${miss.file})`);
  }
}

type Scores = readonly (readonly [string, ReturnType<typeof scoreLocale>])[];

/** The rate per job and locale, then overall per locale. */
function printRates(scored: Scores): void {
  console.log(['job', ...scored.map(([l]) => l)].join('\t'));
  for (const job of Object.keys(JOBS)) {
    console.log([job, ...scored.map(([, s]) => { const score = s.find((x) => x.job === job); return score ? percent(score).toFixed(0) : '-'; })].join('\t'));
  }
  for (const [locale, s] of scored) {
    const total = s.reduce((n, x) => n + x.total, 0);
    const hits = s.reduce((n, x) => n + x.hits, 0);
    console.log(`${locale} overall\t${((100 * hits) / total).toFixed(1)} % of ${total}`);
  }
}

// The development set: read while writing grammar, so its misses are listed.
console.log('\nDevelopment set (test/devset): hit rate in % per job, then its misses');
const dev = (['en-US', 'de-DE'] as const).map((locale) => [locale, scoreLocale(locale, corpusFiles(DEV_DIR))] as const);
printRates(dev);
for (const [locale, s] of dev) for (const score of s) for (const miss of score.misses) console.log(`${locale}\t${score.job}\t${miss.text}\t-> ${miss.got}\t(${miss.file})`);

// The sealed set: its hit rate only, never its phrasings, so it stays a fair test (docs/platform.md).
console.log('\nSealed held-out set (test/heldout): hit rate in % per job; its phrasings are not listed');
printRates((['en-US', 'de-DE'] as const).map((locale) => [locale, scoreLocale(locale, corpusFiles(SEALED_DIR))] as const));
