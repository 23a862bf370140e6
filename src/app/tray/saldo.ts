/**
 * The flexitime balance for the tray (issue 15), cached: the tray refreshes on every tick and state
 * change, and the balance reads the whole history, so it is computed at most once a minute (or after
 * `invalidate`, which the host calls on every change). Null when there is no balance to show (no
 * absence service, no agreement and nothing carried over) or when it fails (the tray never breaks on it).
 */
import type { Instant } from '../../core/model';
import { localDateOf } from '../../core/index';
import type { Services } from '../api/services';

export interface TraySaldoDeps {
  /** The running balance up to and including a local date; undefined when absence is off. */
  readonly saldo: ((to: string) => number) | undefined;
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
  return {
    get: () => {
      const now = d.now();
      const date = localDateOf(now, d.zone());
      if (cached && cached.date === date && now >= cached.at && now - cached.at < ttl) return cached.value;
      let value: number | null = null;
      try {
        value = d.saldo && d.hasBalance() ? d.saldo(date) : null;
      } catch {
        value = null;
      }
      cached = { at: now, date, value };
      return value;
    },
    invalidate: () => {
      cached = null;
    },
  };
}

/** The tray's balance over the app services (the host's one line). */
export function traySaldoOf(services: Pick<Services, 'absences' | 'agreements' | 'now' | 'work'>): TraySaldo {
  const absences = services.absences;
  return createTraySaldo({
    saldo: absences ? (to) => absences.saldo(to) : undefined,
    hasBalance: () => services.agreements.list().length > 0 || (absences?.carriedOver() ?? null) !== null,
    now: () => services.now(),
    zone: () => services.work.zone(),
  });
}
