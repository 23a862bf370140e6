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
  /** Issue 14 item 4: the heading when the form is a dialog of its own (with its id, for aria-labelledby). */
  readonly title?: { readonly id: string; readonly text: string };
  /** Called with the saved text (after onSaved's caller has what it needs to show it). */
  readonly onSavedText?: (text: string) => void;
}

export function OvertimeReasonForm({ sessionId, reasons, onSaved, onCancel, cancelLabel, title, onSavedText }: Props) {
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
    onSavedText?.(r.value.text);
    onSaved();
  };

  return (
    <form
      {...(title ? { 'aria-labelledby': title.id } : { 'aria-label': t('reason.title') })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {title ? <h2 id={title.id}>{title.text}</h2> : <h3>{t('reason.title')}</h3>}
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
