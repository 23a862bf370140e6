/**
 * The flexitime balance for the tray (issue 15), cached: the tray refreshes on every tick and state
 * change, and the balance reads the whole history, so it is computed at most once a minute (or after
 * `invalidate`, which the host calls on every change). With `dayPart` (issue 21: the whole history is
 * 0.4 s at 100 000 sessions, on the main thread), the balance up to yesterday is kept until a change
 * that may touch it, a new date or a write by another program, and the minute's refresh and the
 * tracker's changes of today's session read only today. Null when there is no balance to show (no
 * absence service, no agreement and nothing carried over) or when it fails (the tray never breaks on it).
 */
import type { Instant } from '../../core/model';
import { localDateOf } from '../../core/index';
import { dateString, parseDate } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import type { Services } from '../api/services';

export interface TraySaldoDeps {
  /** The running balance up to and including a local date; undefined when absence is off. */
  readonly saldo: ((to: string) => number) | undefined;
  /** What a local date itself adds to the running balance (saldo(date) − saldo(the day before)). */
  readonly dayPart?: (date: string) => number;
  /** Changes when another program has written the log (the CLI): the days before are read again. */
  readonly externalVersion?: () => unknown;
  /** Whether there is a balance at all (an agreement or a carried-over balance). */
  readonly hasBalance: () => boolean;
  readonly now: () => Instant;
  readonly zone: () => string;
  /** How long a value is kept (ms); one minute by default. */
  readonly ttl?: number;
}

export interface TraySaldo {
  get(): number | null;
  /**
   * Drops the cached balance: 'all' (default) after any change; 'today' after a change that touched
   * only today's sessions (the tracker's, see trackerChangeScope), which keeps the days before.
   */
  invalidate(scope?: 'all' | 'today'): void;
}

export function createTraySaldo(d: TraySaldoDeps): TraySaldo {
  const ttl = d.ttl ?? 60_000;
  let cached: { at: Instant; date: string; value: number | null } | null = null;
  /** The running balance up to the day before `date` (with dayPart), kept until a change. */
  // Kept per zone too: a new time zone moves every day's bounds (the tracker's topic announces it).
  let before: { date: string; zone: string; version: unknown; value: number } | null = null;
  const compute = (saldo: (to: string) => number, date: string): number => {
    if (!d.dayPart) return saldo(date);
    const version = d.externalVersion?.();
    const zone = d.zone();
    if (before?.date !== date || before.zone !== zone || before.version !== version) before = { date, zone, version, value: saldo(dateString(parseDate(date) - 1)) };
    return before.value + d.dayPart(date);
  };
  return {
    get: () => {
      const now = d.now();
      const date = localDateOf(now, d.zone());
      if (cached && cached.date === date && now >= cached.at && now - cached.at < ttl) return cached.value;
      let value: number | null = null;
      try {
        value = d.saldo && d.hasBalance() ? compute(d.saldo, date) : null;
      } catch {
        value = null;
        before = null;
      }
      cached = { at: now, date, value };
      return value;
    },
    invalidate: (scope = 'all') => {
      cached = null;
      if (scope === 'all') before = null;
    },
  };
}

/** The tray's balance over the app services (the host's one line). */
export function traySaldoOf(services: Pick<Services, 'absences' | 'agreements' | 'now' | 'work'>, externalVersion?: () => unknown): TraySaldo {
  const absences = services.absences;
  return createTraySaldo({
    saldo: absences ? (to) => absences.saldo(to) : undefined,
    ...(absences ? { dayPart: (date: string) => absences.saldoOfDay(date) } : {}),
    ...(externalVersion ? { externalVersion } : {}),
    hasBalance: () => services.agreements.list().length > 0 || (absences?.carriedOver() ?? null) !== null,
    now: () => services.now(),
    zone: () => services.work.zone(),
  });
}

/**
 * What a tracker change (start, pause, resume, stop, a changed start, an idle answer, a presence
 * event) can have touched of the balance: the tracker only ever changes its open session, so when the
 * session open at the last refresh and the one open now (either may be none) both began today, only
 * today changed; otherwise (a session over midnight, a start moved into yesterday, one recovered or
 * reopened from an earlier day) the days before may have changed too.
 */
export function trackerChangeScope(openBefore: Instant | null, openNow: Instant | null, now: Instant, zone: string): 'all' | 'today' {
  const clock = zoneClock(zone);
  const startOfToday = clock.startOfDay(clock.localDay(now));
  return [openBefore, openNow].every((start) => start === null || start >= startOfToday) ? 'today' : 'all';
}
