/**
 * `npx tsx tools/bench/compare.ts <index.js> <index.js> ... [--rounds N]`: paired cold starts
 * of two or more builds of the Lambda folder (copies of dist/lambda/ made before and after a
 * change), on local dynalite, in rotating order: median CPU time of module init and of the
 * first answer, and the median of the per-round differences to the first build. The first
 * answers must say the same. How round three's attempts were measured (docs/performance.md).
 */
import './env';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import dynalite from 'dynalite';
import { readConfig } from '../../lambda/config';
import { createHttpTable } from '../../lambda/persistence/httpTable';
import { buildReferences, startOnce, type Contender } from './coldStart';
import { median, percentile } from './stats';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '30' } } });
  const rounds = Number.parseInt(values.rounds, 10);
  if (positionals.length < 2) throw new Error('usage: compare.ts <index.js> <index.js> ... [--rounds N]');
  const dir = mkdtempSync(join(tmpdir(), 'compare-'));
  const { child } = await buildReferences(root, dir);
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  process.env.AWS_ENDPOINT_URL_DYNAMODB = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await createHttpTable(readConfig()).createTable();

  const contenders: Contender[] = positionals.map((bundle, i) => ({ id: String(i), name: bundle, bundle: resolve(bundle) }));
  const init = contenders.map(() => [] as number[]);
  const answer = contenders.map(() => [] as number[]);
  for (let round = -1; round < rounds; round++) {
    const shift = ((round % contenders.length) + contenders.length) % contenders.length;
    const said = new Map<number, string>();
    for (const i of [...contenders.keys()].slice(shift).concat([...contenders.keys()].slice(0, shift))) {
      const contender = contenders[i];
      if (!contender) continue;
      const result = await startOnce(root, dir, child, contender);
      said.set(i, result.answers[0]?.speech ?? '');
      if (round < 0) continue;
      init[i]?.push(result.initCpuMs);
      answer[i]?.push(result.firstAnswerCpuMs);
    }
    if (new Set(said.values()).size > 1) throw new Error(`the builds' first answers differ:\n${[...said.values()].join('\n')}`);
    process.stderr.write(`round ${round + 1}/${rounds}\r`);
  }
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });

  const f = (value: number) => value.toFixed(2);
  // The spread of the differences says what "more than the noise" is on this machine.
  const paired = (samples: number[][], i: number) => {
    const differences = (samples[i] ?? []).map((value, round) => value - (samples[0]?.[round] ?? Number.NaN));
    return `${f(median(differences))}, middle half ${f(percentile(differences, 25))} to ${f(percentile(differences, 75))}`;
  };
  console.log(`\n${rounds} paired rounds, CPU ms, medians (median of the per-round differences to the first)`);
  console.log('| build | init | first answer |');
  contenders.forEach((contender, i) => {
    console.log(`| ${contender.name} | ${f(median(init[i] ?? []))} (${paired(init, i)}) | ${f(median(answer[i] ?? []))} (${paired(answer, i)}) |`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
