/**
 * A step the e2e walks share: on "Lønn og eksport", save the pay settings (employee number 4711 and
 * the given wage types) and save the month as files to check in each format; returns each file's text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type CheckFormat = 'csv' | 'json' | 'html';

export async function exportMonthToCheck(page: Page, month: string, wageTypes: readonly (readonly [string, string])[], formats: readonly CheckFormat[] = ['csv', 'json', 'html']): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'Lønn og eksport', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Lønn og eksport' }).waitFor();
  await page.getByLabel('Ansattnummer').fill('4711');
  for (const [cls, code] of wageTypes) await page.getByLabel(`Lønnsart for ${cls}`, { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Lagre lønnsinnstillingene' }).click();
  await page.getByRole('status').filter({ hasText: 'Lønnsinnstillingene er lagret.' }).waitFor();
  await page.getByLabel('Måned', { exact: true }).fill(month);
  const files: Record<string, string> = {};
  for (const format of formats) {
    await page.getByLabel('Format', { exact: true }).selectOption(format);
    await page.getByRole('button', { name: 'Lagre fil til gjennomsyn', exact: true }).click();
    const done = page.locator('.export-done').filter({ hasText: `.${format}` });
    await done.waitFor();
    const path = (await done.getAttribute('data-path')) ?? '';
    expect(path).toMatch(new RegExp(`fyrabend-4711-${month}\\.${format}$`));
    files[format] = readFileSync(path, 'utf8');
  }
  return files;
}
