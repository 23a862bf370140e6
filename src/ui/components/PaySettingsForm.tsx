/**
 * The pay settings form: employee number, what is paid as overtime, the overtime rules (preset) with
 * their supplements, how overtime is taken when its reason does not say (paid out or time off in lieu,
 * issue 15 item 2), a wage type per pay class and an optional one per absence kind (issue 15). Each wrong field gets its message next to it;
 * nothing is sent until every field is right. The main process checks again (AML § 10-6 (11)).
 */
import { useEffect, useState } from 'react';
import { VISMA_ENCODINGS, type PaySettings, type VismaEncoding } from '../../core/pay/types';
import { OVERTIME_TAKEN_AS } from '../../core/overtime-basis';
import { api } from '../api';
import { Field } from './Field';
import { useExportTexts } from '../hooks/useExportTexts';
import { useAbsenceTexts } from '../hooks/useAbsenceTexts';
import { absenceWageKinds, formClasses, formOf, presetRules, settingsOf, withPreset, type PayForm, type PayFormErrors, type RulePreset } from '../lib/pay-settings-form';
import { FormMessage, type FormOutcome } from './FormMessage';

interface Props {
  readonly stored: PaySettings;
  readonly isStored: boolean;
  readonly onSaved: (settings: PaySettings) => void;
}

export function PaySettingsForm({ stored, isStored, onSaved }: Props) {
  const t = useExportTexts();
  const ta = useAbsenceTexts();
  const [form, setForm] = useState<PayForm>(() => formOf(stored));
  const [errors, setErrors] = useState<PayFormErrors>({});
  const [message, setMessage] = useState<FormOutcome | null>(null);
  useEffect(() => setForm(formOf(stored)), [stored]);

  const rules = presetRules(form.preset, stored.overtime);
  const percentOf = (id: string): string => form.percents[id] ?? String(rules.classes.find((c) => c.id === id)?.percent ?? '');
  const className = (id: string): string => {
    const ot = rules.classes.find((c) => c.id === id);
    if (ot) return t('class.overtime', { percent: percentOf(id) });
    return id === 'normal' || id === 'merarbeid' || id === 'night' || id === 'sunday' || id === 'on-call' ? t(`class.${id}`) : id;
  };
  const set = (patch: Partial<PayForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setMessage(null);
  };
  const err = (field: string): string | undefined => (errors[field] ? t(errors[field]) : undefined);

  const save = async () => {
    const checked = settingsOf(form, stored);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage({ kind: 'error', text: t('pay.fixErrors') });
      return;
    }
    setErrors({});
    const r = await api.paySettingsSave({ settings: checked.settings });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: t('pay.saved') });
    onSaved(r.value.settings);
  };

  return (
    <form
      aria-labelledby="pay-h"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="pay-h">{t('pay.title')}</h2>
      <p>{t('pay.intro')}</p>
      {isStored ? null : <p className="notice">{t('pay.notStored')}</p>}
      <Field label={t('pay.employeeNumber')} hint={t('pay.employeeNumberHint')} error={err('employeeNumber')}>
        <input type="text" inputMode="numeric" autoComplete="off" value={form.employeeNumber} onChange={(e) => set({ employeeNumber: e.target.value })} />
      </Field>
      <Field label={t('pay.employeeName')} error={err('employeeName')}>
        <input type="text" autoComplete="name" value={form.employeeName} onChange={(e) => set({ employeeName: e.target.value })} />
      </Field>
      <Field label={t('pay.basis')}>
        <select value={form.basis} onChange={(e) => set({ basis: e.target.value === 'beyond-agreed' ? 'beyond-agreed' : 'aml' })}>
          <option value="aml">{t('pay.basis.aml')}</option>
          <option value="beyond-agreed">{t('pay.basis.beyond-agreed')}</option>
        </select>
      </Field>
      <fieldset className="choice-group" role="radiogroup" aria-describedby="pay-taken-as-hint">
        <legend>{t('pay.takenAs')}</legend>
        <p className="hint" id="pay-taken-as-hint">
          {t('pay.takenAsHint')}
        </p>
        {OVERTIME_TAKEN_AS.map((v) => (
          <label key={v} className="radio">
            <input type="radio" name="pay-taken-as" value={v} checked={form.overtimeTakenAs === v} onChange={() => set({ overtimeTakenAs: v })} />
            {t(`pay.takenAs.${v}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('pay.preset')}>
        <select
          value={form.preset}
          onChange={(e) => {
            setForm((f) => withPreset(f, e.target.value as RulePreset, stored.overtime));
            setErrors({});
          }}
        >
          <option value="aml">{t('pay.preset.aml')}</option>
          <option value="tariff">{t('pay.preset.tariff')}</option>
          {formOf(stored).preset === 'custom' ? <option value="custom">{t('pay.preset.custom')}</option> : null}
        </select>
      </Field>
      {rules.classes.map((c, i) => (
        <Field key={c.id} label={t('pay.percent', { n: i + 1 })} error={err(`percent.${c.id}`)}>
          <input type="text" inputMode="numeric" value={percentOf(c.id)} onChange={(e) => set({ percents: { ...form.percents, [c.id]: e.target.value } })} />
        </Field>
      ))}
      <fieldset>
        <legend>{t('pay.wageTypes')}</legend>
        {formClasses(form, stored.overtime).map((id) => (
          <Field key={id} label={t('pay.wageType', { cls: className(id) })} error={err(`wageType.${id}`)}>
            <input type="text" autoComplete="off" value={form.wageTypes[id] ?? ''} onChange={(e) => set({ wageTypes: { ...form.wageTypes, [id]: e.target.value } })} />
          </Field>
        ))}
      </fieldset>
      <fieldset aria-describedby="pay-absence-hint">
        <legend>{t('pay.absenceWageTypes')}</legend>
        <p className="hint" id="pay-absence-hint">
          {t('pay.absenceWageTypesHint')}
        </p>
        {absenceWageKinds().map((kind) => (
          <Field key={kind} label={t('pay.wageType', { cls: ta(`kind.${kind}`) })} error={err(`wageType.${kind}`)}>
            <input type="text" autoComplete="off" value={form.wageTypes[kind] ?? ''} onChange={(e) => set({ wageTypes: { ...form.wageTypes, [kind]: e.target.value } })} />
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('pay.visma')}</legend>
        <p className="hint">{t('pay.vismaIntro')}</p>
        <Field label={t('pay.wageYear')} error={err('wageYear')}>
          <input type="text" inputMode="numeric" autoComplete="off" value={form.wageYear} onChange={(e) => set({ wageYear: e.target.value })} />
        </Field>
        <Field label={t('pay.runNumber')} error={err('runNumber')}>
          <input type="text" inputMode="numeric" autoComplete="off" value={form.runNumber} onChange={(e) => set({ runNumber: e.target.value })} />
        </Field>
        <Field label={t('pay.department')} error={err('department')}>
          <input type="text" autoComplete="off" value={form.department} onChange={(e) => set({ department: e.target.value })} />
        </Field>
        <Field label={t('pay.project')} error={err('project')}>
          <input type="text" autoComplete="off" value={form.project} onChange={(e) => set({ project: e.target.value })} />
        </Field>
        <Field label={t('pay.encoding')}>
          <select value={form.encoding} onChange={(e) => set({ encoding: e.target.value as VismaEncoding })}>
            {VISMA_ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {t(`pay.encoding.${enc}`)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {t('pay.save')}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
