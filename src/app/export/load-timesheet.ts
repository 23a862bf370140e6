/**
 * Loads and builds the timesheet of a period without writing anything: what payroll already has
 * (the latest submission of each sent month), the reasons logged with later changes, and the
 * classified days. Shared by the export (export-timesheet.ts) and the window's preview and status.
 */
import type { Agreement, Instant, Lang, Session } from '../../core/model';
import type { AbsencePayDay, PayDay, PayWeek } from '../../core/pay';
import { dateString, parseDate } from '../../core/time/civil';
import { zoneClock, type ZoneClock } from '../../core/time/zone';
import type { PaySettings } from '../../core/pay';
import { auditReasonText } from '../../shared/audit-reason';
import { err, ok, type Result } from '../../shared/result';
import type { AbsenceRepo } from '../ports/absence-repo';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionRepo } from '../ports/session-repo';
import type { SubmissionRepo } from '../ports/submission-repo';
import type { OvertimeReason, OvertimeReasonRepo } from '../warnings/overtime-reason';
import { parseAuditSession } from './audit-session';
import { localDate, t } from './formats/common';
import { parsePeriod, type Month } from './period';
import { sentMonths, snapshotSessions, type SentMonth } from './submission-snapshot';
import type { OvertimeBasisEntry } from './overtime-taken';
import { buildTimesheetAndMonths, classifyMonths, monthFromLabel, type ChangeReason, type Timesheet } from './timesheet';
import { maxOf, minOf } from '../../core/extent';

const MONTH_LABEL = /^\d{4}-\d{2}$/;

export interface TimesheetData {
  readonly sessions: Pick<SessionRepo, 'between'>;
  /** The stored agreement versions, parsed. */
  readonly agreements: () => readonly Agreement[];
  readonly locks: Pick<LockedPeriodRepo, 'list' | 'lockPeriod' | 'correctionsSince'>;
  readonly submissions: SubmissionRepo;
  /**
   * The overtime reasons recorded with sessions (AML § 10-7: why overtime was worked); optional.
   * With `listBetween` (the store has it) they are read in one query for the whole span, not one per session.
   */
  readonly overtimeReasons?: Pick<OvertimeReasonRepo, 'listForSession'> & Partial<Pick<OvertimeReasonRepo, 'listBetween'>>;
  /** The absences (issue 15), listed with their wage types; none when omitted. */
  readonly absences?: Pick<AbsenceRepo, 'list'>;
  readonly now: () => Instant;
}

export interface LoadedTimesheet {
  readonly ts: Timesheet;
  readonly months: readonly Month[];
  /** Month label → what payroll has for it. */
  readonly sent: ReadonlyMap<string, SentMonth>;
  readonly sessions: readonly Session[];
  readonly agreements: readonly Agreement[];
  /** Month label → its days and weeks as the log classifies them now (the period's and every sent month's). */
  readonly current: ReadonlyMap<string, { readonly days: readonly PayDay[]; readonly weeks: readonly PayWeek[]; readonly absences: readonly AbsencePayDay[] }>;
  readonly clock: ZoneClock;
  readonly now: Instant;
}

export function monthOfLock(label: string, from: Instant, zone: string): string {
  return MONTH_LABEL.test(label) ? label : localDate(from, zone).slice(0, 7);
}

/**
 * Months locked by an export from before submissions kept snapshots (schema < 7): what payroll has
 * is the log with the corrections recorded since the lock undone.
 */
function legacySent(data: TimesheetData, known: ReadonlyMap<string, SentMonth>, agreements: readonly Agreement[], settings: PaySettings, zone: string, clock: ZoneClock): Map<string, SentMonth> {
  const out = new Map<string, SentMonth>();
  const locks = data.locks.list().filter((l) => !known.has(monthOfLock(l.label, l.from, zone)));
  for (const l of locks) {
    const label = monthOfLock(l.label, l.from, zone);
    if (out.has(label)) continue;
    const m = monthFromLabel(label);
    let list: Session[] = [...data.sessions.between(clock.startOfDay(parseDate(m.from) - 7), clock.startOfDay(parseDate(m.to) + 8))];
    const since = data.locks.correctionsSince(l.lockedAt).reverse();
    for (const c of since) {
      list = list.filter((s) => s.id !== c.sessionId);
      const before = parseAuditSession(c.before);
      if (c.action !== 'add' && before) list.push({ ...before, id: c.sessionId });
    }
    list.sort((a, b) => a.start - b.start);
    const c = classifyMonths(list, agreements, settings, [m]).get(label) ?? { days: [], weeks: [] };
    const lo = clock.startOfDay(parseDate(m.from));
    const hi = clock.startOfDay(parseDate(m.to) + 1);
    out.set(label, { ...c, sessions: snapshotSessions(list.filter((s) => s.start >= lo && s.start < hi)), firstAt: l.lockedAt, lastAt: l.lockedAt, count: 1 });
  }
  return out;
}

