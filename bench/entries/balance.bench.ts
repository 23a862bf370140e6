/**
 * Issue 15: the flexitime balance (fleksisaldo) of ten years in-process: generated sessions, an
 * agreement change halfway (37.5 h, then 30 h a week), five weeks of holiday, sick days and part days
 * of time off in lieu each year, every red day; the whole history in one balanceOf call, under 100 ms.
 * And the app path every balance takes (Today, Week, Month, the tray, `fyrabend status`): the absence
 * service's running balance over the same ten years, with overtime reasons on about 2 % of the sessions
 * (half of them time off in lieu), so the overtime paid out is classified and left out (paid-overtime.ts):
 * a refresh (the service keeps the classified older history) under 100 ms, and the first call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAbsenceService } from '../../src/app/absence/service';
import { createAppServices, dispatch } from '../../src/app/api/index';
import { createWarningService } from '../../src/app/warnings/warning-service';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { openStore } from '../../src/store/index';
import type { StoredAbsence } from '../../src/app/ports/absence-repo';
import type { OvertimeReasonWithSession } from '../../src/app/warnings/overtime-reason';
import { balanceOf, defaultAgreement, type Absence, type Agreement, type Session } from '../../src/core/index';
import { generateSessions, rng } from '../lib/generate';
import { median, timeIt } from '../lib/timing';
import type { BenchEntry } from '../types';

const FROM_YEAR = 2016;
const YEARS = 10;

function absencesOf(fromYear: number, years: number): Absence[] {
  const random = rng(15);
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: Absence[] = [];
  for (let y = fromYear; y < fromYear + years; y++) {
    out.push({ kind: 'ferie', from: `${y}-07-01`, to: `${y}-07-21`, hours: null });
    out.push({ kind: 'ferie', from: `${y}-12-27`, to: `${y}-12-31`, hours: null });
    out.push({ kind: 'ferie', from: `${y}-02-20`, to: `${y}-02-26`, hours: null });
    for (let k = 0; k < 8; k++) {
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      out.push({ kind: 'sykdom', from: `${y}-${pad(m)}-${pad(d)}`, to: `${y}-${pad(m)}-${pad(d)}`, hours: null, document: 'egenmelding' });
    }
    for (let k = 0; k < 6; k++) {
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      out.push({ kind: 'avspasering', from: `${y}-${pad(m)}-${pad(d)}`, to: `${y}-${pad(m)}-${pad(d)}`, hours: 2.5 });
    }
  }
  return out;
}

/** The absence service over in-memory ports holding the ten years (sessions sorted by start, as the store gives them). */
function appService(sessions: readonly Session[], agreements: readonly Agreement[], absences: readonly Absence[]) {
  const random = rng(18);
  const withIds = sessions.map((s, i) => ({ ...s, id: `s${i}` }));
  const reasons: OvertimeReasonWithSession[] = withIds
    .filter(() => random() < 0.02)
    .map((s) => ({ sessionId: s.id, recordedAt: s.end, reasons: [], text: '', ground: 'other', takenAs: random() < 0.5 ? 'time-off' : 'pay', sessionStart: s.start, sessionEnd: s.end }));
  const stored: StoredAbsence[] = absences.map((a, i) => ({ ...a, id: `a${i}` }));
  const settings = new Map<string, string>();
  const service = () => createAbsenceService({
    absences: { list: (from, to) => stored.filter((a) => (to === undefined || a.from <= to) && (from === undefined || a.to >= from)), get: () => null, add: () => stored[0]!, edit: () => stored[0]!, remove: () => undefined },
    settings: { get: (k) => settings.get(k) ?? null, set: (k, v) => void settings.set(k, v) },
    now: () => Date.parse(`${FROM_YEAR + YEARS}-01-01T12:00:00Z`),
    zone: () => 'Europe/Oslo',
    lang: () => 'nb',
    agreements: () => agreements,
    sessions: (from, to) => withIds.filter((s) => s.start < to && s.end > from),
    overtimeReasons: { listBetween: (from, to) => reasons.filter((r) => r.sessionStart < to && (r.sessionEnd ?? Infinity) > from) },
  });
  return { service, reasons: reasons.length };
}

/**
 * The same through the app services over a SQLite store (what the window and the tray call): the
 * sessions imported, the absences and agreements saved, the reasons recorded as the window records them.
 */
