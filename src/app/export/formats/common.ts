/** What every timesheet writer shares: the columns, hour figures and local time texts. */
import type { Lang } from '../../../core/model';
import { dateString } from '../../../core/time/civil';
import { formatInstant } from '../../../core/time/format';
import { HOUR_MS } from '../../../core/time/units';
import { zoneClock } from '../../../core/time/zone';
import type { AbsenceKind } from '../../../core/absence/model';
import { isAbsenceKind, type AbsencePayDay, type PayDay, type PayLine } from '../../../core/pay';
import { translate } from '../../../shared/i18n/catalog';
import { TIMESHEET_TEXT, type TimesheetTextKey } from '../../../shared/i18n/timesheet';
import { basisText } from '../../../shared/i18n/overtime-basis';
import type { Timesheet, TimesheetAbsence, TimesheetDay, TimesheetMonth } from '../timesheet';

export const t = (lang: Lang, key: TimesheetTextKey, params: Readonly<Record<string, string | number>> = {}): string =>
  translate(TIMESHEET_TEXT, lang, key, params);

/** Hours with a fixed number of decimals and a point, e.g. 7.50 (payroll systems take 2 decimals). */
export function hoursFixed(ms: number, decimals = 2): string {
  const v = Math.round((ms / HOUR_MS) * 10 ** decimals) / 10 ** decimals;
  return (v === 0 ? 0 : v).toFixed(decimals);
}

/** Exact decimal hours (rounded to 1e-6 h) for JSON and typed spreadsheet cells. */
export function hoursExact(ms: number): number {
  const v = Math.round((ms / HOUR_MS) * 1e6) / 1e6;
  return v === 0 ? 0 : v;
}

/** One figure column of the day table: a stable key for machines and a header per language. */
export interface FigureColumn {
  readonly key: string;
  readonly header: (lang: Lang) => string;
  readonly value: (d: PayDay) => number;
  /** Pay class id whose correction delta goes in this column, if any. */
  readonly classId?: string;
}

export function figureColumns(ts: Timesheet): FigureColumn[] {
  const cols: FigureColumn[] = [
    { key: 'breaks', header: (l) => t(l, 'col.breaks'), value: (d) => d.breakMs },
    { key: 'worked', header: (l) => t(l, 'col.worked'), value: (d) => d.workedMs },
    { key: 'agreed', header: (l) => t(l, 'col.agreed'), value: (d) => d.agreedMs },
    { key: 'normal', header: (l) => t(l, 'class.normal'), value: (d) => d.normalMs, classId: 'normal' },
    { key: 'merarbeid', header: (l) => t(l, 'class.merarbeid'), value: (d) => d.merarbeidMs, classId: 'merarbeid' },
    { key: 'aml_overtime', header: (l) => t(l, 'col.amlOvertime'), value: (d) => d.amlOvertimeMs },
  ];
  for (const c of ts.settings.overtime.classes) {
    cols.push({ key: c.id, header: (l) => t(l, 'class.overtime', { percent: c.percent }), value: (d) => d.overtime[c.id] ?? 0, classId: c.id });
  }
  cols.push(
    { key: 'night', header: (l) => t(l, 'class.night'), value: (d) => d.nightMs, classId: 'night' },
    { key: 'sunday', header: (l) => t(l, 'class.sunday'), value: (d) => d.sundayMs, classId: 'sunday' },
    { key: 'on_call', header: (l) => t(l, 'class.on-call'), value: (d) => d.onCallMs, classId: 'on-call' },
  );
  return cols;
}

/** Display label of a pay class in a language. */
export function classLabel(ts: Timesheet, id: string, lang: Lang): string {
  const ot = ts.settings.overtime.classes.find((c) => c.id === id);
  if (ot) return t(lang, 'class.overtime', { percent: ot.percent }).replace(' (h)', '').replace(' (t)', '');
  const key = `class.${id}` as TimesheetTextKey;
  return (TIMESHEET_TEXT[lang][key] ? t(lang, key) : id).replace(' (h)', '').replace(' (t)', '');
}

export const iso = (ms: number, zone: string): string => formatInstant(ms, zone);

