/**
 * The layering of DEVELOPERS.md is a lint rule, not review: this proves ESLint rejects src/core importing
 * better-sqlite3 or electron (or reading the clock), src/ui importing the store, and the desktop host
 * (src/desktop) importing Electron or the window, or being imported by a lower layer.
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
    ['src/desktop/bad.ts', "import { app } from 'electron';\nexport const a = app;\n", /src\/desktop \(the host\) must not import 'electron'/],
    ['src/desktop/bad.ts', "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n", /src\/desktop \(the host\) must not import 'electron'/],
    ['src/desktop/bad.ts', "import { App } from '../ui/App';\nexport const a = App;\n", /src\/desktop \(the host\) must not import from ui/],
    ['src/desktop/bad.ts', "import { electronPlatform } from '../../electron/main/platform';\nexport const p = electronPlatform;\n", /src\/desktop \(the host\) must not import from electron/],
    ['src/app/bad.ts', "import { startHost } from '../desktop/host';\nexport const s = startHost;\n", /src\/app \(use cases\) must not import from desktop/],
    ['src/store/bad.ts', "import { startHost } from '../desktop/host';\nexport const s = startHost;\n", /src\/store must not import from desktop/],
    ['src/ui/bad.tsx', "import { isTrustedSender } from '../desktop/security';\nexport const t = isTrustedSender;\n", /src\/ui \(renderer\) must not import from desktop/],
    ['src/cli/bad.ts', "import { startHost } from '../desktop/host';\nexport const s = startHost;\n", /src\/cli must not import from desktop/],
    ['electron/preload/bad.ts', "import { startHost } from '../../src/desktop/host';\nexport const s = startHost;\n", /electron\/preload must not import from desktop/],
  ])('%s: %s is rejected', async (path, code, message) => {
    const messages = await lint(path, code);
    expect(messages.join('\n')).toMatch(message);
  });

  it('accepts what each layer may import', async () => {
    expect(await lint('src/core/rules/ok.ts', "import { formatInTimeZone } from 'date-fns-tz';\nexport const f = formatInTimeZone;\n")).toEqual([]);
    expect(await lint('src/store/ok.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n")).toEqual([]);
    expect(await lint('src/desktop/ok.ts', "import { readFileSync } from 'node:fs';\nimport { openStore } from '../store/index';\nimport { dispatch } from '../app/api/index';\nexport const o = [readFileSync, openStore, dispatch];\n")).toEqual([]);
    expect(await lint('electron/main/ok.ts', "import { app } from 'electron';\nimport { startHost } from '../../src/desktop/host';\nexport const o = [app, startHost];\n")).toEqual([]);
  });
});
