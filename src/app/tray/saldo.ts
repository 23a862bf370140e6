/**
 * The flexitime balance for the tray (issue 15), cached: the tray refreshes on every tick and state
 * change, and the balance reads the whole history, so it is computed at most once a minute (or after
 * `invalidate`, which the host calls on every change). With `dayPart` (issue 21: the whole history is
 * 0.4 s at 100 000 sessions, on the main thread), the balance up to yesterday is kept until a change
 * or a new date, and the minute's refresh reads only today. Null when there is no balance to show (no
 * absence service, no agreement and nothing carried over) or when it fails (the tray never breaks on it).
 */
import type { Instant } from '../../core/model';
import { localDateOf } from '../../core/index';
import { dateString, parseDate } from '../../core/time/civil';
import type { Services } from '../api/services';

export interface TraySaldoDeps {
  /** The running balance up to and including a local date; undefined when absence is off. */
  readonly saldo: ((to: string) => number) | undefined;
  /** What a local date itself adds to the running balance (saldo(date) − saldo(the day before)). */
  readonly dayPart?: (date: string) => number;
  /** Whether there is a balance at all (an agreement or a carried-over balance). */
  readonly hasBalance: () => boolean;
  readonly now: () => Instant;
  readonly zone: () => string;
  /** How long a value is kept (ms); one minute by default. */
  readonly ttl?: number;
}

export interface TraySaldo {
  get(): number | null;
  invalidate(): void;
}

export function createTraySaldo(d: TraySaldoDeps): TraySaldo {
  const ttl = d.ttl ?? 60_000;
  let cached: { at: Instant; date: string; value: number | null } | null = null;
  /** The running balance up to the day before `date` (with dayPart), kept until a change. */
  let before: { date: string; value: number } | null = null;
  const compute = (saldo: (to: string) => number, date: string): number => {
    if (!d.dayPart) return saldo(date);
    if (before?.date !== date) before = { date, value: saldo(dateString(parseDate(date) - 1)) };
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
    invalidate: () => {
      cached = null;
      before = null;
    },
  };
}

/** The tray's balance over the app services (the host's one line). */
export function traySaldoOf(services: Pick<Services, 'absences' | 'agreements' | 'now' | 'work'>): TraySaldo {
  const absences = services.absences;
  return createTraySaldo({
    saldo: absences ? (to) => absences.saldo(to) : undefined,
    ...(absences ? { dayPart: (date: string) => absences.saldoOfDay(date) } : {}),
    hasBalance: () => services.agreements.list().length > 0 || (absences?.carriedOver() ?? null) !== null,
    now: () => services.now(),
    zone: () => services.work.zone(),
  });
}
