/**
 * Start and stop at a chosen time (issue 14 item 3): "I started at 07:45", "I stopped at 16:10" and
 * moving the start of the running session. The main process refuses future times, overlaps and times
 * in a submitted month without a reason, with a sentence that the page shows.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_CHOSEN_TIME, type UiChosenTimeKey } from '../../shared/i18n/ui-chosen-time';
import { api } from '../api';
import { useI18n } from '../i18n';
import { instantAt } from '../lib/day';
import { parseClock } from '../../shared/formats/time-fields';

type Act = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>) => Promise<boolean>;

export type ChosenMode = 'start' | 'stop' | 'change';

/** Asked from outside (the tray's chosen-time entries): open the control, focus the time, make `mode` the default button. */
export interface ChosenAsk {
  readonly mode: ChosenMode;
  readonly nonce: number;
}

interface ChosenTimeProps {
  readonly state: 'idle' | 'working' | 'paused';
  /** Today's local date in the tracker's zone. */
  readonly date: string;
  readonly zone: string;
  readonly act: Act;
  readonly ask?: ChosenAsk | null;
}

/** Minutes after midnight of a time typed as `H:MM`, `HH:MM` or `HH.MM` (00:00–23:59), or null (the format readers' parseClock). */
export function minuteOfClock(text: string): number | null {
  return parseClock(text.trim().replace('.', ':').padStart(5, '0'), false);
}

export function ChosenTime({ state, date, zone, act, ask = null }: ChosenTimeProps) {
  const { lang } = useI18n();
  const c = (key: UiChosenTimeKey, params?: Params) => translate(UI_CHOSEN_TIME, lang, key, params);
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const [preferred, setPreferred] = useState<ChosenMode | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const timeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!ask) return;
    setPreferred(ask.mode);
    if (details.current) details.current.open = true;
    timeInput.current?.focus();
  }, [ask]);
  const minute = minuteOfClock(time);
  const shown = minute === null ? '…' : time.trim().replace('.', ':');

  const run = async (call: ChosenMode) => {
    if (minute === null) {
      setBad(true);
      return;
    }
    setBad(false);
    const input = { at: instantAt(date, minute, zone), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const fn = call === 'start' ? () => api.trackerStartAt(input) : call === 'stop' ? () => api.trackerStopAt(input) : () => api.trackerChangeStart(input);
    const ok = await act(fn);
    setNote(ok ? c(`chosen.done.${call}`, { time: shown }) : null);
    if (ok) setTime('');
  };

  // Paused, the session is closed: only a new start can be chosen ("back from lunch at 12:30"); stop and move need a running one.
  const offered: readonly ChosenMode[] = state === 'working' ? ['stop', 'change'] : ['start'];
  /** Enter in the time field runs the entry the tray asked for ("Stop at a chosen time…" stops). */
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || preferred === null || !offered.includes(preferred)) return;
    e.preventDefault();
    void run(preferred);
  };

  return (
    <details className="chosen-time" ref={details}>
      <summary>{c('chosen.summary')}</summary>
      <div className="form-row">
        <label>
          {c('chosen.time')}
          <input
            type="time"
            ref={timeInput}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            onKeyDown={onEnter}
            aria-invalid={bad || undefined}
            aria-describedby={bad ? 'chosen-bad' : undefined}
          />
        </label>
        <label>
          {c('chosen.reason')}
          <input type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
      </div>
      {bad ? (
        <p id="chosen-bad" className="form-error" role="alert">
          {c('chosen.badTime')}
        </p>
      ) : null}
      <div className="actions">
        {state !== 'working' ? (
          <button type="button" className={preferred === 'start' ? 'primary' : undefined} onClick={() => void run('start')}>
            {c('chosen.startAt', { time: shown })}
          </button>
        ) : (
          <>
            <button type="button" className={preferred === 'stop' ? 'primary' : undefined} onClick={() => void run('stop')}>
              {c('chosen.stopAt', { time: shown })}
            </button>
            <button type="button" className={preferred === 'change' ? 'primary' : undefined} onClick={() => void run('change')}>
              {c('chosen.changeStart', { time: shown })}
            </button>
          </>
        )}
      </div>
      {note ? <p role="status">{note}</p> : null}
    </details>
  );
}
