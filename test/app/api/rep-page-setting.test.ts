/** Issue 14 item 8: the representative's page is a setting stored like the others, off by default. */
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../../src/app/api/index';
import { openStore, type Store } from '../../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function call(dir: string) {
  const store = await openStore(join(dir, 'f.db'), { now: () => 0, backups: false });
  stores.push(store);
  const services = createAppServices({
    ...store, clock: { now: () => 0, every: () => () => undefined }, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: 0, bytes: 1 }), list: () => [], restore: () => undefined }, log: () => undefined,
  });
  return (method: string, input?: unknown) => dispatch(services, method, input);
}

describe('repPage setting', () => {
  it('is off by default, turned on and off with settingsSet, kept across reopening; a non-boolean is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-rep-'));
    dirs.push(dir);
    const a = await call(dir);
    const repOf = (r: { ok: boolean; value?: unknown }) => (r.value as { repPage?: boolean }).repPage === true;
    expect(repOf(await a('settingsGet'))).toBe(false);
    expect(repOf(await a('settingsSet', { repPage: true }))).toBe(true);
    expect(await a('settingsSet', { repPage: 'yes' })).toMatchObject({ ok: false });
    stores.splice(0).forEach((s) => s.close());
    const b = await call(dir);
    expect(repOf(await b('settingsGet'))).toBe(true);
    expect(repOf(await b('settingsSet', { repPage: false }))).toBe(false);
  });
});
