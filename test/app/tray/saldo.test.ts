import { describe, expect, it } from 'vitest';
import { createTraySaldo, trackerChangeScope } from '../../../src/app/tray/saldo';
import { saldoText, trayModel } from '../../../src/app/tray/view-model';
import type { TrackerStatus } from '../../../src/shared/ipc/dto';

const Z = 'Europe/Oslo';
const utc = (s: string) => Date.parse(s);

function status(now: number): TrackerStatus {
  return { state: 'idle', zone: Z, now, openSince: null, pausedSince: null, current: null, today: [], agreedEnd: null, restFrom: null, nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0 };
}

describe('tray: the flexitime balance (issue 15)', () => {
  const rows: [number, 'nb' | 'nn' | 'en', string][] = [
    [3.25, 'nb', '+3 t 15 min'],
    [3.25, 'en', '+3 h 15 min'],
    [-0.75, 'nn', '\u221245 min'],
    [0, 'en', '0 min'],
    [0.004, 'nb', '0 min'],
    [-10, 'en', '\u221210 h 0 min'],
  ];
  it.each(rows)('%s h in %s is %s', (hours, lang, text) => {
    expect(saldoText(hours, lang)).toBe(text);
  });

  const tips: [number | null, 'nb' | 'nn' | 'en', string | null][] = [
    [3.25, 'nb', 'Fleksisaldo +3 t 15 min'],
    [-1.5, 'nn', 'Fleksisaldo \u22121 t 30 min'],
    [2, 'en', 'Flexitime balance +2 h 0 min'],
    [null, 'en', null],
    [Number.NaN, 'en', null],
  ];
  it.each(tips)('saldo %s in %s: tooltip and menu row %s', (saldo, lang, line) => {
    const m = trayModel(status(utc('2026-03-10T12:00:00Z')), lang, saldo);
    const rowsWithId = m.items.flatMap((i) => (i.type === 'info' && i.id === 'saldo' ? [i.label] : []));
    if (line === null) {
      expect(rowsWithId).toEqual([]);
      expect(m.tooltip).not.toMatch(/saldo|balance/i);
    } else {
      expect(rowsWithId).toEqual([line]);
      expect(m.tooltip.split(' · ')).toContain(line);
    }
  });
});

