/**
 * The app services over a real SQLite store in a temporary folder, on a fixed or movable clock, as the
 * host composes them (no heartbeats, backups faked). Call `closeRealServices` after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../src/app/api/index';
import type { AppServiceDeps } from '../../src/app/api/app-services';
import type { Clock } from '../../src/app/ports/clock';
import { openStore, type Store } from '../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];

/** Closes every store opened by openRealServices and removes its folder. */
export function closeRealServices(): void {
  for (const s of stores.splice(0)) if (s.db.open) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function openRealServices(start: number, more: (store: Store, now: () => number) => Partial<AppServiceDeps> = () => ({})) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-services-'));
  dirs.push(dir);
  let at = start;
  const now = () => at;
  const clock: Clock = { now, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now, backups: false });
  stores.push(store);
  const services = createAppServices({
    ...store,
    clock,
    zone: () => 'Europe/Oslo',
    heartbeats: false,
    dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: at, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
    ...more(store, now),
  });
  return { services, store, dir, now, advance: (ms: number) => (at += ms) };
}
