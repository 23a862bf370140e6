/** The idle question: the computer was not in use while a session ran; keep it as work, discard it, or mark it as a break. */
import { useEffect, useRef } from 'react';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { formatClock } from '../lib/format';

export type IdleChoice = 'keep' | 'discard' | 'break';

interface Props {
  readonly from: number;
  readonly to: number | null;
  readonly zone: string;
  readonly onChoose: (choice: IdleChoice) => void;
}

export function IdleDialog({ from, to, zone, onChoose }: Props) {
  const t = useWarningTexts();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="idle-dialog" role="dialog" aria-modal="true" aria-labelledby="idle-h" aria-describedby="idle-body">
      <h2 id="idle-h">{t('idle.title')}</h2>
      <p id="idle-body">{t('idle.body', { from: formatClock(from, zone), to: to === null ? t('idle.now') : formatClock(to, zone) })}</p>
      <div className="actions">
        <button ref={first} type="button" className="primary" onClick={() => onChoose('keep')}>
          {t('idle.keep')}
        </button>
        <button type="button" onClick={() => onChoose('discard')}>
          {t('idle.discard')}
        </button>
        <button type="button" onClick={() => onChoose('break')}>
          {t('idle.break')}
        </button>
      </div>
    </div>
  );
}
