/**
 * The sessions reader's fast path (issue 21) never accepts what sessionsFileSchema refuses and gives the
 * same sessions and availability as the zod run, on random files and random damage; where it says no,
 * the reader asks zod, so every problem is still named with its JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastSessions, USUAL_INSTANT } from '../../src/shared/formats/sessions-fast';
import { formatSessionsFile, parseSessionsJson, sessionsFileSchema } from '../../src/shared/formats/sessions';
import { parseInstantText } from '../../src/shared/formats/time-fields';

type Json = Record<string, unknown>;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const WEEK = 7 * 24 * 3_600_000;

/** What the zod schema alone says (the reader's result before the fast path). */
function viaZod(value: unknown) {
  const r = sessionsFileSchema().safeParse(value);
  if (!r.success) return null;
  return {
    sessions: r.data.sessions.map((s) => ({
      start: s.start, end: s.end, kind: s.kind, location: s.location, initiative: s.initiative, breakWithDuties: s.breakWithDuties,
      ...(s.note === undefined ? {} : { note: s.note }), ...(s.id === undefined ? {} : { id: s.id }),
    })),
    availability: r.data.availability,
  };
}

const arbSession = fc.record(
  {
    start: fc.integer({ min: 0, max: 60 * 24 * 400 }).map((m) => T0 + m * 60_000),
    length: fc.integer({ min: 1, max: 60 * 24 * 7 }).map((m) => m * 60_000),
    kind: fc.constantFrom('work', 'on-call'),
    location: fc.constantFrom('home', 'office', 'other'),
    initiative: fc.constantFrom('employer', 'own'),
    breakWithDuties: fc.boolean(),
    note: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
  },
  { requiredKeys: ['start', 'length', 'kind', 'location', 'initiative', 'breakWithDuties'] },
);

/** A file as Fyrabend writes it, in a zone with or without an offset change inside. */
const arbFile = fc.tuple(fc.array(arbSession, { maxLength: 8 }), fc.array(arbSession, { maxLength: 3 }), fc.constantFrom('Europe/Oslo', 'UTC', 'Asia/Kolkata', 'America/St_Johns')).map(
  ([ss, marks, zone]) =>
    JSON.parse(
      formatSessionsFile(
        ss.map((s) => ({ start: s.start, end: s.start + s.length, kind: s.kind, location: s.location, initiative: s.initiative, breakWithDuties: s.breakWithDuties, ...(s.note ? { note: s.note } : {}) })),
        marks.map((m) => ({ start: m.start, end: m.start + m.length })),
        zone,
      ),
    ) as Json,
);

const first = (d: Json, key: 'sessions' | 'availability'): Json | undefined => {
  const list = d[key];
  const x: unknown = Array.isArray(list) ? list[0] : undefined;
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined;
};
const onFirst = (key: 'sessions' | 'availability', f: (s: Json) => void) => (d: Json) => {
  const s = first(d, key);
  if (s) f(s);
};

/** Damage to a valid file: each one either keeps it valid or breaks one rule of the schema. */
const damage: fc.Arbitrary<(d: Json) => void> = fc.oneof(
  fc.constant((d: Json) => void (d.format = 'fyrabend.sessions/2')),
  fc.constant((d: Json) => void delete d.format),
  fc.constant((d: Json) => void delete d.availability),
  fc.constant((d: Json) => void (d.availability = null)),
  fc.constant((d: Json) => void (d.sessions = {})),
  fc.constant((d: Json) => void (d.extra = 1)),
  fc.constant((d: Json) => void (d.sessions = Array.isArray(d.sessions) ? [...(d.sessions as unknown[]), null] : [null])),
  fc.constant((d: Json) => void (d.sessions = Array.isArray(d.sessions) ? [...(d.sessions as unknown[]), []] : [[]])),
  fc.tuple(
    fc.constantFrom('kind', 'location', 'initiative', 'breakWithDuties', 'note', 'id', 'start', 'end', 'extra'),
    fc.constantFrom<unknown>(undefined, null, 'work', 'on-call', 'home', 'office', 'other', 'elsewhere', 'own', 'employer', true, false, 0, 1, '', 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(2000), 'x'.repeat(2001), '2026-03-10T08:00:00+01:00', '2026-03-10T08:00:00', '2026-02-30T08:00:00Z', '2026-03-10T08:00:00.5Z', '0099-03-10T08:00:00Z', '2026-03-10t08:00z', '2026-03-10T24:00:00Z', '2026-03-10T08:00:00+24:00'),
  ).map(([k, x]) => onFirst('sessions', (s) => void (x === undefined ? delete s[k] : (s[k] = x)))),
  fc.constantFrom<unknown>(null, 'x', '2026-03-10T08:00:00Z').map((x) => onFirst('availability', (a) => void (a.end = x))),
  fc.constant(onFirst('availability', (a) => void (a.note = 'x'))),
  fc.constant(onFirst('availability', (a) => void (a.end = a.start))),
  fc.constant(onFirst('sessions', (s) => void (s.end = s.start))),
  fc.constantFrom(WEEK - 1000, WEEK, WEEK + 1000).map((len) => onFirst('sessions', (s) => void ((s.start = '2026-03-10T08:00:00Z'), (s.end = new Date(Date.parse('2026-03-10T08:00:00Z') + len).toISOString().replace('.000', ''))))),
);

