/**
 * Property tests (fast-check): results do not depend on the order of sessions or on splitting a
 * session in two adjacent halves; overlapping sessions never count twice; findings survive a JSON
 * round trip. Host time-zone independence: `npm run test:tz` runs this suite under another TZ, and
 * the snapshot below pins the output for a fixed input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type Session } from '../../src/core/index';
import { findingsDocument } from '../../src/shared/formats/report';
import { agreement } from '../helpers/build';

const HOUR = 3_600_000;
const MIN = 60_000;
const BASE = Date.parse('2026-03-16T00:00:00Z'); // a span covering the March DST change and Easter

const sessionArb = fc
  .record({
    startMin: fc.integer({ min: 0, max: 60 * 24 * 42 }),
    lengthMin: fc.integer({ min: 1, max: 14 * 60 }),
    kind: fc.constantFrom('work', 'work', 'work', 'on-call'),
    initiative: fc.constantFrom('employer', 'own'),
    location: fc.constantFrom('home', 'office'),
  })
  .map(
    (r): Session => ({
      start: BASE + r.startMin * MIN,
      end: BASE + (r.startMin + r.lengthMin) * MIN,
      kind: r.kind as Session['kind'],
      initiative: r.initiative as Session['initiative'],
      location: r.location as Session['location'],
      breakWithDuties: false,
    }),
  );

const sessionsArb = fc.array(sessionArb, { minLength: 1, maxLength: 25 });
const a = agreement({ ownInitiativeEvening: true });
const canon = (sessions: readonly Session[]) => JSON.stringify(findingsDocument(evaluate({ sessions, agreement: a })));

describe('engine properties', () => {
  it('does not depend on the order of sessions', () => {
    fc.assert(
      fc.property(sessionsArb, fc.infiniteStream(fc.nat()), (sessions, seeds) => {
        const shuffled = [...sessions].sort(() => (seeds.next().value % 3) - 1);
        expect(canon(shuffled)).toBe(canon(sessions));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on splitting a session into two adjacent halves', () => {
    fc.assert(
      fc.property(sessionsArb, fc.nat(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (sessions, pick, frac) => {
        const i = pick % sessions.length;
        const s = sessions[i] as Session;
        const cut = s.start + Math.max(MIN, Math.floor(((s.end - s.start) * frac) / MIN) * MIN);
        fc.pre(cut < s.end);
        const split = [...sessions.slice(0, i), { ...s, end: cut }, { ...s, start: cut }, ...sessions.slice(i + 1)];
        expect(canon(split)).toBe(canon(sessions));
      }),
      { numRuns: 150 },
    );
  });

  it('never counts overlapping work twice', () => {
    fc.assert(
      fc.property(sessionsArb, (sessions) => {
        const workOnly = sessions.map((s) => ({ ...s, kind: 'work' as const }));
        const duplicated = [...workOnly, ...workOnly];
        expect(canon(duplicated)).toBe(canon(workOnly));
        const total = evaluate({ sessions: workOnly, agreement: a }).days.reduce((t, d) => t + d.hours, 0);
        const covered = new Set<number>();
        for (const s of workOnly) for (let t = s.start; t < s.end; t += MIN) covered.add(t);
        expect(total).toBeCloseTo((covered.size * MIN) / HOUR, 4);
      }),
      { numRuns: 60 },
    );
  });

  it('findings are stable under a JSON round trip', () => {
    fc.assert(
      fc.property(sessionsArb, (sessions) => {
        const report = evaluate({ sessions, agreement: a });
        const again = JSON.parse(JSON.stringify(report));
        expect(again).toEqual(report);
        const roundTripped = evaluate({ sessions: JSON.parse(JSON.stringify(sessions)), agreement: JSON.parse(JSON.stringify(a)) });
        expect(roundTripped).toEqual(report);
      }),
      { numRuns: 80 },
    );
  });
});

describe('host time zone independence', () => {
  it('gives the same output whatever TZ the process runs in (compare `npm test` with `npm run test:tz`)', () => {
    const sessions: Session[] = [
      { start: Date.parse('2026-03-28T07:00:00Z'), end: Date.parse('2026-03-28T16:00:00Z'), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false },
      { start: Date.parse('2026-03-29T01:30:00Z'), end: Date.parse('2026-03-29T02:30:00Z'), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false },
      { start: Date.parse('2026-10-24T20:00:00Z'), end: Date.parse('2026-10-25T06:00:00Z'), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false },
    ];
    const doc = findingsDocument(evaluate({ sessions, agreement: agreement() })) as { findings: { rule: string; key: string; start: string }[]; days: unknown[] };
    expect(doc.findings.map((f) => `${f.start} ${f.rule} ${f.key}`)).toMatchInlineSnapshot(`
      [
        "2026-03-23T00:00:00+01:00 aml.10-6.overtime-week 2026-W13",
        "2026-03-28T08:00:00+01:00 agreement.outside-hours 2026-03-28",
        "2026-03-28T08:00:00+01:00 aml.10-6.overtime-day 2026-03-28",
        "2026-03-28T08:00:00+01:00 aml.10-9.break 2026-03-28",
        "2026-03-29T03:30:00+02:00 aml.10-10.sunday 2026-03-29",
        "2026-03-29T03:30:00+02:00 aml.10-11.night 2026-03-28",
        "2026-10-19T00:00:00+02:00 aml.10-6.overtime-week 2026-W43",
        "2026-10-24T22:00:00+02:00 agreement.outside-hours 2026-10-24",
        "2026-10-24T22:00:00+02:00 aml.10-10.sunday 2026-10-25",
        "2026-10-24T22:00:00+02:00 aml.10-11.night 2026-10-24",
        "2026-10-24T22:00:00+02:00 aml.10-6.overtime-day 2026-10-24",
        "2026-10-24T22:00:00+02:00 aml.10-9.break 2026-10-24",
      ]
    `);
  });
});
