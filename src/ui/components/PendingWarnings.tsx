/**
 * Warnings that could not be shown (do-not-disturb, or the notification failed) stay visible here
 * until dismissed (issue 4), with Snooze, Dismiss, and the follow-up: stop, or record the overtime
 * with a reason. After Snooze or Dismiss a status line says what happened and focus moves to the
 * heading (the warning's buttons are gone); a warning's buttons ignore clicks while its call runs.
 */
import { useRef, useState } from 'react';
import type { PlanReason } from '../../core/model';
import { api, type PendingWarningView } from '../api';
import { FormMessage } from './FormMessage';
import { OvertimeReasonForm } from './OvertimeReasonForm';
import { useOneAtATime } from '../hooks/useOneAtATime';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { useI18n } from '../i18n';
import { formatDateTime } from '../lib/format';

/** How long Snooze holds the warnings. */
export const SNOOZE_MINUTES = 15;

interface Props {
  readonly pending: readonly PendingWarningView[];
  readonly zone: string;
  readonly working: boolean;
  /** The lines already crossed (from the plan) that a reason answers. */
  readonly crossed: readonly PlanReason[];
  readonly onChanged: (error: string | null) => void;
  /** Issue 14 item 4: opens the basis dialog for the warning (Today); without it the form opens in place. */
  readonly onRecord?: (w: PendingWarningView) => void;
}

export function PendingWarnings({ pending, zone, working, crossed, onChanged, onRecord }: Props) {
  const t = useWarningTexts();
  const { t: tUi } = useI18n();
  const tToday = useTodayTexts();
  const [recording, setRecording] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const once = useOneAtATime();
  const heading = useRef<HTMLHeadingElement>(null);
  if (pending.length === 0 && !saved && done === null) return null;

  const act = async (fn: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await fn();
    onChanged(r.ok ? null : (r.error?.message ?? null));
    return r.ok;
  };
  /** Snooze or Dismiss one warning: once at a time, then say so and put focus on the heading. */
  const handle = async (w: PendingWarningView, fn: () => Promise<{ ok: boolean; error?: { message: string } }>, message: string) => {
    if (!(await once.run(w.id, () => act(fn)))) return;
    setDone(message);
    heading.current?.focus();
  };

  const snooze = (w: PendingWarningView) => (
    <button
      type="button"
      aria-label={t('pending.snoozeAria', { title: w.title, minutes: SNOOZE_MINUTES })}
      aria-disabled={once.busy(w.id) || undefined}
      onClick={() => void handle(w, () => api.warningsSnooze({ id: w.id, minutes: SNOOZE_MINUTES }), t('pending.snoozed', { title: w.title, minutes: SNOOZE_MINUTES }))}
    >
      {t('pending.snooze', { minutes: SNOOZE_MINUTES })}
    </button>
  );
  const dismiss = (w: PendingWarningView, primary: boolean) => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      aria-label={t('pending.dismissAria', { title: w.title })}
      aria-disabled={once.busy(w.id) || undefined}
      onClick={() => void handle(w, () => api.warningsDismiss({ id: w.id }), t('pending.dismissed', { title: w.title }))}
    >
      {t('pending.dismiss')}
    </button>
  );

  return (
    <section aria-labelledby="pending-h" className="pending-warnings">
      <h2 id="pending-h" tabIndex={-1} ref={heading}>
        {t('pending.title')}
      </h2>
      <FormMessage message={done ? { kind: 'ok', text: done } : null} />
      <FormMessage message={saved ? { kind: 'ok', text: t('reason.saved') } : null} />
      {pending.length > 0 ? <p>{t('pending.intro')}</p> : null}
      {/* Issue 14 item 6: one line per warning with one primary action; the text (one warning per line) and the other actions fold out. */}
      <ul className="plain-list">
        {pending.map((w) => {
          const record = Boolean(w.sessionId && working);
          return (
            <li key={w.id} className="pending-warning">
              <div className="pending-line">
                <span className="pending-title">
                  <strong>{w.title}</strong> <span className="legend-text">· {formatDateTime(w.since, zone)}</span>
                </span>
                {record ? (
                  <button
                    type="button"
                    className="primary"
                    aria-expanded={onRecord ? undefined : recording === w.id}
                    onClick={() => (onRecord ? onRecord(w) : setRecording(recording === w.id ? null : w.id))}
                  >
                    {t('pending.record')}
                  </button>
                ) : (
                  dismiss(w, true)
                )}
              </div>
              <details>
                <summary>{tToday('pending.more')}</summary>
                {/* A grouped warning keeps one warning per line (the body's lines, which HTML would run together). */}
                <p className="pending-body">
                  {w.body.split('\n').map((line, i) => (
                    <span key={i} className="pending-body-line">
                      {line}
                    </span>
                  ))}
                </p>
                <p className="legend-text">
                  {t('pending.since', { time: formatDateTime(w.since, zone) })} · {t(`pending.cause.${w.cause}`)}
                </p>
                <div className="actions">
                  {snooze(w)}
                  {record ? dismiss(w, false) : null}
                  {record ? (
                    <button type="button" onClick={() => act(() => api.trackerStop())}>
                      {t('pending.stop')}
                    </button>
                  ) : null}
                </div>
              </details>
              {recording === w.id && w.sessionId ? (
                <OvertimeReasonForm
                  sessionId={w.sessionId}
                  reasons={crossed}
                  cancelLabel={tUi('action.cancel')}
                  onCancel={() => setRecording(null)}
                  onSaved={() => {
                    setRecording(null);
                    setSaved(true);
                    void act(() => api.warningsDismiss({ id: w.id }));
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