describe('sessions reader fast path', () => {
  it('takes every file Fyrabend writes and gives what zod gives', () => {
    fc.assert(
      fc.property(arbFile, (d) => {
        const fast = fastSessions(d);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(viaZod(d));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('never accepts what zod refuses, and gives the same result where it accepts (random damage)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbFile, fc.array(damage, { minLength: 1, maxLength: 3 }), (d, hits) => {
        for (const h of hits) h(d);
        const fast = fastSessions(d);
        const zod = viaZod(d);
        if (fast !== null) {
          accepted++;
          expect(fast).toEqual(zod);
        } else refused++;
        if (zod === null) expect(fast).toBeNull();
        // The reader as a whole is unchanged: the fast result when there is one, else zod's verdict.
        const r = parseSessionsJson(d);
        expect(r.ok).toBe(zod !== null);
        if (r.ok) expect(r.value).toEqual(zod);
      }),
      { numRuns: 2000, seed: 21 },
    );
    // Both sides must have been exercised, or the property proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('reads every instant text as zod does: the same figure, or refused by both (random instants and shapes)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    // Digits in and just outside their ranges, so real and impossible dates, times and offsets both occur.
    const arbText = fc
      .record({
        y: fc.oneof(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 99, 100, 999, 1000, 1600, 1900, 2000, 2100, 2400, 9999)),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        frac: fc.constantFrom('', '', '', '.5', '.000', '.123456789', '.'),
        noSeconds: fc.boolean(),
        zone: fc.oneof(
          fc.constantFrom('Z', 'Z', 'z', '', '+01:00', '+02:00', '-00:00', '+05:45', '-03:30', '+14:00', '+23:59', '+24:00', '-12:60', '+0100', '+01'),
          fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([sg, oh, om]) => `${sg}${pad(oh, 2)}:${pad(om, 2)}`),
        ),
        sep: fc.constantFrom('T', 'T', 'T', 't', ' '),
      })
      .map(({ y, mo, d, h, mi, s, frac, noSeconds, zone, sep }) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep}${pad(h, 2)}:${pad(mi, 2)}${noSeconds ? '' : `:${pad(s, 2)}${frac}`}${zone}`);
    // Real calendar days, each month's last days and 29 February of leap and common years.
    const arbReal = fc
      .tuple(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59) }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), fc.constantFrom(0, 1, 2, 3))
      .map(([t, off, end]) => {
        const local = new Date(Math.floor(t / 1000) * 1000 + off * 60_000);
        if (end) local.setUTCDate(end === 1 ? 28 : end === 2 ? 29 : 30);
        const o = Math.abs(off);
        const zone = off === 0 && end === 3 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(o / 60), 2)}:${pad(o % 60, 2)}`;
        return local.toISOString().slice(0, 19) + zone;
      });
    // The last days of each month in any year, centuries (leap or not) often.
    const arbMonthEnd = fc
      .tuple(fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 99 }).map((c) => c * 100)), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }), fc.constantFrom('Z', '+01:00', '-05:45'))
      .map(([y, mo, d, zone]) => `${pad(y, 4)}-${pad(mo, 2)}-${d}T12:00:00${zone}`);
    let fastSeen = 0;
    fc.assert(
      fc.property(fc.oneof(arbText, arbReal, arbMonthEnd), (text) => {
        const zod = parseInstantText(text);
        const d = { format: 'fyrabend.sessions/1', sessions: [], availability: [{ start: text, end: '9999-12-31T23:59:59Z' }] };
        const fast = fastSessions(d);
        if (zod.ok && zod.ms < Date.UTC(9999, 11, 31, 23, 59, 59)) {
          expect(fast?.availability[0]?.start).toBe(zod.ms);
          if (USUAL_INSTANT.test(text)) fastSeen++;
        } else expect(fast).toBeNull();
      }),
      { numRuns: 20_000, seed: 21 },
    );
    expect(fastSeen).toBeGreaterThan(5000);
  });
});
