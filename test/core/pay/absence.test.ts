/**
 * Absence hours for payroll (issue 15): a full day is the agreed hours of the date, a part day its
 * hours, together never more than the agreed hours; red days and days without agreed hours carry
 * none; the agreement in force on each date applies.
 */
import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../src/core/absence/model';
import { defaultAgreement } from '../../../src/core/agreement/defaults';
import { absencePayDays } from '../../../src/core/pay';
import { HOUR_MS } from '../../../src/core/time/units';

const windows = defaultAgreement({ validFrom: '2026-01-01' });
// From 1 June a part-time agreement of 30 h a week without windows: 6 h Monday to Friday.
const partTime = defaultAgreement({ validFrom: '2026-06-01', weeklyHours: 30, windows: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
const a = (kind: Absence['kind'], from: string, to: string, hours: number | null = null, extra: Partial<Absence> = {}): Absence => ({ kind, from, to, hours, ...extra });

describe('absencePayDays', () => {
  it.each([
    ['a full weekday: the agreed 7.75 h', [a('ferie', '2026-03-10', '2026-03-10')], '2026-03-01', '2026-03-31', ['2026-03-10 ferie 7.75']],
    ['a week over a weekend: weekdays only', [a('ferie', '2026-03-13', '2026-03-16')], '2026-03-01', '2026-03-31', ['2026-03-13 ferie 7.75', '2026-03-16 ferie 7.75']],
    ['Easter and 17 May are red days: none', [a('sykdom', '2026-04-02', '2026-04-03'), a('ferie', '2026-05-15', '2026-05-18')], '2026-04-01', '2026-05-31', ['2026-05-15 ferie 7.75', '2026-05-18 ferie 7.75']],
    ['a part day: its hours', [a('sykt-barn', '2026-03-10', '2026-03-10', 3.5)], '2026-03-01', '2026-03-31', ['2026-03-10 sykt-barn 3.50']],
    ['a part day longer than the agreed hours: capped', [a('annet', '2026-03-10', '2026-03-10', 10)], '2026-03-01', '2026-03-31', ['2026-03-10 annet 7.75']],
    ['two absences on one date: together at most the agreed hours', [a('sykdom', '2026-03-10', '2026-03-10', 6), a('permisjon', '2026-03-10', '2026-03-10', 4, { paid: true })], '2026-03-01', '2026-03-31', ['2026-03-10 sykdom 6.00', '2026-03-10 permisjon 1.75']],
    ['only the dates inside the period', [a('ferie', '2026-03-30', '2026-04-01')], '2026-04-01', '2026-04-30', ['2026-04-01 ferie 7.75']],
    ['the DST Monday after 29 March: still 7.75 h', [a('ferie', '2026-03-30', '2026-03-30')], '2026-03-01', '2026-03-31', ['2026-03-30 ferie 7.75']],
    ['an agreement change mid-period: 6 h a day from June', [a('ferie', '2026-05-29', '2026-06-01')], '2026-05-01', '2026-06-30', ['2026-05-29 ferie 7.75', '2026-06-01 ferie 6.00']],
  ])('%s', (_name, absences, from, to, expected) => {
    const days = absencePayDays(absences, [windows, partTime], 'Europe/Oslo', from, to);
    expect(days.map((d) => `${d.day} ${d.kind} ${(d.ms / HOUR_MS).toFixed(2)}`)).toEqual(expected);
  });

  it('keeps the sick note and paid fields, never the note', () => {
    const [sick, leave] = absencePayDays([a('sykdom', '2026-03-10', '2026-03-10', null, { document: 'egenmelding', note: 'private' }), a('permisjon', '2026-03-11', '2026-03-11', null, { paid: false })], [windows], 'Europe/Oslo', '2026-03-01', '2026-03-31');
    expect(sick).toEqual({ day: '2026-03-10', weekday: 'tue', week: '2026-W11', kind: 'sykdom', ms: 7.75 * HOUR_MS, document: 'egenmelding' });
    expect(leave).toMatchObject({ kind: 'permisjon', paid: false });
    expect(JSON.stringify([sick, leave])).not.toContain('private');
  });
});
