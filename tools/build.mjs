// `npm run build`: one self-contained, minified bundle for Lambda (GUIDE.md section 1).
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['lambda/index.ts'],
  outfile: 'dist/lambda/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`dist/lambda/index.js ${(bytes / 1024).toFixed(0)} KB`);
