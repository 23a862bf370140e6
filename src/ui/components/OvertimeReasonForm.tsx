/**
 * The follow-up after a line is crossed: record the basis for the overtime (AML § 10-6 (1): only for
 * an exceptional, time-limited need; § 10-7: it is recorded). The ground is a required choice (the
 * first control), the free text is required for "other" and optional otherwise, and the user chooses
 * whether the overtime is paid or taken as time off in lieu (issue 15 item 2). Checked here and again
 * in the main process.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PlanReason } from '../../core/model';
import { DEFAULT_OVERTIME_TAKEN_AS, OVERTIME_GROUNDS, OVERTIME_TAKEN_AS, groundNeedsText, type OvertimeGround, type OvertimeTakenAs } from '../../core/overtime-basis';
import { translate } from '../../shared/i18n/catalog';
import { OVERTIME_BASIS_TEXTS, basisText } from '../../shared/i18n/overtime-basis';
import { api } from '../api';
import { Field } from './Field';
import { useI18n } from '../i18n';
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
  /** Called with the saved basis as one line (ground and text, in the window's language). */
  readonly onSavedText?: (text: string) => void;
  /** The preselected way of taking the overtime; when not given, the pay settings' `overtimeTakenAs` (else `pay`). */
  readonly defaultTakenAs?: OvertimeTakenAs;
}

export function OvertimeReasonForm({ sessionId, reasons, onSaved, onCancel, cancelLabel, title, onSavedText, defaultTakenAs }: Props) {
  const t = useWarningTexts();
  const { lang } = useI18n();
  const id = useId();
  const [ground, setGround] = useState<OvertimeGround | null>(null);
  const [takenAs, setTakenAs] = useState<OvertimeTakenAs>(defaultTakenAs ?? DEFAULT_OVERTIME_TAKEN_AS);
  const chosen = useRef(false);
  // Without a default from the caller, the pay settings' overtimeTakenAs is preselected (until the user chooses).
  useEffect(() => {
    if (defaultTakenAs !== undefined) return;
    let live = true;
    void api.paySettingsGet().then((r) => {
      const stored = r.ok ? r.value.settings.overtimeTakenAs : undefined;
      if (live && stored && !chosen.current) setTakenAs(stored);
    });
    return () => {
      live = false;
    };
  }, [defaultTakenAs]);
  const [text, setText] = useState('');
  const [groundError, setGroundError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [serverError, setServerError] = useState<string | null>(null);
  const bt = (key: `ground.${OvertimeGround}` | `takenAs.${OvertimeTakenAs}`) => translate(OVERTIME_BASIS_TEXTS, lang, key);

  const save = async () => {
    const problem = reasonProblem(text, ground);
    setGroundError(problem?.field === 'ground' ? t(problem.key, problem.params) : undefined);
    setError(problem?.field === 'text' ? t(problem.key, problem.params) : undefined);
    if (problem || ground === null) return;
    const r = await api.overtimeRecordReason({ sessionId, reasons: [...reasons], text: text.trim(), ground, takenAs });
    if (!r.ok) return setServerError(r.error.message);
    setServerError(null);
    onSavedText?.(basisText(lang, r.value));
    onSaved();
  };

  const groundHint = `${id}-ground-hint`;
  const groundErr = `${id}-ground-error`;
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
      <fieldset
        className={groundError ? 'choice-group choice-invalid' : 'choice-group'}
        role="radiogroup"
        aria-required="true"
        aria-invalid={groundError ? true : undefined}
        aria-describedby={groundError ? `${groundHint} ${groundErr}` : groundHint}
      >
        <legend>{t('reason.ground.legend')}</legend>
        <p className="field-hint" id={groundHint}>
          {t('reason.ground.hint')}
        </p>
        {OVERTIME_GROUNDS.map((g) => (
          <label key={g} className="radio">
            <input type="radio" name={`${id}-ground`} value={g} checked={ground === g} onChange={() => setGround(g)} />
            {bt(`ground.${g}`)}
          </label>
        ))}
        {groundError ? (
          <p className="field-error" id={groundErr} role="alert">
            <span aria-hidden="true">⚠ </span>
            {groundError}
          </p>
        ) : null}
      </fieldset>
      <Field label={t('reason.label')} hint={t('reason.hint', { max: REASON_MAX })} error={error}>
        <textarea rows={3} value={text} aria-required={ground !== null && groundNeedsText(ground) ? true : undefined} onChange={(e) => setText(e.target.value)} />
      </Field>
      <fieldset className="choice-group" role="radiogroup">
        <legend>{t('reason.takenAs.legend')}</legend>
        {OVERTIME_TAKEN_AS.map((v) => (
          <label key={v} className="radio">
            <input type="radio" name={`${id}-taken-as`} value={v} checked={takenAs === v} onChange={() => ((chosen.current = true), setTakenAs(v))} />
            {bt(`takenAs.${v}`)}
          </label>
        ))}
      </fieldset>
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
