/**
 * Every catalog of src/, for the tests that read them all (nynorsk is not bokmål, the glossary's words,
 * no English in nb/nn). A test file mocks the catalog module with `recordingCatalogs` so that each
 * defineCatalog call is recorded with the file that made it, then calls `loadAllCatalogs`:
 *
 *   vi.mock('../../src/shared/i18n/catalog', async (original) => (await import('../helpers/catalogs')).recordingCatalogs(await original()));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from '../../src/shared/i18n/catalog';
import type * as CatalogModule from '../../src/shared/i18n/catalog';

export const SRC = join(__dirname, '../../src');

/** Each recorded catalog with the file (relative to src/) that defined it. */
export const recorded: Array<{ file: string; catalog: Catalog<string> }> = [];
let loading = '';

/** The catalog module with defineCatalog recording its caller. */
export function recordingCatalogs(real: typeof CatalogModule): typeof CatalogModule {
  return {
    ...real,
    defineCatalog: <K extends string>(c: Catalog<K>) => {
      const caller = (new Error().stack ?? '').split('\n').map((l) => /src\/(.+?\.tsx?)/.exec(l)?.[1]).find((f) => f && !f.endsWith('i18n/catalog.ts'));
      recorded.push({ file: caller ?? loading, catalog: c as unknown as Catalog<string> });
      return real.defineCatalog(c);
    },
  };
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));

/** The source files that make a catalog. */
export const catalogFiles: readonly string[] = files(SRC).filter((f) => !f.endsWith('catalog.ts') && /defineCatalog(<[^>]*>)?\(/.test(readFileSync(f, 'utf8')));

/** Imports every file that makes a catalog (each records its catalogs once). */
export async function loadAllCatalogs(): Promise<void> {
  for (const f of catalogFiles) {
    loading = relative(SRC, f);
    await import(f);
  }
}
