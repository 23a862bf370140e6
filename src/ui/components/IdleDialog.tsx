/**
 * The away question: the computer was not in use while a session ran; keep it as work, discard it, or
 * mark it as a break. It sits in the Today page (not an overlay), so it is a non-modal dialog: focus
 * moves to it when it appears, and the page stays usable. The proposed (first, focused) answer never
 * counts time as work: after a long absence or one over midnight it is "Discard the time away",
 * otherwise "Mark as a break"; "Keep as work" always needs an explicit choice. When the absence crosses
 * midnight the times carry their weekdays ("fra tirsdag 16:30 til onsdag 08:05"). While an answer is
 * being sent the buttons are marked disabled (aria-disabled, so focus stays put) and ignore clicks.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { useOneAtATime } from '../hooks/useOneAtATime';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { awayMoments, isLongAway } from '../lib/away-time';

export type IdleChoice = 'keep' | 'discard' | 'break';

interface Props {
  readonly from: number;
  readonly to: number | null;
  readonly zone: string;
  /** The time now, for an absence still going on (`to` null). */
  readonly now?: number;
  /** Sends the answer; the dialog waits for it before it can be answered again. */
  readonly onChoose: (choice: IdleChoice) => void | Promise<unknown>;
}

export function IdleDialog({ from, to, zone, now, onChoose }: Props) {
  const t = useWarningTexts();
  const { lang } = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  const once = useOneAtATime();
  useEffect(() => first.current?.focus(), []);
  const choose = (choice: IdleChoice) => once.run('answer', () => onChoose(choice));
  const busy = once.busy('answer');
  const end = to ?? now ?? from;
  const long = isLongAway(from, end, zone);
  const moments = awayMoments(from, end, zone, lang);
  const label: Record<IdleChoice, string> = { keep: t('idle.keep'), discard: long ? t('idle.discardLong') : t('idle.discard'), break: t('idle.break') };
  const order: readonly IdleChoice[] = long ? ['discard', 'break', 'keep'] : ['break', 'discard', 'keep'];
  return (
    <div className="idle-dialog" role="dialog" aria-labelledby="idle-h" aria-describedby="idle-body">
      <h2 id="idle-h">{t('idle.title')}</h2>
      <p id="idle-body">{t('idle.body', { from: moments.from, to: to === null ? t('idle.now') : moments.to })}</p>
      <div className="actions">
        {order.map((choice, i) => (
          <button key={choice} ref={i === 0 ? first : undefined} type="button" className={i === 0 ? 'primary' : undefined} aria-disabled={busy || undefined} onClick={() => void choose(choice)}>
            {label[choice]}
          </button>
        ))}
      </div>
    </div>
  );
}
