// Bundles the `fyrabend` command line into out/cli/fyrabend.cjs so that `npx fyrabend` starts fast
// (no TypeScript compiler at run time). Runs from `npm install` (the `prepare` script) and `npm test`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'out/cli/fyrabend.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'exceljs', 'node-notifier'],
  sourcemap: false,
  logLevel: 'warning',
});
