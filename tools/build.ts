/** `npm run build`: one self-contained, minified bundle for Lambda (docs/architecture.md#contracts); `--server` for npm run serve. */
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundleOptions';

const target = process.argv.includes('--server')
  ? { entryPoints: ['lambda/server/main.ts'], outfile: 'dist/server/index.js' }
  : { entryPoints: ['lambda/index.ts'], outfile: 'dist/lambda/index.js' };

build({ ...BUNDLE_OPTIONS, ...target })
  .then((result) => {
    const bytes = Object.values(result.metafile?.outputs ?? {}).find((o) => o.entryPoint)?.bytes ?? 0;
    console.log(`${target.outfile} ${(bytes / 1024).toFixed(0)} KB`);
  })
  .catch(() => {
    process.exitCode = 1;
  });
