/**
 * One bar per day, split into normal time, time beyond the agreed day, and AML overtime (§ 10-6),
 * with a thinner bar beside it for night (§ 10-11) and Sunday/holiday (§ 10-10) time. Reference
 * lines mark the agreed day, 9 h (§ 10-4 (1)) and 13 h (§ 10-6 (8)). The agreed day is each day's
 * agreed hours from the core (agreedHoursOn: the agreed windows, else weekly hours / 5; issue 14
 * item 5), the figure Today and Week use: one line at the most common figure, and a short mark over
 * a day whose agreed hours differ. The same numbers are in the table below the chart, so nothing
 * depends on seeing the colours.
 */
import { useId } from 'react';
import { useI18n } from '../i18n';
import { formatHours } from '../lib/format';
import { CATEGORIES, Patterns, Swatch, patternId, type Category } from './Patterns';

export interface DayBar {
  readonly day: string;
  readonly label: string;
  readonly normal: number;
  readonly beyond: number;
  readonly overtime: number;
  readonly night: number;
  readonly sunday: number;
  /** The day's agreed hours (agreedDayHours, the core's agreedHoursOn); 0 on a day without agreed time. */
  readonly agreed: number;
}

const LINES = [9, 13] as const;
const MAX_H = 14;

/** The agreed hours most days of the period have (ties: the larger), or null when no day has agreed time. */
export function commonAgreedHours(days: readonly Pick<DayBar, 'agreed'>[]): number | null {
  const count = new Map<number, number>();
  for (const d of days) if (d.agreed > 0) count.set(d.agreed, (count.get(d.agreed) ?? 0) + 1);
  let best: number | null = null;
  for (const [h, n] of count) if (best === null || n > (count.get(best) ?? 0) || (n === count.get(best) && h > best)) best = h;
  return best;
}

export function DayBars({ days, title }: { days: readonly DayBar[]; title: string }) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const slot = 44;
  const left = 44;
  const width = left + Math.max(1, days.length) * slot + 8;
  const height = 220;
  const top = 12;
  const bottom = 28;
  const plotH = height - top - bottom;
  const y = (h: number) => top + plotH - (Math.min(h, MAX_H) / MAX_H) * plotH;
  const agreed = commonAgreedHours(days);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="legend" role="list">
        {CATEGORIES.map((c) => (
          <span role="listitem" key={c} className="legend-item">
            <Swatch prefix={prefix} category={c} /> {t(`cat.${c}`)}
          </span>
        ))}
      </div>
      <div className="chart-scroll" tabIndex={0} role="region" aria-label={title}>
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={agreed !== null ? t('chart.days.aria', { agreed: new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(agreed) }) : t('chart.days.ariaNoAgreed')} className="daybars">
          <Patterns prefix={prefix} />
          {agreed !== null ? (
            <g className="refline refline-agreed" data-testid="refline-agreed" data-hours={agreed}>
              <line x1={left} x2={width} y1={y(agreed)} y2={y(agreed)} />
              <text x={left - 4} y={y(agreed) + 4} textAnchor="end">
                {formatHours(agreed, lang, 2)}
              </text>
            </g>
          ) : null}
          {days.map((d, i) =>
            d.agreed > 0 && d.agreed !== agreed ? (
              <g key={`a${d.day}`} className="refline refline-agreed" data-testid="refline-agreed-day" data-hours={d.agreed}>
                <line x1={left + i * slot + 2} x2={left + (i + 1) * slot - 2} y1={y(d.agreed)} y2={y(d.agreed)} />
              </g>
            ) : null,
          )}
          {LINES.map((h) => (
            <g key={h} className={`refline refline-${String(h).replace('.', '-')}`}>
              <line x1={left} x2={width} y1={y(h)} y2={y(h)} />
              <text x={left - 4} y={y(h) + 4} textAnchor="end">
                {formatHours(h, lang)}
              </text>
            </g>
          ))}
          {days.map((d, i) => {
            const x = left + i * slot + 6;
            let acc = 0;
            const parts: [Category, number][] = [
              ['normal', d.normal],
              ['beyond', d.beyond],
              ['overtime', d.overtime],
            ];
            return (
              <g key={d.day}>
                {parts.map(([c, h]) => {
                  if (h <= 0) return null;
                  const y0 = y(acc + h);
                  const y1 = y(acc);
                  acc += h;
                  return <rect key={c} x={x} y={y0} width={22} height={Math.max(0, y1 - y0)} fill={`url(#${patternId(prefix, c)})`} className="bar-part" />;
                })}
                {d.night > 0 ? <rect x={x + 24} y={y(d.night)} width={6} height={y(0) - y(d.night)} fill={`url(#${patternId(prefix, 'night')})`} className="bar-part" /> : null}
                {d.sunday > 0 ? (
                  <rect x={x + 31} y={y(d.sunday)} width={6} height={y(0) - y(d.sunday)} fill={`url(#${patternId(prefix, 'sunday')})`} className="bar-part" />
                ) : null}
                <text x={x + 15} y={height - 10} textAnchor="middle" className="axis-label">
                  {d.label}
                </text>
              </g>
            );
          })}
          <line x1={left} x2={width} y1={y(0)} y2={y(0)} className="axis" />
        </svg>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chart.day')}>
      <table className="numbers">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.day')}</th>
            {CATEGORIES.map((c) => (
              <th scope="col" key={c}>
                {t(`cat.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{d.label}</th>
              {CATEGORIES.map((c) => (
                <td key={c}>{formatHours(d[c], lang, 2)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
