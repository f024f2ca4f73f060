/**
 * `npm run stack < trace.txt`: rewrites a stack trace logged by the deployed function
 * (positions in /var/task/*.js) to TypeScript source positions, with the source maps the build
 * keeps in dist/lambda-sourcemaps instead of shipping them (docs/performance.md). Use the maps
 * of the build that was deployed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { LAMBDA_MAPS_DIR } from './lambdaBundle';

const maps = new Map<string, SourceMap | undefined>();

function mapFor(file: string): SourceMap | undefined {
  if (!maps.has(file)) {
    const path = join(resolve(__dirname, '..'), LAMBDA_MAPS_DIR, `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as SourceMapPayload) : undefined);
  }
  return maps.get(file);
}

/** `…/index.js:1:942` becomes `lambda/handlers/X.ts:12:5` where the map knows the position. */
export function mapStackLine(line: string): string {
  return line.replace(/(?:[^\s()]*\/)?([\w.-]+\.js):(\d+):(\d+)/g, (whole, file: string, row: string, column: string) => {
    const entry = mapFor(basename(file))?.findEntry(Number(row) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return whole;
    return `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

if (require.main === module) {
  const input = readFileSync(0, 'utf8');
  process.stdout.write(input.split('\n').map(mapStackLine).join('\n'));
}
