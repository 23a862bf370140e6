// Bundles the `fyrabend` command line into out/cli/fyrabend.cjs so that `npx fyrabend` starts fast
// (no TypeScript compiler at run time). Runs from `npm install` (the `prepare` script) and `npm test`.
//
// Start-up is paid by every command (issue 21), so the bundle is minified, with its source map beside
// it (out/cli/fyrabend.cjs.map; src/cli/bin.cjs turns on source-mapped stack traces for --debug).
// The sources import zod as `import * as z from 'zod'`, which esbuild tree-shakes (a value
// `import { z }` made it build zod's namespace objects, some 900 getters, at the start of every
// command; test/cli/check-no-zod.test.ts holds this). zod's locale data is left out as well, should a
// namespace value of zod come back: it would bring all 60-odd locales (a third of the bundle), and
// Fyrabend never calls z.config(z.locales.…); zod's English default messages (locales/en.js, imported
// by its schemas) stay. Heavy modules the commands load on demand (exceljs's Workbook, in
// out/cli/exceljs-workbook.cjs) stay outside the bundle.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const commandsDir = join(root, 'src/cli/commands');
const external = ['better-sqlite3', 'exceljs', 'node-notifier'];

/**
 * The words, usage and summary of every command in src/cli/commands/index.ts (what `--help` and the
 * dispatcher need) and the module and export holding each: read by running the command list once
 * at build time. Null when that fails; the bundle then loads every command eagerly, as the source does.
 */
async function commandMeta() {
  const files = readdirSync(commandsDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const contents = [
    "import { COMMANDS } from './index';",
    ...files.map((f, i) => `import * as m${i} from './${f.slice(0, -3)}';`),
    `const mods = [${files.map((f, i) => `['./${f.slice(0, -3)}', m${i}]`).join(', ')}];`,
    'module.exports = COMMANDS.map((c) => {',
    '  for (const [file, m] of mods) for (const [exportName, v] of Object.entries(m)) if (v === c) return { file, exportName, name: c.name, usage: c.usage, summary: c.summary };',
    '  return null;',
    '});',
  ].join('\n');
  const outfile = join(root, 'out/cli/.command-meta.cjs');
  try {
    await build({ stdin: { contents, resolveDir: commandsDir, loader: 'ts' }, outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external, logLevel: 'silent' });
    const meta = createRequire(import.meta.url)(outfile);
    return meta.every((m) => m !== null) ? meta : null;
  } catch (e) {
    console.warn(`build:cli: the commands are bundled eagerly (their list could not be read: ${e instanceof Error ? e.message : e})`);
    return null;
  } finally {
    rmSync(outfile, { force: true });
  }
}

/**
 * Replaces src/cli/commands/index.ts in the bundle by the same list whose entries load their module
 * only when they run (issue 21: `--help` and `check` no longer initialise the store, better-sqlite3,
 * date-fns-tz, crypto or the zod schemas of every other command).
 */
function lazyCommands(meta) {
  const index = join(commandsDir, 'index.ts');
  const entries = meta.map((m) => `  lazy(${JSON.stringify(m.name)}, ${JSON.stringify(m.summary)}, ${JSON.stringify(m.usage)}, () => import(${JSON.stringify(m.file)}).then((x) => x.${m.exportName})),`);
  const contents = [
    "import type { Command } from '../command';",
    'const lazy = (name: readonly string[], summary: string, usage: string, load: () => Promise<Command>): Command => ({ name, summary, usage, run: (args, io) => load().then((c) => c.run(args, io)) });',
    'export const COMMANDS: readonly Command[] = [',
    ...entries,
    '];',
  ].join('\n');
  return {
    name: 'lazy-commands',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]commands[\\/]index\.ts$/ }, (args) => (args.path === index ? { contents, loader: 'ts', resolveDir: commandsDir } : undefined));
    },
  };
}

/** Resolves zod's `locales/index.js` (the `z.locales` namespace) to an empty module. */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: '// zod locales left out of the fyrabend bundle (never used)\n', loader: 'js' }));
  },
};

/**
 * jszip (exceljs's zip) compresses through pako, zlib ported to JavaScript: a third of the time of a
 * year's xlsx export (issue 21 item 5). In the bundle pako is Node's own zlib behind the part of pako's
 * API that jszip's lib/flate.js uses (new Deflate/Inflate({ raw, level }), push(chunk, last), onData):
 * the same raw deflate at the same level, all at once at the last chunk, where pako gave it in pieces.
 */
const zlibPako = {
  name: 'zlib-pako',
  setup(b) {
    b.onResolve({ filter: /^pako$/ }, (args) => (/[\\/]jszip[\\/]/.test(args.importer) ? { path: 'pako', namespace: 'zlib-pako' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zlib-pako' }, () => ({
      loader: 'js',
      contents: [
        "const zlib = require('node:zlib');",
        'function flate(run) {',
        '  return class {',
        '    constructor(options) { this.options = { level: options && options.level !== undefined ? options.level : -1 }; this.chunks = []; this.onData = () => {}; }',
        '    push(data, last) {',
        '      if (data.length) this.chunks.push(data instanceof Uint8Array ? data : Uint8Array.from(data));',
        '      if (last) { const out = run(Buffer.concat(this.chunks), this.options); this.chunks = []; this.onData(new Uint8Array(out.buffer, out.byteOffset, out.length)); }',
        '      return true;',
        '    }',
        '  };',
        '}',
        'exports.Deflate = flate(zlib.deflateRawSync);',
        'exports.Inflate = flate((data) => zlib.inflateRawSync(data));',
      ].join('\n'),
    }));
  },
};

/**
 * exceljs's Workbook (for `export timesheet --format xlsx`) is bundled apart, into
 * out/cli/exceljs-workbook.cjs (minified, and code-cached by the launcher like the bundle), which the
 * bundle requires only for an xlsx file: in the bundle it would be read, and its functions' outlines
 * restored from the cache, by every other command too.
 */
const EXCELJS_WORKBOOK = './exceljs-workbook.cjs';
const exceljsApart = {
  name: 'exceljs-apart',
  setup(b) {
    b.onResolve({ filter: /^exceljs\/lib\/doc\/workbook$/ }, () => ({ path: EXCELJS_WORKBOOK, external: true }));
  },
};

const meta = await commandMeta();
await build({
  stdin: { contents: "module.exports = require('exceljs/lib/doc/workbook');", resolveDir: root, loader: 'js' },
  outfile: join(root, 'out/cli', EXCELJS_WORKBOOK),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  plugins: [zlibPako],
  logLevel: 'warning',
});
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'out/cli/fyrabend.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  minify: true,
  sourcemap: 'linked',
  plugins: meta ? [noZodLocales, exceljsApart, lazyCommands(meta)] : [noZodLocales, exceljsApart],
  logLevel: 'warning',
  // src/store/integrity-worker.ts reads import.meta.url only where __filename is missing (ES modules).
  logOverride: { 'empty-import-meta': 'silent' },
});
