/**
 * Issue 15 Bench: paidOvertimeByDate reads only the days with overtime and only the sessions with a
 * reason (and may classify the history in parts); for random logs, reasons and pay settings it gives
 * exactly what the plain reading gives: every classified day of the period with the reasons of every
 * session (the code before the speed-up, kept here as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPaidOvertimeCache, cutOf, paidOvertimeByDate } from '../../../src/app/absence/paid-overtime';
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

/** A dense log: most days a long day's work, evenings (Sunday's too) and on-call, so weeks have weekly overtime and work days run past midnight. */
const denseArb = fc.array(
  fc.record({
    work: fc.integer({ min: 0, max: 9 }),
    startQ: fc.integer({ min: 5 * 4, max: 10 * 4 }),
    lengthQ: fc.integer({ min: 6 * 4, max: 13 * 4 }),
    evening: fc.option(fc.record({ startQ: fc.integer({ min: 17 * 4, max: 23 * 4 + 3 }), lengthQ: fc.integer({ min: 2, max: 5 * 4 }) }), { freq: 2 }),
    onCall: fc.option(fc.record({ startQ: fc.integer({ min: 0, max: 95 }), lengthQ: fc.integer({ min: 4, max: 14 * 4 }) }), { freq: 4 }),
    reason: fc.constantFrom<'pay' | 'time-off' | null>('pay', 'time-off', null, null, null),
  }),
  { minLength: 14, maxLength: 35 },
);

function denseLog(days: readonly { work: number; startQ: number; lengthQ: number; evening: { startQ: number; lengthQ: number } | null; onCall: { startQ: number; lengthQ: number } | null; reason: 'pay' | 'time-off' | null }[]) {
  const sessions: Session[] = [];
  const reasons: OvertimeReasonWithSession[] = [];
  const at = (day: number, q: number) => BASE - H + day * 24 * H + q * 15 * 60_000; // local (CET) quarter hours
  const push = (start: number, end: number, kind: Session['kind'], reason: 'pay' | 'time-off' | null) => {
    const s: Session = { id: `d${sessions.length}`, start, end, kind, location: 'home', initiative: 'employer', breakWithDuties: false };
    sessions.push(s);
    if (reason) reasons.push({ sessionId: s.id!, recordedAt: end, reasons: [], text: '', ground: 'other', takenAs: reason, sessionStart: start, sessionEnd: end });
  };
  days.forEach((d, day) => {
    if (d.work < 7) push(at(day, d.startQ), at(day, d.startQ + d.lengthQ), 'work', d.reason);
    if (d.evening) push(at(day, Math.max(d.evening.startQ, d.work < 7 ? d.startQ + d.lengthQ + 4 : 0)), at(day, Math.max(d.evening.startQ, d.work < 7 ? d.startQ + d.lengthQ + 4 : 0) + d.evening.lengthQ), 'work', null);
    if (d.onCall) push(at(day, d.onCall.startQ), at(day, d.onCall.startQ + d.onCall.lengthQ), 'on-call', null);
  });
  return { sessions, reasons };
}

