// `npm run build`: one self-contained, minified bundle for Lambda (GUIDE.md section 1).
import { build } from 'esbuild';

const common = {
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
// The Lambda bundle, and the self-hosted server (npm run serve) built the same way.
const targets = process.argv.includes('--server')
  ? [{ entryPoints: ['lambda/server/main.ts'], outfile: 'dist/server/index.js' }]
  : [{ entryPoints: ['lambda/index.ts'], outfile: 'dist/lambda/index.js' }];
for (const target of targets) {
  const result = await build({ ...common, ...target });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`${target.outfile} ${(bytes / 1024).toFixed(0)} KB`);
}
