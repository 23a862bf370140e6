/**
 * Issue 21: the tray keeps the balance up to yesterday and adds today's part each minute
 * (src/app/tray/saldo.ts), so `saldoOfDay(d)` must be exactly what `d` adds to the running balance:
 * saldo(d) − saldo(d − 1) on every date — before the balance starts, on its first date, across a
 * second agreement version, absences, paid and time-off overtime, a session over midnight, the
 * change to winter time and red days.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/api/index';
import { createWarningService } from '../../../src/app/warnings/warning-service';
import { dateString, parseDate } from '../../../src/core/time/civil';
import { closeRealServices, openRealServices } from '../../helpers/real-services';

afterEach(closeRealServices);

const NOW = Date.parse('2026-11-20T10:00:00Z');
const week = (from: string, hours: [string, string]) => ({
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: from,
  workingTime: { weeklyHours: 37.5, windows: { mon: [hours], tue: [hours], wed: [hours], thu: [hours], fri: [hours], sat: [], sun: [] } },
});
const WORK = { zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } as const;
const at = (local: string) => Date.parse(local);

async function history(carried: boolean) {
  const scheduler = { pendingWarnings: () => [], snooze: async () => undefined, dismissPending: () => 0, hidePending: () => undefined };
  const { services, store } = await openRealServices(NOW, (st) => ({ warnings: createWarningService({ scheduler, reasons: st.overtimeReasons, now: () => NOW }) }));
  expect(await dispatch(services, 'agreementSave', { document: week('2026-09-01', ['08:00', '15:45']) })).toMatchObject({ ok: true });
  expect(await dispatch(services, 'agreementSave', { document: week('2026-10-19', ['09:00', '16:45']) })).toMatchObject({ ok: true });
  const add = (start: string, end: string) => store.sessions.change({ action: 'add', at: NOW, reason: 'test', after: { ...WORK, start: at(start), end: at(end) } });
  const ids: string[] = [];
  for (let day = parseDate('2026-09-01'); day <= parseDate('2026-11-13'); day++) {
    const date = dateString(day);
    const wd = (day + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    if (wd >= 5 && day % 3 !== 0) continue; // most weekends off
    const long = day % 5 === 0; // now and then 08:00–20:00: overtime
    const s = add(`${date}T08:0${day % 7}:00+0${day < parseDate('2026-10-25') ? 2 : 1}:00`, `${date}T${long ? '20' : '15'}:30:00+0${day < parseDate('2026-10-25') ? 2 : 1}:00`);
    if (long && s) ids.push(s.id);
  }
  add('2026-10-24T20:00:00+02:00', '2026-10-25T02:30:00+01:00'); // over midnight and the change to winter time
  const reasons: ['time-off' | 'pay', number][] = [['time-off', 0], ['pay', 1], ['time-off', 3]];
  for (const [takenAs, k] of reasons) {
    expect(await dispatch(services, 'overtimeRecordReason', { sessionId: ids[k], reasons: [], text: '', ground: 'exceptional-time-limited', takenAs })).toMatchObject({ ok: true });
  }
  for (const absence of [{ kind: 'ferie', from: '2026-09-21', to: '2026-09-25', hours: null }, { kind: 'avspasering', from: '2026-10-07', to: '2026-10-07', hours: 2.5 }]) {
    expect(await dispatch(services, 'absenceSave', { absence })).toMatchObject({ ok: true });
  }
  if (carried) expect(await dispatch(services, 'balanceCarriedOverSet', { hours: 12.25, from: '2026-09-10' })).toMatchObject({ ok: true });
  return services.absences!;
}

describe('saldoOfDay is what a date adds to the running balance', () => {
  it.each([[false], [true]])('carried over: %s', async (carried) => {
    const absences = await history(carried);
    let previous = absences.saldo('2026-08-24');
    for (let day = parseDate('2026-08-25'); day <= parseDate('2026-11-18'); day++) {
      const date = dateString(day);
      const saldo = absences.saldo(date);
      expect(absences.saldoOfDay(date), date).toBeCloseTo(saldo - previous, 9);
      previous = saldo;
    }
    expect(absences.saldoOfDay('2026-08-31')).toBe(0);
    expect(absences.saldoOfDay(carried ? '2026-09-09' : '2026-09-01')).toBe(carried ? 0 : absences.saldo('2026-09-01'));
  });
});
