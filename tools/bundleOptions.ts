import type { BuildOptions } from 'esbuild';

/**
 * How every bundle is built: the Lambda bundle, the self-hosted server and the benchmark's
 * comparison bundles, so that their sizes and start-up times compare fairly.
 */
export const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};
