/** `npm run build`: the self-contained Lambda folder (tools/lambdaBundle.ts); `--server` for npm run serve. */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundleOptions';
import { buildLambda, LAMBDA_DIR } from './lambdaBundle';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
  if (process.argv.includes('--server')) {
    await build({ ...BUNDLE_OPTIONS, absWorkingDir: root, entryPoints: ['lambda/server/main.ts'], outfile: 'dist/server/index.js' });
    return;
  }
  const { files } = await buildLambda(root);
  for (const [name, bytes] of files) console.log(`${LAMBDA_DIR}/${name} ${(bytes / 1024).toFixed(0)} KB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
