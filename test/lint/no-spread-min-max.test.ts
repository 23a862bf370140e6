/**
 * Issue 18: a spread into Math.min / Math.max overflows the stack above ~62 000 elements; ESLint refuses
 * it everywhere in src/ (src/core too, whose own no-restricted-syntax would otherwise replace the rule)
 * and points to minOf/maxOf.
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

describe('no spread into Math.min/Math.max (issue 18)', () => {
  it.each([
    ['src/core/engine/bad.ts', 'export const f = (xs: number[]) => Math.min(...xs);\n'],
    ['src/core/pay/bad.ts', 'export const f = (xs: { start: number }[]) => Math.max(0, ...xs.map((x) => x.start));\n'],
    ['src/app/absence/bad.ts', 'export const f = (xs: number[]) => Math.max(...xs);\n'],
    ['src/ui/pages/Bad.tsx', 'export const f = (xs: number[]) => Math.min(...xs);\n'],
    ['src/store/bad.ts', 'export const f = (xs: number[]) => Math.max(...xs);\n'],
  ])('%s: %s is refused, pointing to minOf/maxOf', async (path, code) => {
    expect((await lint(path, code)).join('\n')).toMatch(/no-restricted-syntax: No spread into Math\.min\/Math\.max .*minOf\/maxOf from src\/core\/extent\.ts/);
  });

  it('keeps the other rules of src/core, and lets plain calls and the helpers through', async () => {
    expect((await lint('src/core/rules/bad.ts', 'export const now = new Date();\n')).join('\n')).toMatch(/never reads the clock/);
    expect(await lint('src/core/rules/ok.ts', 'export const f = (a: number, b: number) => Math.min(a, b) + Math.max(0, a);\n')).toEqual([]);
    expect(await lint('src/app/ok.ts', "import { maxOf } from '../core/extent';\nexport const f = (xs: number[]) => maxOf(xs) + [...xs].length;\n")).toEqual([]);
  });
});
