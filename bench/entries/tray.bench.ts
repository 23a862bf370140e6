/**
 * Issue 21 item 3: the tray app's recurring work on a store of 100 000 sessions (bounded range
 * queries, src/store/session-repo.ts): a tray tick (the warning scheduler's wake-up: the snapshot
 * from the store and the plan) and a tray refresh (tracker status and the tray menu) under 1 ms each,
 * with a session running. For comparison, the 15-day query of a tick without the lower bound.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, trackerStatus } from '../../src/app/api/index';
import type { Clock } from '../../src/app/ports/clock';
import type { SessionInput } from '../../src/app/ports/session-repo';
import { trayModel } from '../../src/app/tray/view-model';
import { sessionsForPlan } from '../../src/app/warnings/index';
import { storeWarningSources } from '../../src/app/warnings/warning-service';
import { defaultAgreement, plan } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { openStore } from '../../src/store/index';
import { generateSessions } from '../lib/generate';
import { median } from '../lib/timing';
import type { BenchEntry, BenchResult } from '../types';

const SIZE = 100_000;
const DAY = 86_400_000;

function timeEach(fn: () => unknown, runs: number): number {
  for (let k = 0; k < 20; k++) fn();
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const bench: BenchEntry = {
  id: 'tray',
  run: async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-tray-'));
    let now = Date.parse('2026-11-24T10:00:00+01:00');
    const store = await openStore(join(dir, 'fyrabend.db'), { now: () => now, backups: false });
    try {
      const size = ctx.quick ? 10_000 : SIZE;
      const years = Math.ceil(size / 2_250);
      const history: SessionInput[] = generateSessions(2027 - years, years)
        .filter((s) => s.end < now - DAY)
        .slice(-size)
        .map((s) => ({ ...s, zone: 'Europe/Oslo' }));
      ctx.log(`importing ${history.length} sessions`);
      store.sessions.importMany(history, [], 'Europe/Oslo', now, 'bench');
      store.agreements.save('2000-01-01', JSON.stringify(agreementToJson(defaultAgreement({ validFrom: '2000-01-01' }))), now);
      const clock: Clock = { now: () => now, every: () => () => undefined };
      const services = createAppServices({
        ...store,
        clock,
        zone: () => 'Europe/Oslo',
        heartbeats: false,
        dataFolder: dir,
        backups: { create: () => ({ name: 'b.db', createdAt: now, bytes: 1 }), list: () => [], restore: () => undefined },
        log: () => undefined,
      });
      await services.tracker.start({});
      if (services.tracker.snapshot().state !== 'working') throw new Error('bench: the tracker did not start');
      now += 3 * 3_600_000;
      const sources = storeWarningSources({ sessions: store.sessions, agreements: store.agreements, settings: store.settings, zone: () => 'Europe/Oslo', now: () => now });
      const tick = () => {
        const snap = sources.load();
        if (!snap.open || !snap.agreement) throw new Error('bench: no running session or agreement for the tick');
        return plan({ sessions: sessionsForPlan(snap, now), agreement: snap.agreement, now, leadMinutes: snap.settings.leadMinutes });
      };
      const refresh = () => trayModel(trackerStatus(services), 'nb');
      const runs = ctx.runs(200);
      const n = history.length;
      const unbounded = store.db.prepare('SELECT * FROM sessions WHERE start_ms < ? AND end_ms > ? ORDER BY start_ms, id');
      const results: BenchResult[] = [
        { name: `tray tick (warning snapshot from the store + plan), ${n} sessions of history`, value: timeEach(tick, runs), unit: 'ms', ...(ctx.quick ? {} : { target: { max: 1 } }) },
        { name: `tray refresh (tracker status + tray menu), ${n} sessions of history`, value: timeEach(refresh, runs), unit: 'ms', ...(ctx.quick ? {} : { target: { max: 1 } }) },
        { name: `sessions of the last 15 days: bounded query (start_ms ≥ from − longest), ${n} sessions`, value: timeEach(() => store.sessions.between(now - 15 * DAY, now + 1), runs), unit: 'ms' },
        { name: `the same without the lower bound (all older history read), for comparison`, value: timeEach(() => unbounded.all(now + 1, now - 15 * DAY), ctx.runs(30)), unit: 'ms' },
      ];
      return results;
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
