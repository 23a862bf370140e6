/** Sessions: add, edit, delete (with a reason), and the visible edit history from the audit log. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type SessionView } from '../api';
import { Field } from '../components/Field';
import { SessionForm } from '../components/SessionForm';
import { useResource } from '../hooks/useResource';
import { useI18n } from '../i18n';
import { basisLogText } from '../../shared/i18n/overtime-basis';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { addDays, dayBounds } from '../lib/day';
import { formatDateTime, formatDuration, localDate } from '../lib/format';
import { auditReasonText, reasonLine } from '../lib/audit-reason';
import type { SessionDraft } from '../lib/session-form';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; session: SessionView } | { kind: 'delete'; session: SessionView };

export function SessionsPage({ zone, changed, onChanged }: { zone: string; changed: number; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const today = localDate(Date.now(), zone);
  const [from, setFrom] = useState(() => addDays(today, -13));
  const [to, setTo] = useState(today);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const tt = useTodayTexts();
  // Issue 14 item 8: after Save, Delete or Cancel the form is gone; focus goes to "Add session", never to <body>.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasForm = useRef(false);
  useEffect(() => {
    if (mode.kind !== 'list') wasForm.current = true;
    else if (wasForm.current) {
      wasForm.current = false;
      addButton.current?.focus();
    }
  }, [mode.kind]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const range = from <= to ? { from: dayBounds(from, zone).start, to: dayBounds(to, zone).end } : null;
  const list = useResource(async () => (range ? api.sessionsList(range) : { ok: true as const, value: [] }), [from, to, changed]);
  const history = useResource(() => api.sessionsHistory(), [changed]);

  const save = async (draft: SessionDraft, why: string) => {
    const session = { ...draft, zone };
    const r = mode.kind === 'edit' ? await api.sessionsEdit({ id: mode.session.id, session, reason: why }) : await api.sessionsAdd({ session });
    if (r.ok) {
      setMode({ kind: 'list' });
      onChanged();
    }
    return r;
  };

  const remove = async (e: FormEvent) => {
    e.preventDefault();
    if (mode.kind !== 'delete') return;
    if (reason.trim() === '') {
      setReasonError(t('form.error.reasonRequired'));
      return;
    }
    const r = await api.sessionsDelete({ id: mode.session.id, reason: reason.trim() });
    if (!r.ok) {
      setReasonError(r.error.message);
      return;
    }
    setReason('');
    setReasonError(null);
    setMode({ kind: 'list' });
    onChanged();
  };

  const describe = (s: SessionView | null) => (s ? `${formatDateTime(s.start, zone)} – ${formatDateTime(s.end, zone)}` : '—');

  return (
    <section aria-labelledby="sessions-h">
      <h1 id="sessions-h">{t('sessions.title')}</h1>
      {mode.kind === 'add' || mode.kind === 'edit' ? (
        <>
          <h2>{t(mode.kind === 'add' ? 'session.addTitle' : 'session.editTitle')}</h2>
          <SessionForm zone={zone} now={Date.now()} initial={mode.kind === 'edit' ? mode.session : null} onSubmit={save} onCancel={() => setMode({ kind: 'list' })} />
        </>
      ) : null}
      {mode.kind === 'delete' ? (
        <form onSubmit={remove} noValidate className="delete-form" aria-label={t('session.deleteTitle')}>
          <h2>{t('session.deleteTitle')}</h2>
          <p>{describe(mode.session)}</p>
          <Field label={t('session.reason')} hint={t('session.reason.hint')} error={reasonError ?? undefined}>
            <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="actions">
            <button type="submit" className="danger">
              {t('action.delete')}
            </button>
            <button type="button" onClick={() => setMode({ kind: 'list' })}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {mode.kind === 'list' ? (
        <div className="actions">
          <button type="button" className="primary" ref={addButton} onClick={() => setMode({ kind: 'add' })}>
            {t('action.addSession')}
          </button>
        </div>
      ) : null}
      <div className="form-row filters">
        <Field label={t('findings.from')}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t('findings.to')} error={from <= to ? undefined : t('form.error.periodOrder')}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      {list.error ? (
        <p className="form-error" role="alert">
          {list.error}
        </p>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('sessions.caption')}>
      <table className="sessions-table">
        <caption>{t('sessions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('session.start')}</th>
            <th scope="col">{t('session.end')}</th>
            <th scope="col">{t('sessions.length')}</th>
            <th scope="col">{t('session.kind')}</th>
            <th scope="col">{t('session.note')}</th>
            <th scope="col">{t('sessions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((s) => (
            <tr key={s.id}>
              <td>{formatDateTime(s.start, zone, true)}</td>
              <td>{formatDateTime(s.end, zone, true)}</td>
              <td>{formatDuration(s.end - s.start, lang)}</td>
              <td>
                {t(`session.kind.${s.kind}`)}, {t(`session.location.${s.location}`)}
                {s.initiative === 'own' ? `, ${t('session.initiative.own')}` : ''}
                {s.review ? ` (${t(`review.${s.review}`)})` : ''}
              </td>
              <td>{s.note ?? ''}</td>
              <td className="row-actions">
                <button type="button" onClick={() => setMode({ kind: 'edit', session: s })} aria-label={t('action.editSessionAt', { when: formatDateTime(s.start, zone) })}>
                  {t('action.edit')}
                </button>
                <button type="button" onClick={() => setMode({ kind: 'delete', session: s })} aria-label={t('action.deleteSessionAt', { when: formatDateTime(s.start, zone) })}>
                  {t('action.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h2>{t('sessions.history')}</h2>
      {(history.data ?? []).length === 0 ? <p>{t('sessions.noHistory')}</p> : null}
      <ol className="history">
        {[...(history.data ?? [])].reverse().map((h) => (
          <li key={h.id}>
            {h.action === 'overtime-reason' ? (
              <>
                <strong>{formatDateTime(h.at, zone)}</strong> — {tt('basis.recorded', { text: basisLogText(lang, { text: h.reason, ...(h.basis ?? {}) }) })}
              </>
            ) : h.action === 'change-start' ? (
              <>
                <strong>{formatDateTime(h.at, zone)}</strong> — {reasonLine(h.reason, lang, zone)}
              </>
            ) : (
              <>
                <strong>{formatDateTime(h.at, zone)}</strong> — {t(`audit.${h.action === 'add' || h.action === 'edit' || h.action === 'delete' ? h.action : 'other'}`)}: {describe(h.before)} →{' '}
                {describe(h.after)}
                {h.reason ? ` · ${t('sessions.reasonWas', { reason: auditReasonText(h.reason, lang, zone) })}` : ''}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
