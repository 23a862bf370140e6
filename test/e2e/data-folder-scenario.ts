/**
 * The e2e scenario of issue 6: moving the data folder from the Settings page, run from
 * window.e2e.test.ts (one build, one browser) on the real services, a real SQLite file and the real
 * disk. The harness answers the folder picker and records the relaunch it cannot perform.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openStore } from '../../src/store/index';
import { axe, screenshotPath, type App } from './harness';

export async function dataFolderScenario(a: App): Promise<void> {
  const { page } = a;
  page.setDefaultTimeout(10_000);
  const sessions = a.store.sessions.count();
  expect(sessions).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Innstillinger', exact: true }).click();
  await page.getByText(a.dir, { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Endre datamappe …' }).click();

  // The current folder is refused by the main process, with its message next to the form.
  await page.getByLabel('Ny datamappe').fill(a.dir);
  await page.getByRole('button', { name: 'Fortsett' }).click();
  await page.getByRole('button', { name: 'Flytt og start på nytt' }).click();
  await page.getByRole('alert').filter({ hasText: `Dataene ligger allerede i ${a.dir}` }).waitFor();
  expect(a.relaunches).toEqual([]);
  await page.screenshot({ path: screenshotPath('18-data-folder-refused'), fullPage: true });

  // The OS picker (scripted by the harness) fills the field; the confirm step says what happens.
  const target = join(a.dir, 'Flyttet', 'Fyrabend');
  a.pickFolder(target);
  await page.getByRole('button', { name: 'Velg …' }).click();
  await expect.poll(() => page.getByLabel('Ny datamappe').inputValue()).toBe(target);
  await page.getByRole('button', { name: 'Fortsett' }).click();
  const confirm = page.getByRole('region', { name: `Flytte dataene til ${target}?` });
  await confirm.getByText(`Den gamle filen (fyrabend.db) blir liggende i ${a.dir}.`, { exact: false }).waitFor();
  const found = (await axe(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id} (${x.impact}) ${x.help} at ${x.nodes.slice(0, 3).join(', ')}`);
  await page.screenshot({ path: screenshotPath('19-data-folder-confirm'), fullPage: true });

  await confirm.getByRole('button', { name: 'Flytt og start på nytt' }).click();
  await page.getByRole('status').filter({ hasText: `Dataene er flyttet til ${join(target, 'fyrabend.db')}. Fyrabend starter på nytt nå.` }).waitFor();
  await page.screenshot({ path: screenshotPath('20-data-folder-moved'), fullPage: true });

  // The copy is there and has the data; the pointer names the folder; the old file is intact; one relaunch asked for.
  expect(existsSync(join(target, 'fyrabend.db'))).toBe(true);
  expect(JSON.parse(readFileSync(a.pointerFile, 'utf8'))).toMatchObject({ format: 'fyrabend.location/1', dataFolder: target });
  expect(a.relaunches).toHaveLength(1);
  expect(existsSync(join(a.dir, 'fyrabend.db'))).toBe(true);
  expect(a.store.sessions.count()).toBe(sessions);
  const moved = await openStore(join(target, 'fyrabend.db'), { backups: false });
  try {
    expect(moved.sessions.count()).toBe(sessions);
    expect(moved.agreements.list()).toHaveLength(1);
  } finally {
    moved.close();
  }
  expect(found).toEqual([]);
}
