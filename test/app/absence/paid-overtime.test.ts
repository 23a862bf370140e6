/**
 * Issue 15 item 2: overtime paid out is not in the flexitime balance, overtime taken as time off in
 * lieu (avspasering) stays in it — through the IPC handler table over a real SQLite store, the one
 * way every balance (Today, Week, Month, tray, `fyrabend status`) is computed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeRealServices, openRealServices } from '../../helpers/real-services';
import { dispatch } from '../../../src/app/api/index';
import { createAbsenceService } from '../../../src/app/absence/service';
import { agreementVersions } from '../../../src/app/agreement-versions';
import { openSessionId } from '../../../src/app/warnings/open-session-id';
import { createWarningService } from '../../../src/app/warnings/warning-service';
import type { BalanceView } from '../../../src/shared/ipc/absence-contract';

afterEach(closeRealServices);

const NOW = Date.parse('2026-09-14T10:00:00Z');
const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};
const WORK = { zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } as const;

async function setup() {
  // The window's overtime reasons go through the warning service (no scheduler needed here).
  const scheduler = { pendingWarnings: () => [], snooze: async () => undefined, dismissPending: () => 0, hidePending: () => undefined };
  const { services, store } = await openRealServices(NOW, (st) => ({ warnings: createWarningService({ scheduler, reasons: st.overtimeReasons, now: () => NOW }) }));
  await dispatch(services, 'agreementSave', { document: AGREEMENT });
  // Monday 7 September 08:00–20:00 local: 12 h worked, 7.75 h agreed, 3 h AML overtime (beyond 9 h), 1.25 h merarbeid.
  const monday = store.sessions.change({ action: 'add', at: NOW, reason: 'test', after: { ...WORK, start: Date.parse('2026-09-07T06:00:00Z'), end: Date.parse('2026-09-07T18:00:00Z') } });
  const week = async () => {
    const r = await dispatch(services, 'balancePeriod', { from: '2026-09-07', to: '2026-09-13' });
    if (!r.ok) throw new Error('balance failed');
    return r.value as BalanceView;
  };
  return { services, store, sessionId: monday?.id ?? '', week };
}

describe('overtime paid or taken as time off in the flexitime balance', () => {
  it('paid overtime (no reason: the default) is left out of the balance; merarbeid stays', async () => {
    const { week } = await setup();
    const b = await week();
    expect(b.worked).toBeCloseTo(12, 9);
    expect(b.expected).toBeCloseTo(38.75, 9);
    expect(b.days.find((d) => d.date === '2026-09-07')?.balance).toBeCloseTo(12 - 7.75 - 3, 9);
    expect(b.balance).toBeCloseTo(12 - 38.75 - 3, 9);
  });

  it('a reason that says time off keeps the overtime in the balance; one that says pay does not', async () => {
    const { services, sessionId, week } = await setup();
    expect(await dispatch(services, 'overtimeRecordReason', { sessionId, reasons: [], text: '', ground: 'exceptional-time-limited', takenAs: 'pay' })).toMatchObject({ ok: true });
    const paid = await week();
    expect(paid.balance).toBeCloseTo(12 - 38.75 - 3, 9);
    // The latest reason of the day decides.
    const r = await dispatch(services, 'overtimeRecordReason', { sessionId, reasons: [], text: 'Deadline', ground: 'other', takenAs: 'time-off' });
    expect(r).toMatchObject({ ok: true, value: { ground: 'other', takenAs: 'time-off' } });
    const off = await week();
    expect(off.days.find((d) => d.date === '2026-09-07')?.balance).toBeCloseTo(12 - 7.75, 9);
    expect(off.balance).toBeCloseTo(12 - 38.75, 9);
    expect(off.saldo - paid.saldo).toBeCloseTo(3, 9);
  });

  it('the pay settings default time-off applies to days without a reason', async () => {
    const { store, week } = await setup();
    store.settings.set('pay', JSON.stringify({ overtimeTakenAs: 'time-off' }));
    expect((await week()).balance).toBeCloseTo(12 - 38.75, 9);
  });

  it('a reason recorded while the session runs counts at once (the running session under its open id)', async () => {
    const { services, store } = await setup();
    const start = Date.parse('2026-09-14T06:00:00Z');
    store.sessions.beginOpen({ ...WORK, start, heartbeat: null });
    // 08:00 until now (12:00 local) is 4 h: no overtime, so the reason changes nothing yet; it is found.
    expect(await dispatch(services, 'overtimeRecordReason', { sessionId: openSessionId(start), reasons: [], text: '', ground: 'breakdown-emergency', takenAs: 'time-off' })).toMatchObject({ ok: true });
    const r = await dispatch(services, 'balancePeriod', { from: '2026-09-14', to: '2026-09-14' });
    expect(r.ok && (r.value as BalanceView).worked).toBeCloseTo(4, 9);
  });

  it('the CLI builds the service the same way (fyrabend status / absence): same balance', async () => {
    const { services, store, sessionId, week } = await setup();
    expect(await dispatch(services, 'overtimeRecordReason', { sessionId, reasons: [], text: '', ground: 'illness-absence-cover', takenAs: 'time-off' })).toMatchObject({ ok: true });
    const cli = createAbsenceService({
      absences: store.absences, settings: store.settings, now: () => NOW, zone: () => 'Europe/Oslo', lang: () => 'en',
      agreements: () => agreementVersions(store.agreements), sessions: (from, to) => store.sessions.between(from, to), overtimeReasons: store.overtimeReasons,
    });
    expect(cli.balance('2026-09-07', '2026-09-13').balance).toBeCloseTo(12 - 38.75, 9);
    expect(cli.balance('2026-09-07', '2026-09-13').balance).toBeCloseTo((await week()).balance, 9);
  });
});