const basisEntry = (r: OvertimeReason): OvertimeBasisEntry => ({ text: r.text, ground: r.ground ?? null, takenAs: r.takenAs ?? 'pay', recordedAt: r.recordedAt });

/**
 * Session id → its overtime reasons (oldest first), for the sessions loaded for [from, to): one query
 * over the span where the repository can (a year has thousands of sessions), else one per session.
 */
function overtimeReasonsOf(repo: NonNullable<TimesheetData['overtimeReasons']>, sessions: readonly Session[], from: Instant, to: Instant): Map<string, OvertimeBasisEntry[]> {
  const out = new Map<string, OvertimeBasisEntry[]>();
  if (repo.listBetween) {
    // The same sessions as `between(from, to)` (those overlapping the span); reasons come oldest first.
    const loaded = new Set<string>();
    for (const s of sessions) if (s.id !== undefined) loaded.add(s.id);
    for (const r of repo.listBetween(from, to)) {
      if (!loaded.has(r.sessionId)) continue;
      const list = out.get(r.sessionId);
      if (list) list.push(basisEntry(r));
      else out.set(r.sessionId, [basisEntry(r)]);
    }
    return out;
  }
  for (const s of sessions) {
    if (s.id === undefined) continue;
    const list = repo.listForSession(s.id).map(basisEntry);
    if (list.length) out.set(s.id, list);
  }
  return out;
}

/** Builds the timesheet of `period` with the given (already checked) settings. */
export function loadTimesheet(period: string, settings: PaySettings, lang: Lang, data: TimesheetData): Result<LoadedTimesheet> {
  const months = parsePeriod(period);
  if (!months) return err({ code: 'period-invalid', message: t(lang, 'error.badPeriod', { value: period }) });
  const agreements = data.agreements();
  const zone = agreements[0]?.zone;
  if (!zone) return err({ code: 'agreement-missing', message: t(lang, 'error.noAgreement', { period }) });
  const clock = zoneClock(zone);

  const submitted = sentMonths(data.submissions.list());
  const sent = new Map([...submitted, ...legacySent(data, submitted, agreements, settings, zone, clock)]);
  const firstSent = minOf([...sent.values()].map((s) => s.firstAt));
  const reasons: ChangeReason[] = sent.size === 0 ? [] : data.locks.correctionsSince(firstSent).map((c) => ({ sessionId: c.sessionId, at: c.at, reason: auditReasonText(c.reason, lang, zone) }));

  // Sessions for the months and every sent month, with a week either side for whole weeks.
  const dates = [...months.map((m) => m.from), ...months.map((m) => m.to), ...[...sent.keys()].flatMap((l) => [`${l}-01`, `${l}-28`])];
  const lo = minOf(dates.map(parseDate)) - 7;
  const hi = maxOf(dates.map(parseDate)) + 12;
  const sessions: Session[] = [...data.sessions.between(clock.startOfDay(lo), clock.startOfDay(hi))];

  const overtimeReasons = data.overtimeReasons ? overtimeReasonsOf(data.overtimeReasons, sessions, clock.startOfDay(lo), clock.startOfDay(hi)) : new Map<string, OvertimeBasisEntry[]>();

  const absences = data.absences ? data.absences.list(dateString(lo), dateString(hi)) : [];

  const now = data.now();
  const { ts, classified } = buildTimesheetAndMonths({ period, months, sessions, agreements, settings, sent, reasons, overtimeReasons, absences, generatedAt: now });
  return ok({ ts, months, sent, sessions, agreements, current: classified, clock, now });
}
