/**
 * The sessions reader's fast path (issue 21) never accepts what sessionsFileSchema refuses and gives the
 * same sessions and availability as the zod run, on random files and random damage; where it says no,
 * the reader asks zod, so every problem is still named with its JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastSessions } from '../../src/shared/formats/sessions-fast';
import { formatSessionsFile, parseSessionsJson, sessionsFileSchema } from '../../src/shared/formats/sessions';

type Json = Record<string, unknown>;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const WEEK = 7 * 24 * 3_600_000;

/** What the zod schema alone says (the reader's result before the fast path). */
function viaZod(value: unknown) {
  const r = sessionsFileSchema.safeParse(value);
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
});
