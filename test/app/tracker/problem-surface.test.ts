import { describe, expect, it } from 'vitest';
import { describeProblem, type TrackerProblem } from '../../../src/app/tracker/problems';

// Issue 20 item 4: the window's refusals name the window's pages, never a CLI command or flag, and the
// overlap counts its sessions with plurals instead of "økt(er)".

const T0 = Date.UTC(2026, 2, 10, 7, 0);
const MIN = 60_000;
const LANGS = ['nb', 'nn', 'en'] as const;
const overlap = (n: number): TrackerProblem => ({
  code: 'overlap',
  ids: Array.from({ length: n }, (_, i) => `s${i}`),
  start: T0,
  end: T0 + 60 * MIN,
  mergedStart: T0 - 30 * MIN,
  mergedEnd: T0 + 90 * MIN,
});
const ALL: TrackerProblem[] = [
  { code: 'already-running', since: T0 },
  { code: 'not-running' },
  { code: 'not-paused' },
  { code: 'recovery-needed', start: T0, proposedEnd: T0 + 60 * MIN },
  { code: 'no-recovery' },
  { code: 'idle-question', from: T0, to: T0 + 30 * MIN },
  { code: 'no-idle-question' },
  { code: 'end-before-start', start: T0, end: T0 - MIN },
  { code: 'in-future', end: T0, now: T0 - MIN },
  { code: 'before-start', start: T0, end: T0 - MIN },
  overlap(1),
  overlap(2),
  { code: 'overlaps-open', since: T0 },
  { code: 'reason-missing' },
  { code: 'not-found', id: 'abc' },
  { code: 'no-question' },
  { code: 'nothing-to-undo' },
  { code: 'start-in-future', at: T0, now: T0 - MIN },
  { code: 'stop-in-future', at: T0, now: T0 - MIN },
  { code: 'stop-before-start', at: T0, start: T0 + MIN },
  { code: 'chosen-overlap', at: T0, otherStart: T0 - MIN, otherEnd: T0 + MIN },
  { code: 'locked-needs-reason', at: T0, label: '2026-03' },
];

describe('tracker refusals on each surface', () => {
  it.each(ALL.flatMap((p) => LANGS.map((l) => [p.code, l, p] as const)))('%s in %s: the window names no CLI command or flag', (_c, lang, p) => {
    const text = describeProblem(p, lang, 'Europe/Oslo', 'window');
    expect(text).not.toMatch(/--\w|fyrabend [a-z]/);
    expect(text).not.toMatch(/\{|\(s\)|\(er\)|\(e\)/);
  });

  it.each(LANGS)('the overlap in %s counts with plurals and offers no --merge', (lang) => {
    for (const surface of ['cli', 'window'] as const) {
      const one = describeProblem(overlap(1), lang, 'Europe/Oslo', surface);
      const two = describeProblem(overlap(2), lang, 'Europe/Oslo', surface);
      expect(one).not.toMatch(/--merge|\(s\)|\(er\)|\(e\)/);
      expect(one).toMatch(lang === 'en' ? /overlaps 1 recorded session\./ : /1 registrert økt\./);
      expect(two).toMatch(lang === 'en' ? /overlaps 2 recorded sessions\./ : /2 registrerte økter\./);
    }
  });

  it('the window points to its own pages', () => {
    expect(describeProblem(overlap(1), 'nb', 'Europe/Oslo', 'window')).toMatch(/siden «Økter»/);
    expect(describeProblem(overlap(1), 'nn', 'Europe/Oslo', 'window')).toMatch(/sida «Økter»/);
    expect(describeProblem({ code: 'not-running' }, 'nb', 'Europe/Oslo', 'window')).toBe('Ingen økt går nå. Start en på siden «I dag».');
    expect(describeProblem({ code: 'not-running' }, 'nb', 'Europe/Oslo')).toMatch(/«fyrabend start»/);
  });
});
