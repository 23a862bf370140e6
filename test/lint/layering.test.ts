/**
 * The layering of DEVELOPERS.md is a lint rule, not review: this proves ESLint rejects src/core importing
 * better-sqlite3 or electron (or reading the clock), and src/ui importing the store.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli';

const eslint = new ESLint({ cwd: ROOT });

async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint rules', () => {
  it.each([
    ['src/core/rules/bad.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n", /src\/core \(pure domain\) must not import 'better-sqlite3'/],
    ['src/core/rules/bad.ts', "import { app } from 'electron';\nexport const a = app;\n", /must not import 'electron'/],
    ['src/core/rules/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", /must not import 'node:\*'/],
    ['src/core/rules/bad.ts', 'export const now = Date.now();\n', /never reads the clock/],
    ['src/core/rules/bad.ts', 'export const now = new Date();\n', /never reads the clock/],
    ['src/core/rules/bad.ts', "import { openDatabase } from '../../store/db';\nexport const o = openDatabase;\n", /must not import from store/],
    ['src/ui/bad.tsx', "import { openDatabase } from '../store/db';\nexport const o = openDatabase;\n", /src\/ui \(renderer\) must not import from store/],
    ['src/app/bad.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n", /src\/app \(use cases\) must not import 'better-sqlite3'/],
  ])('%s: %s is rejected', async (path, code, message) => {
    const messages = await lint(path, code);
    expect(messages.join('\n')).toMatch(message);
  });

  it('accepts what each layer may import', async () => {
    expect(await lint('src/core/rules/ok.ts', "import { formatInTimeZone } from 'date-fns-tz';\nexport const f = formatInTimeZone;\n")).toEqual([]);
    expect(await lint('src/store/ok.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n")).toEqual([]);
  });
});
