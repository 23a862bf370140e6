/**
 * Issue 15 Bench: paidOvertimeByDate reads only the days with overtime and only the sessions with a
 * reason (and may classify the history in parts); for random logs, reasons and pay settings it gives
 * exactly what the plain reading gives: every classified day of the period with the reasons of every
 * session (the code before the speed-up, kept here as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paidOvertimeByDate } from '../../../src/app/absence/paid-overtime';
import { paidOvertimeHours, reasonsOfDay, withOvertimeBasis, type OvertimeBasisEntry } from '../../../src/app/export/overtime-taken';
import { PAY_SETTINGS_KEY } from '../../../src/app/export/pay-settings';
import { classifyDates } from '../../../src/app/export/timesheet';
import { defaultAgreement, type Agreement, type Session } from '../../../src/core/index';
import { DEFAULT_PAY_SETTINGS, TARIFF_50_100, type PaySettings } from '../../../src/core/pay';
import type { OvertimeReasonWithSession } from '../../../src/app/warnings/overtime-reason';

const H = 3_600_000;
const BASE = Date.parse('2026-02-02T00:00:00Z'); // a Monday

function reference(sessions: readonly Session[], agreements: readonly Agreement[], settings: PaySettings, reasons: readonly OvertimeReasonWithSession[], from: string, to: string): Map<string, number> {
  if (agreements.length === 0 || sessions.length === 0) return new Map();
  const byId = new Map<string, OvertimeBasisEntry[]>();
  for (const r of reasons) byId.set(r.sessionId, [...(byId.get(r.sessionId) ?? []), { text: r.text, ground: r.ground ?? null, takenAs: r.takenAs ?? 'pay', recordedAt: r.recordedAt }]);
  const { days } = classifyDates(sessions, agreements, settings, from, to);
  const mine = days.filter((day) => day.day >= from && day.day <= to);
  return paidOvertimeHours(mine.map((day) => withOvertimeBasis(day, reasonsOfDay(day, sessions, byId), settings.overtimeTakenAs)));
}

const sessionArb = fc.record({
  day: fc.integer({ min: 0, max: 55 }),
  startH: fc.integer({ min: 0, max: 23 * 4 }).map((q) => q / 4),
  lengthH: fc.oneof(fc.integer({ min: 1, max: 12 * 4 }).map((q) => q / 4), fc.integer({ min: 12, max: 30 })),
  kind: fc.constantFrom('work', 'work', 'work', 'work', 'on-call'),
  reason: fc.option(fc.record({ takenAs: fc.constantFrom('pay', 'time-off', undefined), at: fc.integer({ min: 0, max: 100 }) }), { freq: 3 }),
  second: fc.boolean(),
});

describe('paidOvertimeByDate equals the plain reading (random logs)', () => {
  it('for random sessions, reasons, agreements and pay settings', () => {
    fc.assert(
      fc.property(
        fc.array(sessionArb, { maxLength: 60 }),
        fc.constantFrom<'pay' | 'time-off' | undefined>('pay', 'time-off', undefined),
        fc.constantFrom('aml', 'beyond-agreed', 'tariff'),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (raw, takenAs, rules, twoVersions, a, b) => {
          const sessions: Session[] = raw.map((r, i) => {
            const start = BASE + r.day * 24 * H + r.startH * H;
            return { id: `s${i}`, start, end: start + r.lengthH * H, kind: r.kind as Session['kind'], location: 'home', initiative: 'employer', breakWithDuties: false };
          });
          const reasons: OvertimeReasonWithSession[] = [];
          raw.forEach((r, i) => {
            const s = sessions[i]!;
            if (r.reason) reasons.push({ sessionId: s.id!, recordedAt: s.end + r.reason.at, reasons: [], text: 'x', ground: 'other', ...(r.reason.takenAs ? { takenAs: r.reason.takenAs } : {}), sessionStart: s.start, sessionEnd: s.end });
            if (r.reason && r.second) reasons.push({ sessionId: s.id!, recordedAt: s.end + 50, reasons: [], text: 'y', ground: null, takenAs: 'time-off', sessionStart: s.start, sessionEnd: s.end });
          });
          const agreements = twoVersions ? [defaultAgreement({ validFrom: '2026-01-01' }), defaultAgreement({ validFrom: '2026-03-02', weeklyHours: 30 })] : [defaultAgreement({ validFrom: '2026-02-10' })];
          const overtime = rules === 'tariff' ? TARIFF_50_100 : { ...DEFAULT_PAY_SETTINGS.overtime, basis: rules as 'aml' | 'beyond-agreed' };
          const settings: PaySettings = { ...DEFAULT_PAY_SETTINGS, overtime, ...(takenAs ? { overtimeTakenAs: takenAs } : {}) };
          const stored = new Map([[PAY_SETTINGS_KEY, JSON.stringify(settings)]]);
          const date = (k: number) => new Date(BASE + k * 24 * H).toISOString().slice(0, 10);
          const [from, to] = [date(Math.min(a, b) + 3), date(Math.max(a, b) + 20)];
          const got = paidOvertimeByDate(
            { agreements: () => agreements, settings: { get: (k) => stored.get(k) ?? null }, reasons: { listBetween: (lo, hi) => reasons.filter((r) => r.sessionStart < hi && (r.sessionEnd ?? Infinity) > lo) } },
            sessions, from, to,
          );
          expect([...got].sort()).toEqual([...reference(sessions, agreements, settings, reasons, from, to)].sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
