/**
 * Employee side of issue 8: make the anonymised summary of a period from the session log, with the
 * plain-language preview of exactly the file's content. The id comes from the installation's secret
 * (./summary-id.ts, issue 17) through `summaryId`, and `now` gives the week of making, so this use case is
 * deterministic under test.
 */
import { evaluate } from '../../core/engine/evaluate';
import type { Absence } from '../../core/absence/model';
import type { Agreement, AvailabilityMark, Lang, Session } from '../../core/model';
import { addDays, dateString, isoWeekLabel } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import { buildSummary, checkGroups, parsePeriod, periodDayRange, type GroupCheck, type GroupOptions, type Summary } from '../../core/anonymise/index';
import { formatSummaryFile } from '../../shared/formats/summary';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { previewSummary } from './preview';

export interface MakeSummaryInput {
  readonly sessions: readonly Session[];
  readonly availability?: readonly AvailabilityMark[];
  /**
   * Issue 15: the absences of the period, so that a week's count of `absence.work-while-absent`
   * findings (one per day worked while sick or on holiday) is in the summary. Only the count per week
   * leaves the laptop: never a date, a kind or a note.
   */
  readonly absences?: readonly Absence[];
  readonly agreement: Agreement;
  /** `YYYY-MM` or `YYYY-Qn`. */
  readonly period: string;
  /** Requested group labels, dimension → value; checked against `groupOptions`. */
  readonly groups: Readonly<Record<string, string>>;
  readonly groupOptions: GroupOptions;
  /** The installation's id of a period (installationSummaryIds). */
  readonly summaryId: (period: string) => string;
  /** Now, for the week the summary is made in (`created`, in the agreement's zone). */
  readonly now: number;
  /** The invitation's id, when the summary answers one (the caller checked the period and the lists). */
  readonly invite?: string;
  readonly lang: Lang;
}

export interface MadeSummary {
  readonly summary: Summary;
  /** The exact text of the file. */
  readonly text: string;
  /** The file's content in plain language, one line per item. */
  readonly preview: readonly string[];
}

/**
 * Why no summary was made: `message` is English (for logs); each adapter words it for its user from
 * the code and, for a refused group, `group` (which dimension, which value, what the list allows).
 */
export type MakeSummaryError =
  | (AppError & { readonly code: 'bad-period'; readonly period: string })
  | (AppError & { readonly code: 'bad-group'; readonly group: Extract<GroupCheck, { ok: false }>['error'] });

/** Local dates [from, to] for which sessions must be loaded: the period's weeks plus the overtime year before them (context for the year and 8-week rules). */
export function sessionWindow(periodText: string): { readonly from: string; readonly to: string } | null {
  const period = parsePeriod(periodText);
  if (!period) return null;
  const range = periodDayRange(period);
  return { from: addDays(dateString(range.from), -366), to: dateString(range.to - 1) };
}

export function makeSummary(input: MakeSummaryInput): Result<MadeSummary, MakeSummaryError> {
  const period = parsePeriod(input.period);
  if (!period) return err({ code: 'bad-period', period: input.period, message: `The period '${input.period}' is not a month (2026-11) or a quarter (2026-Q4).` });
  const groups = checkGroups(input.groups, input.groupOptions);
  if (!groups.ok) {
    const e = groups.error;
    const allowed = e.allowed.length ? e.allowed.map((a) => `'${a}'`).join(', ') : 'none configured';
    const message =
      e.kind === 'unknown-dimension'
        ? `The group '${e.dimension}' is not known; use workplace, department or jobCategory.`
        : `'${e.value}' is not in the configured list for ${e.dimension} (${allowed}); pick one of those, free text is never written to a summary.`;
    return err({ code: 'bad-group', group: e, message });
  }
  const range = periodDayRange(period);
  const report = evaluate({
    sessions: input.sessions,
    agreement: input.agreement,
    ...(input.availability ? { availability: input.availability } : {}),
    ...(input.absences ? { absences: input.absences } : {}),
    from: dateString(range.from),
    to: dateString(range.to - 1),
  });
  const created = isoWeekLabel(zoneClock(input.agreement.zone).localDay(input.now));
  const summary = buildSummary({ report, period, groups: groups.value, id: input.summaryId(period.label), created, ...(input.invite ? { invite: input.invite } : {}) });
  return ok({ summary, text: formatSummaryFile(summary), preview: previewSummary(summary, input.lang) });
}