describe('paidOvertimeByDate equals the plain reading (random logs)', () => {
  it('dense logs (weekly overtime, work past midnight, Sunday evenings): with the cache as without', () => {
    const cache = createPaidOvertimeCache();
    let cuts = 0;
    fc.assert(
      fc.property(denseArb, fc.constantFrom('aml', 'beyond-agreed', 'tariff'), fc.boolean(), fc.integer({ min: 0, max: 8 }), (days, rules, v1OnCall, shift) => {
        const { sessions, reasons } = denseLog(days);
        const base = defaultAgreement({ validFrom: '2026-01-01' });
        const agreements = [v1OnCall ? { ...base, limits: { ...base.limits, onCallCountsTowardDay: true } } : base];
        const overtime = rules === 'tariff' ? TARIFF_50_100 : { ...DEFAULT_PAY_SETTINGS.overtime, basis: rules as 'aml' | 'beyond-agreed' };
        const settings: PaySettings = { ...DEFAULT_PAY_SETTINGS, overtime };
        const stored = new Map([[PAY_SETTINGS_KEY, JSON.stringify(settings)]]);
        const from = new Date(BASE + shift * 24 * H).toISOString().slice(0, 10);
        const to = new Date(BASE + (shift + 30) * 24 * H).toISOString().slice(0, 10);
        const deps = { agreements: () => agreements, settings: { get: (k: string) => stored.get(k) ?? null }, reasons: { listBetween: (lo: number, hi: number) => reasons.filter((r) => r.sessionStart < hi && (r.sessionEnd ?? Infinity) > lo) } };
        if (cutOf([...sessions].sort((x, y) => x.start - y.start), agreements) !== null) cuts++;
        const expected = [...reference(sessions, agreements, settings, reasons, from, to)].sort();
        expect([...paidOvertimeByDate(deps, sessions, from, to, cache)].sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(cuts).toBeGreaterThan(30);
  });


  it('for random sessions, reasons, agreements and pay settings; without and with the cache (kept across cases and edits)', () => {
    const cache = createPaidOvertimeCache();
    let cuts = 0;
    let cases = 0;
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
          const deps = { agreements: () => agreements, settings: { get: (k: string) => stored.get(k) ?? null }, reasons: { listBetween: (lo: number, hi: number) => reasons.filter((r) => r.sessionStart < hi && (r.sessionEnd ?? Infinity) > lo) } };
          const expected = [...reference(sessions, agreements, settings, reasons, from, to)].sort();
          expect([...paidOvertimeByDate(deps, sessions, from, to)].sort()).toEqual(expected);
          // Shuffled (the store gives them by start; the cut sorts a copy) and through the shared cache.
          const shuffled = [...sessions].reverse();
          expect([...paidOvertimeByDate(deps, shuffled, from, to, cache)].sort()).toEqual(expected);
          expect([...paidOvertimeByDate(deps, sessions, from, to, cache)].sort()).toEqual(expected);
          cases++;
          const sorted = [...sessions].sort((x, y) => x.start - y.start);
          const cut = cutOf(sorted, agreements);
          if (cut !== null) {
            cuts++;
            // An edit before the cut (the first session 3 h longer): the cached older part is classified again.
            const edited = sorted.map((s, i) => (i === 0 ? { ...s, end: s.end + 3 * H } : s));
            const again = [...reference(edited, agreements, settings, reasons, from, to)].sort();
            expect([...paidOvertimeByDate(deps, edited, from, to, cache)].sort()).toEqual(again);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The cut was there in a good share of the logs (so the two-part classification was compared).
    expect(cuts).toBeGreaterThan(cases / 5);
  });
});

describe('the cache keeps the running balance while other periods are looked at', () => {
  it('a few entries, the least recently used dropped first', () => {
    // Weekdays 08:00–16:00 local for 12 weeks: every Monday is a cut.
    const sessions: Session[] = [];
    for (let day = 0; day < 84; day++) if (day % 7 < 5) sessions.push({ id: `w${day}`, start: BASE + day * 24 * H + 7 * H, end: BASE + day * 24 * H + 15 * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
    const agreements = [defaultAgreement({ validFrom: '2026-01-01' })];
    const deps = { agreements: () => agreements, settings: { get: () => null } };
    const cache = createPaidOvertimeCache();
    const running = '2026-02-02';
    const froms = (): string[] => [...cache.entries.keys()].map((k) => k.split('|')[0]!);
    for (const week of ['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16']) {
      paidOvertimeByDate(deps, sessions, running, '2026-04-26', cache);
      paidOvertimeByDate(deps, sessions, week, week, cache);
      expect(froms()).toContain(running);
      expect(cache.entries.size).toBeLessThanOrEqual(4);
    }
    expect(froms()).not.toContain('2026-02-09');
  });
});