describe('tray: the balance is cached (the tray refreshes every tick)', () => {
  // step: [ms since start, invalidate first, expected calls so far, expected value]
  const steps: [number, boolean, number][] = [
    [0, false, 1],
    [30_000, false, 1],
    [59_999, false, 1],
    [60_000, false, 2],
    [61_000, true, 3],
    [62_000, false, 3],
  ];
  it('computes at most once a minute, again after a change and at a new local date', () => {
    let now = utc('2026-03-10T12:00:00Z');
    const start = now;
    let calls = 0;
    const dates: string[] = [];
    const s = createTraySaldo({ saldo: (to) => (calls++, dates.push(to), calls), hasBalance: () => true, now: () => now, zone: () => Z });
    for (const [at, invalidate, expected] of steps) {
      now = start + at;
      if (invalidate) s.invalidate();
      expect(s.get()).toBe(expected);
      expect(calls).toBe(expected);
    }
    // 23:00 UTC is already the next day in Oslo: a new date is computed at once.
    now = utc('2026-03-10T23:00:00Z');
    expect(s.get()).toBe(4);
    expect(dates).toEqual(['2026-03-10', '2026-03-10', '2026-03-10', '2026-03-11']);
  });

  // With dayPart (issue 21): [ms since start, invalidate first, full reads so far, day reads so far]
  const split: [number, boolean, number, number][] = [
    [0, false, 1, 1],
    [30_000, false, 1, 1],
    [60_000, false, 1, 2], // the minute's refresh reads today only
    [120_000, false, 1, 3],
    [121_000, true, 2, 4], // a change reads the days before again
    [181_000, false, 2, 5],
  ];
  it('with dayPart: the days before are read once (until a change or a new date), the minute reads only today', () => {
    let now = utc('2026-03-10T12:00:00Z');
    const start = now;
    const full: string[] = [];
    const day: string[] = [];
    const s = createTraySaldo({ saldo: (to) => (full.push(to), 100), dayPart: (d) => (day.push(d), day.length / 4), hasBalance: () => true, now: () => now, zone: () => Z });
    for (const [ms, invalidate, fullReads, dayReads] of split) {
      now = start + ms;
      if (invalidate) s.invalidate();
      expect(s.get()).toBe(100 + dayReads / 4);
      expect([full.length, day.length]).toEqual([fullReads, dayReads]);
    }
    expect(full).toEqual(['2026-03-09', '2026-03-09']); // up to yesterday
    now = utc('2026-03-10T23:00:00Z'); // the next day in Oslo: up to the new yesterday
    s.get();
    expect(full.at(-1)).toBe('2026-03-10');
    expect(day.at(-1)).toBe('2026-03-11');
  });

  it("with dayPart: invalidate('today') keeps the days before; 'all', another program's write and a new zone do not", () => {
    const now = utc('2026-03-10T12:00:00Z');
    let version = 1;
    let zone = Z;
    const full: string[] = [];
    const s = createTraySaldo({ saldo: (to) => (full.push(to), 10), dayPart: () => 1, externalVersion: () => version, hasBalance: () => true, now: () => now, zone: () => zone });
    const steps: [() => void, number][] = [
      [() => undefined, 1],
      [() => s.invalidate('today'), 1],
      [() => s.invalidate(), 2],
      [() => s.invalidate('today'), 2],
      [() => (version = 2, s.invalidate('today')), 3], // the CLI wrote to the log
      [() => (zone = 'Europe/Berlin', s.invalidate('today')), 4], // a new time zone (same date): every day's bounds moved
    ];
    for (const [act, reads] of steps) {
      act();
      expect(s.get()).toBe(11);
      expect(full).toHaveLength(reads);
    }
  });

  it('with dayPart: a failing read is not kept', () => {
    let fail = true;
    const s = createTraySaldo({ saldo: () => { if (fail) throw new Error('store busy'); return 7; }, dayPart: () => 1, hasBalance: () => true, now: () => 0, zone: () => Z, ttl: 0 });
    expect(s.get()).toBeNull();
    fail = false;
    expect(s.get()).toBe(8);
  });

  const off: [string, ((to: string) => number) | undefined, boolean][] = [
    ['no absence service', undefined, true],
    ['no agreement and nothing carried over', () => 5, false],
    ['a failing balance', () => { throw new Error('store closed'); }, true],
  ];
  it.each(off)('%s: null', (_name, saldo, has) => {
    const s = createTraySaldo({ saldo, hasBalance: () => has, now: () => 0, zone: () => Z });
    expect(s.get()).toBeNull();
  });
});

describe("tray: what a tracker change can touch of the balance", () => {
  const now = utc('2026-03-10T12:00:00Z'); // 13:00 in Oslo; today began at 23:00 UTC the day before
  const today = utc('2026-03-09T23:00:00Z');
  const rows: [string, number | null, number | null, 'all' | 'today'][] = [
    ['started today', null, today + 3_600_000, 'today'],
    ['stopped, begun today', today + 3_600_000, null, 'today'],
    ['begun at midnight exactly', today, today, 'today'],
    ['nothing open before or after (a presence event)', null, null, 'today'],
    ['stopped, begun yesterday (over midnight)', today - 60_000, null, 'all'],
    ['start moved into yesterday', today + 3_600_000, today - 3_600_000, 'all'],
    ['reopened from yesterday', null, today - 7_200_000, 'all'],
  ];
  it.each(rows)('%s: %s', (_what, before, after, scope) => {
    expect(trackerChangeScope(before, after, now, Z)).toBe(scope);
  });
});
