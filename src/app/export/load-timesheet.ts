/**
 * Loads and builds the timesheet of a period without writing anything: what payroll already has
 * (locked months), the corrections made inside it since the last export, and the classified days.
 * Shared by the export (export-timesheet.ts) and the window's preview of a period.
 */
import type { Instant, Lang, Session } from '../../core/model';
import { parseDate } from '../../core/time/civil';
import { zoneClock, type ZoneClock } from '../../core/time/zone';
import type { PaySettings } from '../../core/pay';
import { err, ok, type Result } from '../../shared/result';
import type { ExportTimesheetDeps } from './export-timesheet';
import { parseAuditSession } from './audit-session';
import { localDate, t } from './formats/common';
import { parsePeriod, type Month } from './period';
import { buildTimesheet, type SessionCorrection, type Timesheet } from './timesheet';

const MONTH_LABEL = /^\d{4}-\d{2}$/;

export interface LoadedTimesheet {
  readonly ts: Timesheet;
  readonly months: readonly Month[];
  /** Month label → when it was first sent to payroll. */
  readonly submitted: ReadonlyMap<string, Instant>;
  readonly corrections: readonly SessionCorrection[];
  readonly clock: ZoneClock;
  readonly now: Instant;
}

export function monthOfLock(label: string, from: Instant, zone: string): string {
  return MONTH_LABEL.test(label) ? label : localDate(from, zone).slice(0, 7);
}

/** Builds the timesheet of `period` with the given (already checked) settings. */
export function loadTimesheet(
  period: string,
  settings: PaySettings,
  lang: Lang,
  deps: Pick<ExportTimesheetDeps, 'sessions' | 'agreements' | 'locks' | 'now'>,
): Result<LoadedTimesheet> {
  const months = parsePeriod(period);
  if (!months) return err({ code: 'period-invalid', message: t(lang, 'error.badPeriod', { value: period }) });
  const agreements = deps.agreements();
  const zone = agreements[0]?.zone;
  if (!zone) return err({ code: 'agreement-missing', message: t(lang, 'error.noAgreement', { period }) });
  const clock = zoneClock(zone);

  // What payroll already has, and what changed inside it since the last export.
  const locks = deps.locks.list();
  const submitted = new Map<string, Instant>();
  for (const l of locks) {
    const label = monthOfLock(l.label, l.from, zone);
    const prev = submitted.get(label);
    if (prev === undefined || l.lockedAt < prev) submitted.set(label, l.lockedAt);
  }
  const lastExport = locks.reduce<Instant | null>((m, l) => (m === null || l.lockedAt > m ? l.lockedAt : m), null);
  const corrections: SessionCorrection[] =
    lastExport === null
      ? []
      : deps.locks.correctionsSince(lastExport).map((c) => ({
          period: monthOfLock(c.period.label, c.period.from, zone),
          at: c.at,
          action: c.action,
          sessionId: c.sessionId,
          before: parseAuditSession(c.before),
          after: parseAuditSession(c.after),
          reason: c.reason,
        }));

  // Sessions for the months and corrected months, with a week either side for whole weeks.
  const dates = [...months.map((m) => m.from), ...months.map((m) => m.to), ...corrections.flatMap((c) => [`${c.period}-01`, `${c.period}-28`])];
  const lo = Math.min(...dates.map(parseDate)) - 7;
  const hi = Math.max(...dates.map(parseDate)) + 12;
  const sessions: Session[] = [...deps.sessions.between(clock.startOfDay(lo), clock.startOfDay(hi))];

  const now = deps.now();
  const ts = buildTimesheet({ period, months, sessions, agreements, settings, submitted, corrections, generatedAt: now });
  return ok({ ts, months, submitted, corrections, clock, now });
}
