/**
 * Start-up of `fyrabend check` (issue 21 item 1): the command reaches zod only through the dynamic
 * import of the schema modules in src/cli/input-files.ts (needed when a fast path refuses a file), so
 * the bundle, where a module reached only through `import()` is initialised on first use, never
 * evaluates zod for well-formed files. Checked on the static imports of the command's module graph.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The files an entry reaches through static imports only (dynamic `import()`s and type imports left out). */
async function staticGraph(entry: string): Promise<Set<string>> {
  const r = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, external: ['better-sqlite3', 'exceljs', 'node-notifier'], logLevel: 'silent' });
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const f = stack.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const i of r.metafile.inputs[f]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
  }
  return seen;
}

describe('fyrabend check start-up', () => {
  it('imports zod and the schema modules only dynamically', async () => {
    const graph = [...(await staticGraph('src/cli/commands/check.ts'))];
    expect(graph).toContain('src/shared/formats/agreement-fast.ts');
    expect(graph).toContain('src/shared/formats/sessions-fast.ts');
    expect(graph.filter((f) => /[\\/]zod[\\/]|^src\/shared\/formats\/(agreement|sessions|time-schemas)\.ts$/.test(f))).toEqual([]);
  });
});
