/**
 * Today's Start button. On a date marked as sick, a sick child's day or holiday it asks first ("Du er
 * registrert syk i dag. Vil du virkelig jobbe?"); starting anyway is allowed (and logged by the main
 * process). The question takes focus on "Do not start", so one Enter does not start work on a sick day.
 */
import { useEffect, useRef, useState } from 'react';
import { useAbsenceTexts } from '../hooks/useAbsenceTexts';

type Asked = 'sykdom' | 'sykt-barn' | 'ferie';
const ASKED: readonly string[] = ['sykdom', 'sykt-barn', 'ferie'];

export function StartButton({ label, absentToday, onStart }: { label: string; absentToday: string | null | undefined; onStart: () => void }) {
  const t = useAbsenceTexts();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const ask = absentToday && ASKED.includes(absentToday) ? (absentToday as Asked) : null;
  if (asking && ask) {
    return (
      <div role="alertdialog" aria-labelledby="absent-start-q" className="notice">
        <p id="absent-start-q">{t(`start.ask.${ask}`)}</p>
        <button type="button" ref={confirm} className="primary" onClick={() => setAsking(false)}>
          {t('start.cancel')}
        </button>{' '}
        <button type="button" onClick={() => (setAsking(false), onStart())}>
          {t('start.anyway')}
        </button>
      </div>
    );
  }
  return (
    <button type="button" className="primary" onClick={() => (ask ? setAsking(true) : onStart())}>
      {label}
    </button>
  );
}
