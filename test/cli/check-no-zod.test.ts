/**
 * Start-up of the command line (issue 21 item 1), checked on the module graph esbuild sees:
 * - `fyrabend check` reaches zod only through the dynamic import of the schema modules in
 *   src/cli/input-files.ts (needed when a fast path refuses a file), so the bundle, where a module
 *   reached only through `import()` is initialised on first use, never evaluates zod for good files;
 * - the bundle's modules import zod as `import * as z from 'zod'`, which esbuild tree-shakes. A value
 *   `import { z }` (or the default import) makes it build zod's namespace objects, some 900 getters,
 *   at the top of the bundle, which every command (even `--help`) pays for.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** esbuild's inputs of a bundle of `entry`, with their imports. */
async function inputsOf(entry: string) {
  const r = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, external: ['better-sqlite3', 'exceljs', 'node-notifier'], logLevel: 'silent' });
  return r.metafile.inputs;
}

/** The files an entry reaches through static imports only (dynamic `import()`s and type imports left out). */
async function staticGraph(entry: string): Promise<Set<string>> {
  const inputs = await inputsOf(entry);
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const f = stack.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of inputs[f]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
  }
  return seen;
}

describe('command line start-up', () => {
  it('imports zod and the schema modules only dynamically', async () => {
    const graph = [...(await staticGraph('src/cli/commands/check.ts'))];
    expect(graph).toContain('src/shared/formats/agreement-fast.ts');
    expect(graph).toContain('src/shared/formats/sessions-fast.ts');
    expect(graph.filter((f) => /[\\/]zod[\\/]|^src\/shared\/formats\/(agreement|sessions|time-schemas)\.ts$/.test(f))).toEqual([]);
  });

  it('imports zod in the bundle only as a namespace (import * as z)', async () => {
    const files = Object.keys(await inputsOf('src/cli/main.ts')).filter((f) => f.startsWith('src/'));
    const importsZod = files.filter((f) => /from 'zod'/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(importsZod).toContain('src/shared/formats/agreement.ts');
    const valueImport = /^import (?!type\b|\* as \w+ from)[^;]*from 'zod';/m;
    expect(importsZod.filter((f) => valueImport.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
