import type { BuildOptions } from 'esbuild';

/**
 * How every bundle is built: the Lambda bundle, the self-hosted server and the benchmark's
 * comparison bundles, so that their sizes and start-up times compare fairly. Source maps are
 * written but not linked from the code: a linked map is read and parsed at start whenever
 * `--enable-source-maps` is on (docs/performance.md).
 */
export const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'external',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};
