/**
 * A progress gauge of a measured value against a limit (e.g. overtime 12 h of 25 h per 4 weeks).
 * Past the limit the bar is hatched and the text says so; the meter role carries the numbers.
 */
import { useI18n } from '../i18n';
import { formatHours } from '../lib/format';

interface GaugeProps {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly note?: string;
}

export function Gauge({ label, value, limit, note }: GaugeProps) {
  const { t, lang } = useI18n();
  const ratio = limit > 0 ? value / limit : 0;
  const state = ratio > 1 ? 'over' : ratio >= 0.8 ? 'near' : 'ok';
  const w = 240;
  const fill = Math.min(1, ratio) * w;
  const text = t('gauge.value', { value: formatHours(value, lang), limit: formatHours(limit, lang) });
  return (
    <div className={`gauge gauge-${state}`}>
      <div className="gauge-label">{label}</div>
      <svg
        viewBox={`0 0 ${w} 16`}
        width="100%"
        height="16"
        preserveAspectRatio="none"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.round(value * 100) / 100}
        aria-valuetext={text}
      >
        <rect x="0" y="0" width={w} height="16" className="gauge-track" />
        <rect x="0" y="0" width={fill} height="16" className="gauge-fill" />
        <line x1={w * 0.8} x2={w * 0.8} y1="0" y2="16" className="gauge-tick" />
      </svg>
      <div className="gauge-text">
        {text}
        {state !== 'ok' ? <strong className="gauge-state"> — {t(state === 'over' ? 'gauge.over' : 'gauge.near')}</strong> : null}
        {note ? <span className="gauge-note"> {note}</span> : null}
      </div>
    </div>
  );
}
