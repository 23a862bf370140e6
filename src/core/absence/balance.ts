/**
 * Expected hours and the flexitime balance (fleksisaldo, issue 15). The expected hours of a date are
 * the agreed hours of the agreement in force (agreedHoursOn), 0 on a red day, less the absence of that
 * date (a full day takes all of it, a part day its hours, never below 0). The balance of a period is
 * worked − expected, plus a balance carried over from before Fyrabend. Worked time is work only (the
 * on-call share is not time worked), merged so overlaps count once, split at local midnight.
 *
 * Overtime paid out (issue 15, Deliver 2): overtime is paid unless the user chooses, per overtime
 * reason, to take it as time off in lieu (avspasering). Paid overtime hours are not in the balance
 * (they are paid, not owed as time off); overtime taken as time off stays in it. The caller passes the
 * paid hours per local date (`paidOvertime`); without it every worked hour counts in the balance.
 */
import type { Agreement, Session } from '../model';
import { agreementInForce } from '../agreement/in-force';
import { agreedHoursOn } from '../agreement/agreed-hours';
import { isRedDay } from '../calendar/red-days';
import { isWork } from '../engine/structure';
import { dateString, parseDate } from '../time/civil';
import { intersectLength, unionIntervals } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { zoneClock } from '../time/zone';
import type { Absence, AbsenceKind } from './model';

export interface BalanceInput {
  readonly sessions: readonly Session[];
  /** Every stored agreement version; the one in force applies per date. */
  readonly agreements: readonly Agreement[];
  readonly absences: readonly Absence[];
  readonly zone: string;
  /** Local dates `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Hours carried over from before Fyrabend (counted once, in the total). */
  readonly carriedOver?: number;
  /** Overtime hours paid out, by local date `YYYY-MM-DD`: left out of the balance (capped at the date's worked hours). */
  readonly paidOvertime?: ReadonlyMap<string, number>;
}

export interface DateBalance {
  readonly date: string;
  readonly worked: number;
  readonly agreed: number;
  readonly absence: number;
  readonly expected: number;
  /** Overtime paid out on this date (not in the balance). */
  readonly paidOvertime: number;
  /** worked − expected − paidOvertime. */
  readonly balance: number;
  readonly redDay: boolean;
  readonly kinds: readonly AbsenceKind[];
}

export interface Balance {
  readonly days: readonly DateBalance[];
  readonly worked: number;
  readonly expected: number;
  /** Overtime paid out in the period (not in the balance). */
  readonly paidOvertime: number;
  /** worked − expected − paidOvertime + carriedOver. */
  readonly balance: number;
  readonly carriedOver: number;
}

/** The absences of each date in [fromDay, toDay], by day number (in the order given). */
export function absencesByDay(absences: readonly Absence[], fromDay: number, toDay: number): Map<number, Absence[]> {
  const out = new Map<number, Absence[]>();
  for (const a of absences) {
    const lo = Math.max(fromDay, parseDate(a.from));
    const hi = Math.min(toDay, parseDate(a.to));
    for (let d = lo; d <= hi; d++) {
      const list = out.get(d) ?? [];
      list.push(a);
      out.set(d, list);
    }
  }
  return out;
}

export function balanceOf(input: BalanceInput): Balance {
  const clock = zoneClock(input.zone);
  const fromDay = parseDate(input.from);
  const toDay = parseDate(input.to);
  const work = unionIntervals(input.sessions.filter(isWork));
  const byDay = absencesByDay(input.absences, fromDay, toDay);
  const days: DateBalance[] = [];
  let worked = 0;
  let expected = 0;
  let paid = 0;
  for (let d = fromDay; d <= toDay; d++) {
    const date = dateString(d);
    const agreement = agreementInForce(input.agreements, date);
    const red = isRedDay(d);
    const agreed = agreement && !red ? agreedHoursOn(agreement, d, clock) : 0;
    const here = byDay.get(d) ?? [];
    const absent = Math.min(agreed, here.reduce((s, a) => s + (a.hours === null ? agreed : a.hours), 0));
    const dayWorked = intersectLength(work, clock.startOfDay(d), clock.startOfDay(d + 1)) / HOUR_MS;
    const dayExpected = Math.max(0, agreed - absent);
    const dayPaid = Math.min(dayWorked, Math.max(0, input.paidOvertime?.get(date) ?? 0));
    worked += dayWorked;
    expected += dayExpected;
    paid += dayPaid;
    days.push({ date, worked: dayWorked, agreed, absence: absent, expected: dayExpected, paidOvertime: dayPaid, balance: dayWorked - dayExpected - dayPaid, redDay: red, kinds: [...new Set(here.map((a) => a.kind))] });
  }
  const carriedOver = input.carriedOver ?? 0;
  return { days, worked, expected, paidOvertime: paid, balance: worked - expected - paid + carriedOver, carriedOver };
}
