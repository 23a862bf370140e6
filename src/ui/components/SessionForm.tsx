/**
 * Add or edit one session. Validation messages appear next to their field; a start or end time that
 * falls in the DST gap or repeat asks which instant is meant before anything is saved. Edits need
 * a reason, which the audit log keeps.
 */
import { useState, type FormEvent } from 'react';
import type { Initiative, SessionKind, SessionLocation } from '../../core/model';
import type { Result } from '../../shared/result';
import type { SessionView } from '../api';
import { useI18n } from '../i18n';
import { formatClock, localDate } from '../lib/format';
import { validateSessionForm, type SessionDraft, type SessionField, type SessionFormValues } from '../lib/session-form';
import type { LocalTimeResult } from '../lib/local-time';
import { DstChoice } from './DstChoice';
import { Field } from './Field';

interface SessionFormProps {
  readonly zone: string;
  readonly now: number;
  readonly initial: SessionView | null;
  readonly onSubmit: (draft: SessionDraft, reason: string) => Promise<Result<unknown>>;
  readonly onCancel: () => void;
}

function initialValues(s: SessionView | null, zone: string, now: number): SessionFormValues {
  const start = s?.start ?? now - 3_600_000;
  const end = s?.end ?? now;
  return {
    startDate: localDate(start, zone),
    startTime: formatClock(start, zone),
    endDate: localDate(end, zone),
    endTime: formatClock(end, zone),
    kind: s?.kind ?? 'work',
    location: s?.location ?? 'home',
    initiative: s?.initiative ?? 'employer',
    breakWithDuties: s?.breakWithDuties ?? false,
    note: s?.note ?? '',
    reason: '',
  };
}

export function SessionForm({ zone, now, initial, onSubmit, onCancel }: SessionFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<SessionFormValues>(() => initialValues(initial, zone, now));
  const [choices, setChoices] = useState<Partial<Record<'start' | 'end', number>>>(() =>
    initial ? { start: initial.start, ...(initial.end !== null ? { end: initial.end } : {}) } : {},
  );
  const [errors, setErrors] = useState<Partial<Record<SessionField, string>>>({});
  const [pending, setPending] = useState<Partial<Record<'start' | 'end', LocalTimeResult>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsReason = initial !== null;

  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerError(null);
    const r = validateSessionForm({ values, zone, now, choices, needsReason });
    if (!r.ok) {
      setPending(r.pending);
      const shown: Partial<Record<SessionField, string>> = {};
      for (const [field, key] of Object.entries(r.errors)) shown[field as SessionField] = t(key);
      setErrors(shown);
      return;
    }
    setErrors({});
    setBusy(true);
    const saved = await onSubmit(r.draft, values.reason.trim());
    setBusy(false);
    if (!saved.ok) setServerError(saved.error.message);
  };

  const dst = (which: 'start' | 'end') => {
    const p = pending[which];
    if (!p || (p.kind !== 'gap' && p.kind !== 'ambiguous')) return null;
    const typed = which === 'start' ? values.startTime : values.endTime;
    return (
      <DstChoice
        result={p}
        typed={typed}
        zone={zone}
        value={choices[which]}
        legend={t(which === 'start' ? 'session.start' : 'session.end')}
        onChange={(instant) => setChoices((c) => ({ ...c, [which]: instant }))}
      />
    );
  };

  return (
    <form className="session-form" onSubmit={submit} noValidate aria-label={t(initial ? 'session.editTitle' : 'session.addTitle')}>
      <div className="form-row">
        <Field label={t('session.startDate')} error={errors.start}>
          <input type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} required />
        </Field>
        <Field label={t('session.startTime')} hint={t('form.hint.time')}>
          <input type="text" inputMode="numeric" value={values.startTime} onChange={(e) => set('startTime', e.target.value)} required />
        </Field>
      </div>
      {dst('start')}
      <div className="form-row">
        <Field label={t('session.endDate')} error={errors.end}>
          <input type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} required />
        </Field>
        <Field label={t('session.endTime')} hint={t('form.hint.time')}>
          <input type="text" inputMode="numeric" value={values.endTime} onChange={(e) => set('endTime', e.target.value)} required />
        </Field>
      </div>
      {dst('end')}
      <div className="form-row">
        <Field label={t('session.kind')}>
          <select value={values.kind} onChange={(e) => set('kind', e.target.value as SessionKind)}>
            <option value="work">{t('session.kind.work')}</option>
            <option value="on-call">{t('session.kind.on-call')}</option>
          </select>
        </Field>
        <Field label={t('session.location')}>
          <select value={values.location} onChange={(e) => set('location', e.target.value as SessionLocation)}>
            <option value="home">{t('session.location.home')}</option>
            <option value="office">{t('session.location.office')}</option>
            <option value="other">{t('session.location.other')}</option>
          </select>
        </Field>
        <Field label={t('session.initiative')} hint={t('session.initiative.hint')}>
          <select value={values.initiative} onChange={(e) => set('initiative', e.target.value as Initiative)}>
            <option value="employer">{t('session.initiative.employer')}</option>
            <option value="own">{t('session.initiative.own')}</option>
          </select>
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={values.breakWithDuties} onChange={(e) => set('breakWithDuties', e.target.checked)} />
        {t('session.breakWithDuties')}
      </label>
      <Field label={t('session.note')} error={errors.note}>
        <input type="text" value={values.note} onChange={(e) => set('note', e.target.value)} />
      </Field>
      {needsReason ? (
        <Field label={t('session.reason')} hint={t('session.reason.hint')} error={errors.reason}>
          <input type="text" value={values.reason} onChange={(e) => set('reason', e.target.value)} required />
        </Field>
      ) : null}
      {serverError ? (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(initial ? 'action.saveChanges' : 'action.addSession')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
