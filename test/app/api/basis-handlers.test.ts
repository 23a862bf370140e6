/** Issue 14 item 4: overtimeReasonsList over the IPC dispatch, on a real store: local dates → the reasons of their sessions. */
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../../src/app/api/index';
import { createWarningService } from '../../../src/app/warnings/warning-service';
import { openStore, type Store } from '../../../src/store/index';

const H = 3_600_000;
const MON = Date.parse('2026-03-09T07:00:00Z'); // Monday 08:00 Oslo
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function app(withWarnings: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-basis-'));
  dirs.push(dir);
  const now = MON + 3 * 24 * H;
  const store = await openStore(join(dir, 'f.db'), { now: () => now, backups: false });
  stores.push(store);
  const scheduler = { pendingWarnings: () => [], snooze: async () => undefined, dismissPending: () => 0, hidePending: () => undefined };
  const services = createAppServices({
    ...store, clock: { now: () => now, every: () => () => undefined }, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir,
    ...(withWarnings ? { warnings: createWarningService({ scheduler, reasons: store.overtimeReasons, now: () => now }) } : {}),
    backups: { create: () => ({ name: 'b.db', createdAt: 0, bytes: 1 }), list: () => [], restore: () => undefined }, log: () => undefined,
  });
  const call = (method: string, input?: unknown) => dispatch(services, method, input);
  return { store, call };
}

describe('overtimeReasonsList', () => {
  it.each([
    ['2026-03-09', '2026-03-09', ['Release']],
    ['2026-03-10', '2026-03-10', ['Incident']],
    ['2026-03-09', '2026-03-10', ['Release', 'Incident']],
    ['2026-03-11', '2026-03-15', []],
  ])('%s – %s → %j', async (from, to, texts) => {
    const a = await app(true);
    for (const [day, text] of [[0, 'Release'], [1, 'Incident']] as const) {
      const add = await a.call('sessionsAdd', { session: { start: MON + day * 24 * H, end: MON + day * 24 * H + 11 * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } });
      if (!add.ok) throw new Error(JSON.stringify(add));
      const id = (add.value as { id: string }).id;
      expect(await a.call('overtimeRecordReason', { sessionId: id, reasons: ['daily-normal-limit'], text })).toMatchObject({ ok: true });
    }
    const r = await a.call('overtimeReasonsList', { from, to });
    expect(r.ok && (r.value as { text: string }[]).map((x) => x.text)).toEqual(texts);
  });

  it('refuses dates out of order and answers an empty list when the warnings are off', async () => {
    const a = await app(false);
    expect(await a.call('overtimeReasonsList', { from: '2026-03-10', to: '2026-03-09' })).toMatchObject({ ok: false });
    expect(await a.call('overtimeReasonsList', { from: '2026-03-09', to: '2026-03-09' })).toEqual({ ok: true, value: [] });
  });
});
