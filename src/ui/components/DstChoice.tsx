/**
 * Asks which instant a local time means when it does not exist (spring gap) or exists twice
 * (autumn repeat). The options are shown with their offset so the two are never confused.
 */
import { useId } from 'react';
import { offsetLabel, offsetOfInstant, type LocalTimeResult } from '../lib/local-time';
import { formatClock } from '../lib/format';
import { useI18n } from '../i18n';

interface DstChoiceProps {
  readonly result: Extract<LocalTimeResult, { kind: 'gap' | 'ambiguous' }>;
  readonly typed: string;
  readonly zone: string;
  readonly value: number | undefined;
  readonly onChange: (instant: number) => void;
  readonly legend: string;
}

export function DstChoice({ result, typed, zone, value, onChange, legend }: DstChoiceProps) {
  const { t } = useI18n();
  const name = useId();
  const question = result.kind === 'gap' ? t('dst.gap', { time: typed }) : t('dst.twice', { time: typed });
  return (
    <fieldset className="dst-choice">
      <legend>
        {legend}: {question}
      </legend>
      {result.options.map((o, i) => {
        // Shown as the clock really read at that instant, with its real offset (for a gap reading this differs from the typed time).
        const params = { time: formatClock(o.instant, zone), offset: offsetLabel(offsetOfInstant(o.instant, zone)) };
        const label = result.kind === 'ambiguous' ? t(i === 0 ? 'dst.first' : 'dst.second', params) : t('dst.reading', params);
        return (
          <label key={o.instant} className="radio">
            <input type="radio" name={name} value={o.instant} checked={value === o.instant} onChange={() => onChange(o.instant)} />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}
