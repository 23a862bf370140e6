/**
 * Issue 14 item 4 and issue 15 item 2: the overtime basis (grunnlag) of each classified day, and
 * whether the day's overtime is paid or taken as time off in lieu (avspasering). One reading, used by
 * the payroll exports and by the flexitime balance (src/app/absence/paid-overtime.ts):
 * - the overtime hours of a day are its tariff overtime classes as the pay classification counts
 *   them (`PayDay.overtime`: AML overtime, and merarbeid too when the pay settings' basis is
 *   `beyond-agreed`);
 * - they are paid unless the day's reason says `time-off`: the reasons of the sessions the day's work
 *   is made of decide, the latest recorded one winning; a day without a reason follows the pay
 *   settings' `overtimeTakenAs` (default `pay`);
 * - a day taken as time off has no overtime pay classes (so no overtime pay line, and a correction
 *   when payroll already had them); its hours are `timeOffMs`, and they stay in the balance.
 */
import type { Instant, Session } from '../../core/model';
import { DEFAULT_OVERTIME_TAKEN_AS, type OvertimeGround, type OvertimeTakenAs } from '../../core/overtime-basis';
import type { PayDay } from '../../core/pay';
import { HOUR_MS } from '../../core/time/units';

/** A recorded reason as the timesheet needs it (a plain string is a text-only reason). */
export interface OvertimeBasisEntry {
  readonly text: string;
  readonly ground?: OvertimeGround | null;
  readonly takenAs?: OvertimeTakenAs;
  readonly recordedAt?: Instant;
}

/** A classified day with its basis and how its overtime is taken. */
export type BasisDay<D extends PayDay = PayDay> = D & {
  /** The reasons recorded for the day's sessions, oldest first, without repeats (absent when none). */
  readonly overtimeBasis?: readonly { readonly ground: OvertimeGround | null; readonly text: string }[];
  /** How the day's overtime is taken (absent when the day has no overtime and no reason). */
  readonly overtimeTakenAs?: OvertimeTakenAs;
  /** Overtime hours taken as time off in lieu (ms); not in any pay class. */
  readonly timeOffMs?: number;
};

const entryOf = (x: string | OvertimeBasisEntry): OvertimeBasisEntry => (typeof x === 'string' ? { text: x } : x);

/** The reasons of the sessions overlapping the day's work (a session counts for a day when it overlaps its work), oldest first. */
export function reasonsOfDay(d: PayDay, sessions: readonly Session[], reasons: ReadonlyMap<string, readonly (string | OvertimeBasisEntry)[]> | undefined): OvertimeBasisEntry[] {
  if (!reasons || reasons.size === 0) return [];
  const out: OvertimeBasisEntry[] = [];
  for (const s of sessions) {
    const list = s.id === undefined ? undefined : reasons.get(s.id);
    if (!list || !d.work.some((w) => s.start < w.end && s.end > w.start)) continue;
    out.push(...list.map(entryOf));
  }
  return out.map((e, i) => ({ e, i })).sort((a, b) => (a.e.recordedAt ?? 0) - (b.e.recordedAt ?? 0) || a.i - b.i).map(({ e }) => e);
}

/** How a day with these reasons takes its overtime: the latest reason's choice, else the default. */
export function takenAsOf(entries: readonly OvertimeBasisEntry[], fallback: OvertimeTakenAs = DEFAULT_OVERTIME_TAKEN_AS): OvertimeTakenAs {
  const last = entries[entries.length - 1];
  return last ? (last.takenAs ?? DEFAULT_OVERTIME_TAKEN_AS) : fallback;
}

/** The day's overtime hours (ms) as the pay classification counts them. */
export const overtimeMsOf = (d: PayDay): number => Object.values(d.overtime).reduce((s, v) => s + v, 0);

/** The day with its basis; a day taken as time off loses its overtime pay classes and carries them as `timeOffMs`. */
export function withOvertimeBasis<D extends PayDay>(d: D, entries: readonly OvertimeBasisEntry[], fallback?: OvertimeTakenAs): BasisDay<D> {
  const overtime = overtimeMsOf(d);
  const takenAs = takenAsOf(entries, fallback);
  const basis: { ground: OvertimeGround | null; text: string }[] = [];
  for (const e of entries) {
    const b = { ground: e.ground ?? null, text: e.text.trim() };
    if (!basis.some((x) => x.ground === b.ground && x.text === b.text)) basis.push(b);
  }
  const withBasis = {
    ...d,
    ...(basis.length > 0 ? { overtimeBasis: basis } : {}),
    ...(overtime > 0 || basis.length > 0 ? { overtimeTakenAs: takenAs } : {}),
  };
  if (takenAs !== 'time-off' || overtime === 0) return withBasis;
  const classes: Record<string, number> = {};
  for (const [id, ms] of Object.entries(d.classes)) if (!(id in d.overtime)) classes[id] = ms;
  return { ...withBasis, overtime: {}, classes, timeOffMs: overtime };
}

/** Overtime paid out, in hours by day (what the balance leaves out): the overtime of every day not taken as time off. */
export function paidOvertimeHours(days: readonly BasisDay[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of days) {
    if (d.timeOffMs) continue;
    const ms = overtimeMsOf(d);
    if (ms > 0) out.set(d.day, (out.get(d.day) ?? 0) + ms / HOUR_MS);
  }
  return out;
}