async function storeSaldo(sessions: readonly Session[], agreements: readonly Agreement[], absences: readonly Absence[], runs: number): Promise<{ ms: number; reasons: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-balance-'));
  const now = Date.parse(`${FROM_YEAR + YEARS}-01-01T12:00:00Z`);
  const store = await openStore(join(dir, 'fyrabend.db'), { backups: false, now: () => now });
  try {
    store.sessions.importMany(sessions.map((s) => ({ ...s, zone: 'Europe/Oslo' })), [], 'Europe/Oslo', now, 'bench');
    for (const a of absences) store.absences.add(a, now, 'bench');
    const scheduler = { pendingWarnings: () => [], snooze: async () => undefined, dismissPending: () => 0, hidePending: () => undefined };
    const services = createAppServices({
      ...store, clock: { now: () => now, every: () => () => undefined }, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir, log: () => undefined,
      warnings: createWarningService({ scheduler, reasons: store.overtimeReasons, now: () => now }),
      backups: { create: () => ({ name: 'b.db', createdAt: now, bytes: 1 }), list: () => [], restore: () => undefined },
    });
    for (const a of agreements) {
      const saved = await dispatch(services, 'agreementSave', { document: agreementToJson(a) });
      if (!saved.ok) throw new Error(`bench: the agreement from ${a.validFrom} was not saved: ${saved.error.message}`);
    }
    if (services.agreements.list().length !== agreements.length || store.absences.list().length !== absences.length) throw new Error('bench: the store does not hold the agreements and absences');
    const random = rng(18);
    let reasons = 0;
    for (const s of store.sessions.between(0, now)) {
      if (random() >= 0.02) continue;
      const r = await dispatch(services, 'overtimeRecordReason', { sessionId: s.id, reasons: [], text: '', ground: 'exceptional-time-limited', takenAs: random() < 0.5 ? 'time-off' : 'pay' });
      if (r.ok) reasons++;
    }
    const to = `${FROM_YEAR + YEARS - 1}-12-31`;
    return { ms: median(timeIt(() => services.absences?.saldo(to), runs)), reasons };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench: BenchEntry = {
  id: 'balance',
  run: async (ctx) => {
    const sessions = generateSessions(FROM_YEAR, YEARS);
    const half = `${FROM_YEAR + YEARS / 2}-01-01`;
    const agreements = [defaultAgreement({ validFrom: `${FROM_YEAR}-01-01` }), defaultAgreement({ validFrom: half, weeklyHours: 30 })];
    const absences = absencesOf(FROM_YEAR, YEARS);
    const input = { sessions, agreements, absences, zone: 'Europe/Oslo', from: `${FROM_YEAR}-01-01`, to: `${FROM_YEAR + YEARS - 1}-12-31`, carriedOver: 12.5 };
    ctx.log(`${sessions.length} sessions, ${absences.length} absences, ${YEARS} years`);
    const runs = timeIt(() => balanceOf(input), ctx.runs(7));
    const app = appService(sessions, agreements, absences);
    const to = `${FROM_YEAR + YEARS - 1}-12-31`;
    // A refresh (Today, Week, Month, the tray): the service keeps the classified older history between calls.
    const service = app.service();
    const appRuns = timeIt(() => service.saldo(to), ctx.runs(7));
    // The first balance after start-up: a new service, the whole history classified.
    const coldRuns = timeIt(() => app.service().saldo(to), ctx.runs(5));
    const stored = await storeSaldo(sessions, agreements, absences, ctx.runs(7));
    return [
      { name: `flexitime balance in-process, 10 years (${sessions.length} sessions, ${absences.length} absences, an agreement change)`, value: median(runs), unit: 'ms', target: { max: 100 } },
      { name: `running balance through the absence service (the app path: sessions, absences, ${app.reasons} overtime reasons, overtime paid out left out), 10 years, a refresh`, value: median(appRuns), unit: 'ms', target: { max: 100 } },
      { name: 'the same, the first balance after start-up (nothing kept yet)', value: median(coldRuns), unit: 'ms' },
      { name: `the same through the app services over a SQLite store (${stored.reasons} reasons recorded through the window's call), a refresh, the store's read of ten years included`, value: stored.ms, unit: 'ms' },
    ];
  },
};

export default bench;
