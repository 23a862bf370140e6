/** Settings: language, warning lead time, idle threshold, autostart, data folder (shown and moved), backup and restore, log and diagnostics. */
import { useEffect, useState, type FormEvent } from 'react';
import type { Lang } from '../../core/model';
import { api, type Settings } from '../api';
import { DataFolderMove } from '../components/DataFolderMove';
import { Diagnostics } from '../components/Diagnostics';
import { Field } from '../components/Field';
import { useResource } from '../hooks/useResource';
import { useI18n } from '../i18n';
import { formatDateTime } from '../lib/format';
import { FormMessage } from '../components/FormMessage';
import { useTodayTexts } from '../hooks/useTodayTexts';

type Errors = Partial<Record<'warningLeadMinutes' | 'idleMinutes', string>>;

/** Validates the number fields; returns the patch or the errors per field. */
export function settingsPatch(lead: string, idle: string): { ok: true; lead: number; idle: number } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const l = Number(lead.trim());
  const i = Number(idle.trim());
  if (!/^\d+$/.test(lead.trim()) || l > 120) errors.warningLeadMinutes = 'settings.error.lead';
  if (!/^\d+$/.test(idle.trim()) || i < 1 || i > 240) errors.idleMinutes = 'settings.error.idle';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, lead: l, idle: i };
}

export function SettingsPage({ settings, zone, onChanged }: { settings: Settings; zone: string; onChanged: (s: Settings) => void }) {
  const { t } = useI18n();
  const tt = useTodayTexts();
  const [lead, setLead] = useState(String(settings.warningLeadMinutes));
  const [idle, setIdle] = useState(String(settings.idleMinutes));
  const [autostart, setAutostart] = useState(settings.autostart);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const backups = useResource(() => api.backupList(), []);
  const [restoreName, setRestoreName] = useState('');
  useEffect(() => setAutostart(settings.autostart), [settings.autostart]);
  // Shown at once when ticked (the box follows the click), saved at once; a refusal puts it back.
  const [repPage, setRepPage] = useState(settings.repPage === true);
  useEffect(() => setRepPage(settings.repPage === true), [settings.repPage]);

  const apply = async (patch: Parameters<typeof api.settingsSet>[0]) => {
    const r = await api.settingsSet(patch);
    if (r.ok) {
      onChanged(r.value);
      setMessage({ ok: true, text: t('settings.saved') });
    } else setMessage({ ok: false, text: r.error.message });
    return r.ok;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = settingsPatch(lead, idle);
    if (!p.ok) {
      setErrors(Object.fromEntries(Object.entries(p.errors).map(([k, v]) => [k, t(v as 'settings.error.lead')])));
      return;
    }
    setErrors({});
    await apply({ warningLeadMinutes: p.lead, idleMinutes: p.idle, autostart });
  };

  const backupNow = async () => {
    const r = await api.backupNow();
    setMessage(r.ok ? { ok: true, text: t('settings.backupDone', { name: r.value.name }) } : { ok: false, text: r.error.message });
    backups.reload();
  };
  const restore = async () => {
    if (!restoreName) return;
    const r = await api.backupRestore({ name: restoreName });
    setMessage(r.ok ? { ok: true, text: t('settings.restoreDone') } : { ok: false, text: r.error.message });
  };

  return (
    <section aria-labelledby="settings-h">
      <h1 id="settings-h">{t('settings.title')}</h1>
      <Field label={t('settings.lang')} hint={t('settings.lang.hint')}>
        <select value={settings.lang} onChange={(e) => void apply({ lang: e.target.value as Lang })}>
          <option value="nb">Norsk bokmål</option>
          <option value="nn">Norsk nynorsk</option>
          <option value="en">English</option>
        </select>
      </Field>
      <form onSubmit={submit} noValidate aria-label={t('settings.formLabel')}>
        <Field label={t('settings.lead')} hint={t('settings.lead.hint')} error={errors.warningLeadMinutes}>
          <input type="text" inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value)} />
        </Field>
        <Field label={t('settings.idle')} hint={t('settings.idle.hint')} error={errors.idleMinutes}>
          <input type="text" inputMode="numeric" value={idle} onChange={(e) => setIdle(e.target.value)} />
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={autostart} onChange={(e) => setAutostart(e.target.checked)} />
          {t('settings.autostart')}
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
        </div>
      </form>
      {/* Issue 14 item 8: the representative's page is a tool for the representative only; off until turned on here (saved at once). */}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={repPage}
            aria-describedby="rep-page-hint"
            onChange={(e) => {
              const on = e.target.checked;
              setRepPage(on);
              void apply({ repPage: on }).then((saved) => {
                if (!saved) setRepPage(!on);
              });
            }}
          />
          {tt('settings.repPage')}
        </label>
        <p className="field-hint" id="rep-page-hint">
          {tt('settings.repPage.hint')}
        </p>
      </div>
      <FormMessage message={message && { kind: message.ok ? 'ok' : 'error', text: message.text }} />
      <h2>{t('settings.data')}</h2>
      <p>
        {t('settings.dataFolder')}: <code>{settings.dataFolder}</code>
      </p>
      <DataFolderMove current={settings.dataFolder} />
      <div className="actions">
        <button type="button" onClick={backupNow}>
          {t('settings.backupNow')}
        </button>
      </div>
      <Field label={t('settings.restoreFrom')} hint={t('settings.restore.hint')}>
        <select value={restoreName} onChange={(e) => setRestoreName(e.target.value)}>
          <option value="">{t('settings.chooseBackup')}</option>
          {(backups.data ?? []).map((b) => (
            <option key={b.name} value={b.name}>
              {formatDateTime(b.createdAt, zone)} ({b.name})
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="button" onClick={restore} disabled={!restoreName}>
          {t('settings.restore')}
        </button>
      </div>
      <Diagnostics />
    </section>
  );
}
