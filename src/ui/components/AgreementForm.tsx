/**
 * The home-office agreement (forskrift § 2) and the working-time settings, each setting with one
 * line saying what it changes. Saving creates a version valid from the chosen date.
 */
import { useState, type FormEvent } from 'react';
import { WEEKDAYS, type Agreement, type Weekday } from '../../core/model';
import type { Result } from '../../shared/result';
import { localeOf, useI18n } from '../i18n';
import { agreementToForm, formToAgreement, periodStartProposal, periodStartSuggestion, type AgreementField, type AgreementFormValues } from '../lib/agreement-form';
import { ChoiceGroup } from './ChoiceGroup';
import { Field } from './Field';

interface AgreementFormProps {
  readonly base: Agreement;
  readonly onSave: (a: Agreement) => Promise<Result<unknown>>;
  /** The short first-run variant shows only the working time and the dates. */
  readonly compact?: boolean;
  readonly submitLabel?: string;
  /** Shows "saved" from the start: the page mounts a fresh form on the version it has just saved. */
  readonly savedOnMount?: boolean;
}

export function AgreementForm({ base, onSave, compact = false, submitLabel, savedOnMount = false }: AgreementFormProps) {
  const { t, lang } = useI18n();
  const [v, setV] = useState<AgreementFormValues>(() => agreementToForm(base, lang));
  const [errors, setErrors] = useState<Partial<Record<AgreementField, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(savedOnMount);
  const set = <K extends keyof AgreementFormValues>(key: K, value: AgreementFormValues[K]) => {
    setSaved(false);
    setV((old) => ({ ...old, [key]: value }));
  };
  const suggestion = periodStartSuggestion(v);
  // Inside a sentence Norwegian writes weekdays in lower case ("lørdag kl. 17:00"); English keeps the capital.
  const dayInText = (d: Weekday) => (lang === 'en' ? t(`weekday.${d}`) : t(`weekday.${d}`).toLocaleLowerCase(localeOf(lang)));
  const acceptSuggestion = () => {
    if (!suggestion) return;
    setSaved(false);
    setV((old) => ({ ...old, weeklyRestDay: suggestion.weekday, weeklyRestTime: suggestion.time }));
  };
  const setDay = (which: 'windows' | 'availability', d: Weekday, text: string) => set(which, { ...v[which], [d]: text });
  const toggleHome = (d: Weekday) => set('homeDays', v.homeDays.includes(d) ? v.homeDays.filter((x) => x !== d) : [...v.homeDays, d]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerError(null);
    const r = formToAgreement(v, base);
    if (!r.ok) {
      const shown: Partial<Record<AgreementField, string>> = {};
      for (const [f, key] of Object.entries(r.errors)) shown[f as AgreementField] = t(key);
      setErrors(shown);
      return;
    }
    setErrors({});
    const res = await onSave(r.agreement);
    if (res.ok) setSaved(true);
    else setServerError(res.error.message);
  };

  const text = (key: 'scope' | 'termination' | 'trialPeriod' | 'equipment' | 'confidentiality') => (
    <Field label={t(`agreement.${key}`)} hint={t(`agreement.${key}.hint`)}>
      <input type="text" value={v[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );

  /** Spec § 7.2: where the seven-day weekly-rest periods start, with the proposal from the agreed windows. */
  const periodStart = () => (
    <>
      <div className="form-row period-start">
        <Field label={t('agreement.weeklyRestDay')}>
          <select value={v.weeklyRestDay} onChange={(e) => set('weeklyRestDay', e.target.value as Weekday)}>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {t(`weekday.${d}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('agreement.weeklyRestTime')} hint={t('agreement.weeklyRestTime.hint')} error={errors.weeklyRestTime}>
          <input type="text" inputMode="numeric" value={v.weeklyRestTime} onChange={(e) => set('weeklyRestTime', e.target.value)} />
        </Field>
      </div>
      {suggestion ? (
        <div className="suggestion">
          <p>{t('agreement.weeklyRestProposal', { day: dayInText(suggestion.weekday), time: suggestion.time })}</p>
          <button type="button" onClick={acceptSuggestion}>
            {t('agreement.weeklyRestProposal.use', { day: dayInText(suggestion.weekday), time: suggestion.time })}
          </button>
        </div>
      ) : null}
    </>
  );

  return (
    <form onSubmit={submit} noValidate className="agreement-form" aria-label={t('agreement.formLabel')}>
      <div className="form-row">
        <Field label={t('agreement.validFrom')} hint={t('agreement.validFrom.hint')} error={errors.validFrom}>
          <input type="date" value={v.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
        </Field>
        <Field label={t('agreement.weeklyHours')} hint={compact ? undefined : t('agreement.weeklyHours.hint')} error={errors.weeklyHours}>
          <input type="text" inputMode="decimal" value={v.weeklyHours} onChange={(e) => set('weeklyHours', e.target.value)} />
        </Field>
      </div>
      <fieldset>
        <legend>{t('agreement.windows')}</legend>
        <p className="field-hint">{t('agreement.windows.hint')}</p>
        <div className="week-grid">
          {WEEKDAYS.map((d) => (
            <Field key={d} label={t(`weekday.${d}`)} error={errors[`windows.${d}`]}>
              <input type="text" value={v.windows[d]} onChange={(e) => setDay('windows', d, e.target.value)} />
            </Field>
          ))}
        </div>
      </fieldset>
      {compact && periodStartProposal(v) !== null ? (
        // The short first-run form shows the weekly-rest period start only to someone who works at weekends (spec § 7.2).
        <fieldset>
          <legend>{t('agreement.weeklyRest')}</legend>
          <p className="field-hint">{t('agreement.weeklyRest.hint')}</p>
          {periodStart()}
        </fieldset>
      ) : null}
      {compact ? null : (
        <>
          <fieldset>
            <legend>{t('agreement.availability')}</legend>
            <p className="field-hint">{t('agreement.availability.hint')}</p>
            <div className="week-grid">
              {WEEKDAYS.map((d) => (
                <Field key={d} label={t(`weekday.${d}`)} error={errors[`availability.${d}`]}>
                  <input type="text" value={v.availability[d]} onChange={(e) => setDay('availability', d, e.target.value)} />
                </Field>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('agreement.homeOffice')}</legend>
            <fieldset className="inline">
              <legend>{t('agreement.homeDays')}</legend>
              {WEEKDAYS.map((d) => (
                <label key={d} className="checkbox">
                  <input type="checkbox" checked={v.homeDays.includes(d)} onChange={() => toggleHome(d)} />
                  {t(`weekday.${d}`)}
                </label>
              ))}
            </fieldset>
            {text('scope')}
            <Field label={t('agreement.temporaryUntil')} hint={t('agreement.temporaryUntil.hint')} error={errors.temporaryUntil}>
              <input type="date" value={v.temporaryUntil} onChange={(e) => set('temporaryUntil', e.target.value)} />
            </Field>
            {text('termination')}
            {text('trialPeriod')}
            {text('equipment')}
            {text('confidentiality')}
          </fieldset>
          <fieldset id="agreement-limits" tabIndex={-1}>
            <legend>{t('agreement.limits')}</legend>
            <Field label={t('agreement.averaging')} hint={t('agreement.averaging.hint')}>
              <select value={v.averaging} onChange={(e) => set('averaging', e.target.value as AgreementFormValues['averaging'])}>
                <option value="none">{t('agreement.averaging.none')}</option>
                <option value="individual">{t('agreement.averaging.individual')}</option>
                <option value="tariff">{t('agreement.averaging.tariff')}</option>
              </select>
            </Field>
            {v.averaging !== 'none' ? (
              <div className="form-row">
                <Field label={t('agreement.averagingFrom')} error={errors.averagingFrom}>
                  <input type="date" value={v.averagingFrom} onChange={(e) => set('averagingFrom', e.target.value)} />
                </Field>
                <Field label={t('agreement.averagingTo')} error={errors.averagingTo}>
                  <input type="date" value={v.averagingTo} onChange={(e) => set('averagingTo', e.target.value)} />
                </Field>
              </div>
            ) : null}
            <Field label={t('agreement.restDaily')} hint={t('agreement.restDaily.hint')} error={errors.restDailyHours}>
              <input type="text" inputMode="decimal" value={v.restDailyHours} onChange={(e) => set('restDailyHours', e.target.value)} />
            </Field>
            <ChoiceGroup
              legend={t('agreement.dailyRestReading')}
              value={v.dailyRestReading}
              onChange={(x) => set('dailyRestReading', x)}
              choices={(['between-work-days', 'within-24h'] as const).map((x) => ({ value: x, label: t(`agreement.dailyRestReading.${x}`), hint: t(`agreement.dailyRestReading.${x}.hint`) }))}
            />
            <fieldset>
              <legend>{t('agreement.weeklyRest')}</legend>
              <p className="field-hint">{t('agreement.weeklyRest.hint')}</p>
              {periodStart()}
              <ChoiceGroup
                legend={t('agreement.weeklyRestCounting')}
                value={v.weeklyRestCounting}
                onChange={(x) => set('weeklyRestCounting', x)}
                choices={(['inside-period', 'starts-in-period'] as const).map((x) => ({ value: x, label: t(`agreement.weeklyRestCounting.${x}`), hint: t(`agreement.weeklyRestCounting.${x}.hint`) }))}
              />
            </fieldset>
            <Field label={t('agreement.breakStretchGap')} hint={t('agreement.breakStretchGap.hint')} error={errors.breakStretchGapMinutes}>
              <input type="text" inputMode="numeric" value={v.breakStretchGapMinutes} onChange={(e) => set('breakStretchGapMinutes', e.target.value)} />
            </Field>
            <ChoiceGroup
              legend={t('agreement.onCall')}
              value={v.onCallCountsTowardDay ? 'day' : 'week'}
              onChange={(x) => set('onCallCountsTowardDay', x === 'day')}
              choices={(['week', 'day'] as const).map((x) => ({ value: x, label: t(`agreement.onCall.${x}`), hint: t(`agreement.onCall.${x}.hint`) }))}
            />
            <label className="checkbox">
              <input type="checkbox" checked={v.ownInitiativeEvening} onChange={(e) => set('ownInitiativeEvening', e.target.checked)} />
              {t('agreement.ownInitiative')}
            </label>
            <p className="field-hint">{t('agreement.ownInitiative.hint')}</p>
            <Field label={t('agreement.exempt')} hint={t('agreement.exempt.hint')}>
              <select value={v.exempt} onChange={(e) => set('exempt', e.target.value as AgreementFormValues['exempt'])}>
                <option value="none">{t('agreement.exempt.none')}</option>
                <option value="leading">{t('agreement.exempt.leading')}</option>
                <option value="independent">{t('agreement.exempt.independent')}</option>
              </select>
            </Field>
          </fieldset>
        </>
      )}
      {serverError ? (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      ) : null}
      {saved ? (
        <p className="form-ok" role="status">
          {t('agreement.saved')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel ?? t('agreement.save')}
        </button>
      </div>
    </form>
  );
}
