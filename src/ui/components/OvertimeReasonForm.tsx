/**
 * The follow-up after a line is crossed: record why the overtime is needed (AML § 10-6 (1): only for
 * an exceptional, time-limited need; § 10-7: it is recorded). Checked here and again in the main process.
 */
import { useState } from 'react';
import type { PlanReason } from '../../core/model';
import { api } from '../api';
import { Field } from './Field';
import { useWarningTexts } from '../hooks/useWarningTexts';
import { REASON_MAX, reasonProblem } from '../lib/overtime-reason';

interface Props {
  readonly sessionId: string;
  /** The lines crossed that the reason answers. */
  readonly reasons: readonly PlanReason[];
  readonly onSaved: () => void;
  readonly onCancel: () => void;
  readonly cancelLabel: string;
}

export function OvertimeReasonForm({ sessionId, reasons, onSaved, onCancel, cancelLabel }: Props) {
  const t = useWarningTexts();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverError, setServerError] = useState<string | null>(null);

  const save = async () => {
    const problem = reasonProblem(text);
    if (problem) return setError(t(problem.key, problem.params));
    setError(undefined);
    const r = await api.overtimeRecordReason({ sessionId, reasons: [...reasons], text: text.trim() });
    if (!r.ok) return setServerError(r.error.message);
    setServerError(null);
    onSaved();
  };

  return (
    <form
      aria-label={t('reason.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('reason.title')}</h3>
      <p>{t('reason.intro')}</p>
      <Field label={t('reason.label')} hint={t('reason.hint', { max: REASON_MAX })} error={error}>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {serverError ? (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('reason.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
