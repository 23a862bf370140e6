/**
 * What the tracker asks or tells on the Today page: the away question, "Are you still working?"
 * (the session keeps recording until it is answered), a session stopped for want of an answer (with
 * its undo), and the undo of an away answer for a minute after it was given.
 */
import { useEffect, useRef } from 'react';
import { api, type TrackerStatus } from '../api';
import { useOneAtATime } from '../hooks/useOneAtATime';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { formatClock } from '../lib/format';
import { IdleDialog, type IdleChoice } from './IdleDialog';

type Call = () => Promise<{ ok: boolean; error?: { message: string } }>;

interface Props {
  readonly status: TrackerStatus | null;
  readonly zone: string;
  readonly now: number;
  /** Runs a call, shows its refusal, refreshes the page; true when it succeeded. */
  readonly act: (fn: Call) => Promise<boolean>;
  /** Called after an answer made a question go away, so focus can move somewhere sensible. */
  readonly onAnswered: () => void;
}

function StillWorking({ q, zone, act, onAnswered }: { q: NonNullable<TrackerStatus['stillWorking']>; zone: string } & Pick<Props, 'act' | 'onAnswered'>) {
  const t = useWarningTexts();
  const first = useRef<HTMLButtonElement>(null);
  const once = useOneAtATime();
  useEffect(() => first.current?.focus(), []);
  const answer = (working: boolean) => once.run('answer', async () => (await act(() => api.trackerAnswerStillWorking({ working }))) && onAnswered());
  const busy = once.busy('answer');
  return (
    <div className="idle-dialog" role="dialog" aria-labelledby="still-h" aria-describedby="still-body">
      <h2 id="still-h">{t('still.title')}</h2>
      <p id="still-body">{t(q.reason === 'max-length' ? 'still.body.max-length' : 'still.body.forgotten', { start: formatClock(q.since, zone) })}</p>
      <div className="actions">
        <button ref={first} type="button" className="primary" aria-disabled={busy || undefined} onClick={() => void answer(true)}>
          {t('still.yes')}
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={() => void answer(false)}>
          {t('still.no', { time: formatClock(q.lastActivity, zone) })}
        </button>
      </div>
    </div>
  );
}

export function TrackerQuestions({ status, zone, now, act, onAnswered }: Props) {
  const t = useWarningTexts();
  const once = useOneAtATime();
  if (!status) return null;
  const answerIdle = async (choice: IdleChoice) => {
    if (await act(() => api.trackerResolveIdle({ choice }))) onAnswered();
  };
  const undo = status.idleUndo && status.idleUndo.until > now ? status.idleUndo : null;
  return (
    <>
      {status.idleQuestion ? <IdleDialog from={status.idleQuestion.from} to={status.idleQuestion.to} zone={zone} now={now} onChoose={answerIdle} /> : null}
      {status.stillWorking ? <StillWorking q={status.stillWorking} zone={zone} act={act} onAnswered={onAnswered} /> : null}
      {status.autoClosed ? (
        <div className="notice" role="status" aria-labelledby="closed-h">
          <h2 id="closed-h">{t('closed.title')}</h2>
          <p>{t('closed.body', { start: formatClock(status.autoClosed.start, zone), end: formatClock(status.autoClosed.end, zone) })}</p>
          <button type="button" aria-disabled={once.busy('undo-close') || undefined} onClick={() => void once.run('undo-close', () => act(() => api.trackerUndoAutoClose()))}>
            {t('closed.undo')}
          </button>
        </div>
      ) : null}
      {undo ? (
        <p className="notice" role="status">
          {t(`idle.answered.${undo.choice}`)}{' '}
          <button type="button" className="link" aria-disabled={once.busy('undo-idle') || undefined} onClick={() => void once.run('undo-idle', () => act(() => api.trackerUndoIdle()))}>
            {t('idle.undo')}
          </button>
        </p>
      ) : null}
    </>
  );
}