/** `dd.mm.yyyy` of a `YYYY-MM-DD` date. */
export function norDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** Local `HH:MM` of an instant. */
export function clockText(ms: number, zone: string): string {
  const local = zoneClock(zone).localMsOfDay(ms);
  const h = Math.floor(local / HOUR_MS);
  const m = Math.floor((local % HOUR_MS) / 60_000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Local date `YYYY-MM-DD` of an instant. */
export function localDate(ms: number, zone: string): string {
  return dateString(zoneClock(zone).localDay(ms));
}

/** Hours with two decimals in the reader's convention: a decimal comma in nb and nn, a point in en. */
export function hoursText(ms: number, lang: Lang): string {
  const s = hoursFixed(ms, 2);
  return lang === 'en' ? s : s.replace('.', ',');
}

/**
 * One text per work period: `08:00–11:30`; a date only where the period is not on the work day's
 * date: `20:00–11.03. 06:00` (crosses midnight), `11.03. 08:00–11:30` (on the next date); an end at
 * the next midnight is `24:00`.
 */
export function periodLines(d: PayDay, zone: string): string[] {
  const clock = zoneClock(zone);
  const short = (date: string) => norDate(date).slice(0, 6);
  return d.work.map((i) => {
    const sd = localDate(i.start, zone);
    const ed = localDate(i.end, zone);
    const from = `${sd === d.day ? '' : `${short(sd)} `}${clockText(i.start, zone)}`;
    if (ed === sd) return `${from}–${clockText(i.end, zone)}`;
    const midnight = clock.startOfDay(clock.localDay(i.start) + 1) === i.end;
    return midnight ? `${from}–24:00` : `${from}–${short(ed)} ${clockText(i.end, zone)}`;
  });
}

/** The work periods of a day on one line: `08:00–11:30, 12:00–16:00`. */
export function periodsText(d: PayDay, zone: string): string {
  return periodLines(d, zone).join(', ');
}

export const WEEKDAY_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'],
  nn: ['mån', 'tys', 'ons', 'tor', 'fre', 'lau', 'sun'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const weekdayName = (d: Pick<PayDay, 'weekday'>, lang: Lang): string => WEEKDAY_NAMES[lang][WD.indexOf(d.weekday)] ?? d.weekday;

/** Correction deltas grouped by corrected period and day, in order. */
export function correctionRows(ts: Timesheet): { period: string; day: string; deltas: Record<string, number> }[] {
  const rows = new Map<string, { period: string; day: string; deltas: Record<string, number> }>();
  for (const c of ts.correctionDeltas) {
    const key = `${c.period} ${c.day}`;
    const row = rows.get(key) ?? { period: c.period, day: c.day, deltas: {} };
    row.deltas[c.classId] = (row.deltas[c.classId] ?? 0) + c.deltaMs;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Display name of an absence kind (issue 15). */
export const absenceKindName = (kind: AbsenceKind, lang: Lang): string => t(lang, `absenceKind.${kind}`);

/** Machine key of an absence's detail: `egenmelding`, `sykmelding`, `paid`, `unpaid` or ''. */
export function absenceDetailKey(a: Pick<AbsencePayDay, 'document' | 'paid'>): string {
  return a.document ?? (a.paid === undefined ? '' : a.paid ? 'paid' : 'unpaid');
}

/** The detail in the reader's language (how sickness is documented; leave with or without pay). */
export function absenceDetailText(a: Pick<AbsencePayDay, 'document' | 'paid'>, lang: Lang): string {
  if (a.document) return t(lang, `absenceDoc.${a.document}`);
  return a.paid === undefined ? '' : t(lang, a.paid ? 'absencePaid.true' : 'absencePaid.false');
}

/** The wage type of an absence kind, '' when none is set. */
export const absenceWageType = (ts: Timesheet, kind: string): string => (ts.settings.wageTypes[kind] ?? '').trim();

/** The label of a pay line: its pay classes, or for an absence line its kinds. */
export function lineLabel(ts: Timesheet, line: PayLine, lang: Lang): string {
  return line.classes.map((id) => (isAbsenceKind(id) ? absenceKindName(id, lang) : classLabel(ts, id, lang))).join(', ');
}

/**
 * A day's work row and absence rows in date order (a work day before the absences of its date), for
 * the formats that list both in one table (csv, csv-excel).
 */
export function datedRows(m: TimesheetMonth): ({ readonly kind: 'day'; readonly day: TimesheetDay } | { readonly kind: 'absence'; readonly absence: TimesheetAbsence })[] {
  const rows: ({ kind: 'day'; day: TimesheetDay; key: string } | { kind: 'absence'; absence: TimesheetAbsence; key: string })[] = [
    ...m.days.map((d) => ({ kind: 'day' as const, day: d, key: `${d.day} 0` })),
    ...m.absences.map((a, i) => ({ kind: 'absence' as const, absence: a, key: `${a.day} 1 ${String(i).padStart(6, '0')}` })),
  ];
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ key: _k, ...r }) => r as never);
}

/** The day's overtime basis on one line in `lang` ("ground: text; …"; a reason without a ground is its text), '' when none. */
export function basisLine(d: TimesheetDay, lang: Lang): string {
  return (d.overtimeBasis ?? []).map((b) => basisText(lang, b)).join('; ');
}

/** The day's grounds as codes, space-separated (for machines), '' when none. */
export function groundCodes(d: TimesheetDay): string {
  return [...new Set((d.overtimeBasis ?? []).map((b) => b.ground).filter((g) => g !== null))].join(' ');
}
