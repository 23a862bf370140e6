/**
 * The idle question: the computer was not in use while a session ran; keep it as work, discard it, or
 * mark it as a break. It sits in the Today page (not an overlay), so it is a non-modal dialog: focus
 * moves to it when it appears, and the page stays usable. While an answer is being sent the buttons
 * are marked disabled (aria-disabled, so focus stays put) and ignore clicks, so a double click cannot
 * send a second answer (which the tracker would refuse with a confusing error).
 */
import { useEffect, useRef } from 'react';
import { useOneAtATime } from '../hooks/useOneAtATime';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { formatClock } from '../lib/format';

export type IdleChoice = 'keep' | 'discard' | 'break';

interface Props {
  readonly from: number;
  readonly to: number | null;
  readonly zone: string;
  /** Sends the answer; the dialog waits for it before it can be answered again. */
  readonly onChoose: (choice: IdleChoice) => void | Promise<unknown>;
}

export function IdleDialog({ from, to, zone, onChoose }: Props) {
  const t = useWarningTexts();
  const first = useRef<HTMLButtonElement>(null);
  const once = useOneAtATime();
  useEffect(() => first.current?.focus(), []);
  const choose = (choice: IdleChoice) => once.run('answer', () => onChoose(choice));
  const busy = once.busy('answer');
  return (
    <div className="idle-dialog" role="dialog" aria-labelledby="idle-h" aria-describedby="idle-body">
      <h2 id="idle-h">{t('idle.title')}</h2>
      <p id="idle-body">{t('idle.body', { from: formatClock(from, zone), to: to === null ? t('idle.now') : formatClock(to, zone) })}</p>
      <div className="actions">
        <button ref={first} type="button" className="primary" aria-disabled={busy || undefined} onClick={() => void choose('keep')}>
          {t('idle.keep')}
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={() => void choose('discard')}>
          {t('idle.discard')}
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={() => void choose('break')}>
          {t('idle.break')}
        </button>
      </div>
    </div>
  );
}
