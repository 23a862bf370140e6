/**
 * Week and Month: a bar per day (normal, beyond agreed, AML overtime, night, Sunday/holiday) and,
 * for the week, gauges against the agreed hours, 40 h (§ 10-4 (1)) and the overtime limits of
 * § 10-6 (4): 10 h a week, 25 h per 4 weeks, 200 h per overtime year; the flexitime balance of the
 * period with its absence days (issue 15).
 */
import { useState } from 'react';
import type { Agreement, Report } from '../../core/model';
import { api } from '../api';
import { DayBars, type DayBar } from '../components/DayBars';
import { Gauge } from '../components/Gauge';
import { Field } from '../components/Field';
import { PeriodBalance } from '../components/PeriodBalance';
import { useResource } from '../hooks/useResource';
import { useI18n } from '../i18n';
import { addDays, agreedDayHours, agreedPeriodHours, agreementOn, mondayOf, weekdayOfDate } from '../lib/day';
import { formatDay, localDate } from '../lib/format';
import { periodText } from '../../shared/i18n/week-label';

export type PeriodMode = 'week' | 'month';

function periodOf(mode: PeriodMode, anchor: string): { from: string; to: string } {
  if (mode === 'week') {
    const from = mondayOf(anchor);
    return { from, to: addDays(from, 6) };
  }
  const from = `${anchor.slice(0, 7)}-01`;
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
}

function yearStartOf(a: Agreement | null, date: string): string {
  const m = a?.limits.overtimeYearStart ?? { month: 1, day: 1 };
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = `${date.slice(0, 4)}-${pad(m.month)}-${pad(m.day)}`;
  return thisYear <= date ? thisYear : `${Number(date.slice(0, 4)) - 1}-${pad(m.month)}-${pad(m.day)}`;
}

export function bars(report: Report | null, from: string, to: string, agreements: readonly Agreement[], label: (d: string) => string): DayBar[] {
  const out: DayBar[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const rows = report?.days.filter((x) => x.day === d) ?? [];
    const sum = (k: 'hours' | 'overtime' | 'night' | 'sunday') => rows.reduce((s, r) => s + r[k], 0);
    // Before the first stored version, show the earliest one (the day is still checked by the engine as stored).
    const a = agreementOn(agreements, d) ?? [...agreements].sort((x, y) => x.validFrom.localeCompare(y.validFrom))[0] ?? null;
    const agreed = a ? agreedDayHours(a, d) : 0;
    const hours = sum('hours');
    const overtime = sum('overtime');
    const beyond = Math.max(0, hours - overtime - agreed);
    out.push({ day: d, label: label(d), normal: hours - overtime - beyond, beyond, overtime, night: sum('night'), sunday: sum('sunday'), agreed });
  }
  return out;
}

export function PeriodPage({ mode, agreements, zone, changed }: { mode: PeriodMode; agreements: readonly Agreement[]; zone: string; changed: number }) {
  const { t, lang } = useI18n();
  const [anchor, setAnchor] = useState(() => localDate(Date.now(), zone));
  const { from, to } = periodOf(mode, anchor);
  const agreement = agreementOn(agreements, to);
  const yearStart = yearStartOf(agreement, from);
  const fourWeeksFrom = addDays(mondayOf(from), -21);
  const loadFrom = [yearStart, fourWeeksFrom].sort()[0] as string;
  const report = useResource(() => api.reportPeriod({ from: loadFrom, to }), [loadFrom, to, changed]);
  const r = report.data;
  // Issue 15: the flexitime balance of the period and the running balance at its end.
  const balance = useResource(() => api.balancePeriod({ from, to }), [from, to, changed]);
  const shortLabel = (d: string) => (mode === 'week' ? t(`weekday.short.${weekdayOfDate(d)}`) : String(Number(d.slice(8))));
  const days = bars(r, from, to, agreements, shortLabel);
  const inPeriodWeeks = (r?.weeks ?? []).filter((w) => localDate(w.start, zone) >= mondayOf(from) && localDate(w.start, zone) <= to);
  const periodHours = days.reduce((s, d) => s + d.normal + d.beyond + d.overtime, 0);
  const weekOvertime = inPeriodWeeks.reduce((s, w) => s + w.overtime, 0);
  const fourWeeks = (r?.weeks ?? []).filter((w) => localDate(w.start, zone) >= fourWeeksFrom && localDate(w.start, zone) <= to).reduce((s, w) => s + w.overtime, 0);
  const yearOvertime = (r?.weeks ?? []).filter((w) => localDate(w.start, zone) >= yearStart && localDate(w.start, zone) <= to).reduce((s, w) => s + w.overtime, 0);
  const tariff = agreement?.limits.tariffOvertime ?? false;
  const step = (n: number) => setAnchor(mode === 'week' ? addDays(anchor, 7 * n) : addDays(`${anchor.slice(0, 7)}-15`, 30 * n));
  const title = mode === 'week' ? t('period.weekTitle', { from: formatDay(from, lang, false), to: formatDay(to, lang, false) }) : t('period.monthTitle', { month: periodText(anchor.slice(0, 7), lang) });

  return (
    <section aria-labelledby="period-h">
      <h1 id="period-h">{title}</h1>
      <div className="actions">
        <button type="button" onClick={() => step(-1)}>
          {t(mode === 'week' ? 'period.prevWeek' : 'period.prevMonth')}
        </button>
        <button type="button" onClick={() => step(1)}>
          {t(mode === 'week' ? 'period.nextWeek' : 'period.nextMonth')}
        </button>
        <Field label={t('period.goTo')}>
          <input type="date" value={anchor} onChange={(e) => e.target.value && setAnchor(e.target.value)} />
        </Field>
      </div>
      {report.error ? (
        <p className="form-error" role="alert">
          {report.error}
        </p>
      ) : null}
      <DayBars days={days} title={t('chart.days.title')} />
      <PeriodBalance mode={mode} balance={balance.data} error={balance.error} />
      <h2>{t('period.gauges')}</h2>
      <div className="gauges">
        {/* Issue 15: the agreed time less red days and absence (the balance's expected hours), as beside it in the balance. */}
        <Gauge label={t('gauge.agreed')} value={periodHours} limit={balance.data?.expected ?? agreedPeriodHours(agreements, from, to)} />
        {mode === 'week' ? <Gauge label={t('gauge.normal40')} value={periodHours} limit={agreement?.limits.weeklyNormalHours ?? 40} /> : null}
        {mode === 'week' ? <Gauge label={t('gauge.otWeek')} value={weekOvertime} limit={tariff ? 20 : 10} note={t('gauge.ref', { ref: 'AML § 10-6 (4)' })} /> : null}
        <Gauge label={t('gauge.ot4')} value={fourWeeks} limit={tariff ? 50 : 25} note={t('gauge.ref', { ref: 'AML § 10-6 (4)' })} />
        <Gauge label={t('gauge.otYear')} value={yearOvertime} limit={tariff ? 300 : 200} note={t('gauge.ref', { ref: 'AML § 10-6 (4)' })} />
      </div>
    </section>
  );
}
