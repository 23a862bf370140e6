// Bundles the Electron main process and the sandboxed preload with esbuild:
// out/main/index.cjs and out/preload/index.cjs. The renderer is built by Vite into out/renderer.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: false, logLevel: 'warning', absWorkingDir: root,
  // src/store/integrity-worker.ts reads import.meta.url only where __filename is missing (ES modules).
  logOverride: { 'empty-import-meta': 'silent' } };

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'out/main/index.cjs',
  // Native and optional modules stay outside the bundle (loaded from node_modules / resources).
  external: ['electron', 'better-sqlite3', 'node-notifier', 'exceljs'],
});

await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'out/preload/index.cjs',
  // A sandboxed preload may only require('electron'); everything else is bundled in.
  external: ['electron'],
});
console.log('built out/main/index.cjs and out/preload/index.cjs');
