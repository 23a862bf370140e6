/**
 * Weekly overtime of one group as a bar chart: patterned bars (never colour alone), the value written
 * above each bar and the week below it, so the chart reads without colour and as text.
 */
import { useId } from 'react';
import { weekText } from '../../shared/i18n/week-label';
import { useI18n } from '../i18n';
import { Patterns, patternId } from './Patterns';
import { maxOf } from '../../core/extent';

export interface TrendPoint {
  /** The ISO week id ("2026-W10"); shown as "uke 10" / "veke 10" / "week 10", the year in the bar's title. */
  readonly week: string;
  readonly value: number;
}

export function WeekTrend({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const { lang } = useI18n();
  const prefix = useId();
  const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  const slot = 52;
  const left = 8;
  const top = 20;
  const plotH = 120;
  const bottom = 24;
  const width = left * 2 + Math.max(1, points.length) * slot;
  const height = top + plotH + bottom;
  const max = Math.max(1, maxOf(points.map((p) => p.value)));
  return (
    <div className="chart-scroll" tabIndex={0} role="region" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} className="week-trend">
        <Patterns prefix={prefix} />
        <line x1={left} x2={width - left} y1={top + plotH} y2={top + plotH} className="axis" />
        {points.map((p, i) => {
          const h = Math.round((p.value / max) * plotH);
          const x = left + i * slot + 8;
          return (
            <g key={p.week}>
              <rect x={x} y={top + plotH - h} width={slot - 16} height={h} fill={`url(#${patternId(prefix, 'overtime')})`} className="bar-part swatch-border">
                <title>{`${weekText(p.week, lang)}: ${fmt.format(p.value)}`}</title>
              </rect>
              <text x={x + (slot - 16) / 2} y={top + plotH - h - 4} textAnchor="middle" className="axis-label">
                {fmt.format(p.value)}
              </text>
              <text x={x + (slot - 16) / 2} y={top + plotH + 16} textAnchor="middle" className="axis-label">
                {weekText(p.week, lang, false)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
