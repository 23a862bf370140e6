/**
 * Absence for payroll (issue 15): the hours of each absence per date, as the timesheet exports list
 * them with their own wage types (keyed by the absence kind in `wageTypes`: `ferie`, `sykdom`, …).
 * A date's absence hours are what the balance takes off the expected hours (balance.ts): a full day
 * is the agreed hours of the date, a part day its hours, together never more than the agreed hours;
 * red days and days without agreed hours carry no absence. Absence is not work: the classification
 * of work (classify.ts) is unchanged. The private note is never read here.
 */
import { absencesByDay } from '../absence/balance';
import { ABSENCE_KINDS, type Absence, type AbsenceKind, type SickDocument } from '../absence/model';
import { agreedHoursOn } from '../agreement/agreed-hours';
import { agreementInForce } from '../agreement/in-force';
import { isRedDay } from '../calendar/red-days';
import type { Agreement, Weekday } from '../model';
import { dateString, isoWeekLabel, parseDate, weekdayOf } from '../time/civil';
import { HOUR_MS } from '../time/units';
import { zoneClock } from '../time/zone';

/** One absence on one date, with the hours payroll gets for it. */
export interface AbsencePayDay {
  readonly day: string;
  readonly weekday: Weekday;
  readonly week: string;
  readonly kind: AbsenceKind;
  readonly ms: number;
  /** sykdom, sykt-barn: egenmelding or sykmelding, when given. */
  readonly document?: SickDocument;
  /** permisjon: paid or not, when given. */
  readonly paid?: boolean;
}

/** Day label → absence kind → ms: what a submitted month carried, or what the log says now. */
export type DayAbsences = Readonly<Record<string, Readonly<Partial<Record<AbsenceKind, number>>>>>;

const KIND_RANK = new Map<string, number>(ABSENCE_KINDS.map((k, i) => [k, i]));

export function isAbsenceKind(id: string): id is AbsenceKind {
  return KIND_RANK.has(id);
}

/**
 * The absence hours of every date in [from, to] (local dates), by date then kind. Absences of the
 * same date take the agreed hours in the order given (full days first claim all that is left).
 */
export function absencePayDays(absences: readonly Absence[], agreements: readonly Agreement[], zone: string, from: string, to: string): AbsencePayDay[] {
  const clock = zoneClock(zone);
  const byDay = absencesByDay(absences, parseDate(from), parseDate(to));
  const out: AbsencePayDay[] = [];
  for (const d of [...byDay.keys()].sort((a, b) => a - b)) {
    const date = dateString(d);
    const agreement = agreementInForce(agreements, date);
    if (!agreement || isRedDay(d)) continue;
    let left = Math.round(agreedHoursOn(agreement, d, clock) * HOUR_MS);
    const kinds = new Map<AbsenceKind, AbsencePayDay>();
    for (const a of byDay.get(d) ?? []) {
      const ms = Math.min(left, a.hours === null ? left : Math.round(a.hours * HOUR_MS));
      if (ms <= 0) continue;
      left -= ms;
      const prev = kinds.get(a.kind);
      kinds.set(a.kind, {
        day: date,
        weekday: weekdayOf(d),
        week: isoWeekLabel(d),
        kind: a.kind,
        ms: (prev?.ms ?? 0) + ms,
        ...(prev?.document ?? a.document ? { document: (prev?.document ?? a.document) as SickDocument } : {}),
        ...(prev?.paid !== undefined ? { paid: prev.paid } : a.paid != null ? { paid: a.paid } : {}),
      });
    }
    out.push(...[...kinds.values()].sort((x, y) => (KIND_RANK.get(x.kind) ?? 0) - (KIND_RANK.get(y.kind) ?? 0)));
  }
  return out;
}

export function dayAbsencesOf(days: readonly Pick<AbsencePayDay, 'day' | 'kind' | 'ms'>[]): DayAbsences {
  const out: Record<string, Partial<Record<AbsenceKind, number>>> = {};
  for (const d of days) {
    const row = (out[d.day] ??= {});
    row[d.kind] = (row[d.kind] ?? 0) + d.ms;
  }
  return out;
}

/** Kind → ms over the given absence days. */
export function absenceTotals(days: readonly Pick<AbsencePayDay, 'kind' | 'ms'>[]): Partial<Record<AbsenceKind, number>> {
  const out: Partial<Record<AbsenceKind, number>> = {};
  for (const d of days) out[d.kind] = (out[d.kind] ?? 0) + d.ms;
  return out;
}

/** The absence kinds in their fixed order (the order of the lines). */
export const ABSENCE_ORDER: readonly AbsenceKind[] = ABSENCE_KINDS;
