/**
 * Union summary (issue 8): pick a month or quarter and, optionally, group labels from the configured
 * lists; see exactly what the `fyrabend.summary/2` file contains in plain language; only then save it
 * into the export folder. Changing a choice hides the preview, so nothing unseen can be saved.
 * The group lists themselves are edited at the bottom of the page (GroupOptionsEditor). An invitation
 * from the representative (fyrabend.invite/1, issue 17) fixes the period and the lists to pick from.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { GROUP_DIMENSIONS, type GroupDimension, type GroupOptions } from '../../core/anonymise/model';
import type { Invite } from '../../core/anonymise/invite';
import { problemsText } from '../../shared/formats/problems';
import { MAX_INVITE_BYTES, parseInviteFile } from '../../shared/formats/invite';
import { useI18n } from '../i18n';
import { periodText } from '../../shared/i18n/week-label';
import type { SummaryPreview } from '../../shared/ipc/summary-contract';
import { api } from '../api';
import { Field } from '../components/Field';
import { GroupOptionsEditor } from '../components/GroupOptionsEditor';
import { useResource } from '../hooks/useResource';
import { useSummaryTexts } from '../hooks/useSummaryTexts';
import { localDate } from '../lib/format';
import { chosenFile, periodChoices, readChosenFiles } from '../lib/summary-files';

export function UnionSummaryPage({ zone, now = Date.now() }: { zone: string; now?: number }) {
  const t = useSummaryTexts();
  const choices = periodChoices(localDate(now, zone));
  const options = useResource(() => api.summaryOptions(), []);
  const [period, setPeriod] = useState(choices.months[0] as string);
  const [groups, setGroups] = useState<Partial<Record<GroupDimension, string>>>({});
  const [preview, setPreview] = useState<SummaryPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const { lang } = useI18n();
  const [invite, setInvite] = useState<{ text: string; value: Invite } | null>(null);
  const [inviteError, setInviteError] = useState<string | null>(null);
  const groupOptions = invite ? invite.value.groups : (options.data?.groupOptions ?? {});
  const dims = GROUP_DIMENSIONS.filter((d) => (groupOptions[d]?.length ?? 0) > 0);

  const changed = () => {
    setPreview(null);
    setSaved(null);
    setError(null);
  };
  const make = async () => {
    setBusy(true);
    changed();
    const r = await api.summaryMake({ period, groups, ...(invite ? { invite: invite.text } : {}) });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setPreview(r.value);
    requestAnimationFrame(() => previewHeading.current?.focus());
  };
  /** New lists: a chosen label that is gone is no longer chosen, and the preview must be made again. */
  const listsSaved = (lists: GroupOptions) => {
    setGroups((g) => Object.fromEntries(Object.entries(g).filter(([d, v]) => lists[d as GroupDimension]?.includes(v as string))));
    changed();
    options.reload();
  };
  const save = async () => {
    if (!preview) return;
    setBusy(true);
    const r = await api.summarySave({ text: preview.text });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setSaved(r.value.path);
  };

  const openInvite = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    const [read] = await readChosenFiles([chosenFile(f)], MAX_INVITE_BYTES);
    const parsed = read?.text === undefined ? null : parseInviteFile(read.text);
    changed();
    if (!parsed || !parsed.ok) {
      setInvite(null);
      return setInviteError(t('union.inviteBad', { file: f.name, reason: parsed ? problemsText(null, parsed.error, lang, 1) : '' }));
    }
    setInviteError(null);
    setInvite({ text: read?.text ?? '', value: parsed.value });
    setPeriod(parsed.value.period);
    setGroups({});
  };
  const closeInvite = () => (setInvite(null), setGroups({}), changed());
  const periods = invite ? { months: [], quarters: [], invited: [invite.value.period] } : { ...choices, invited: [] as string[] };

  return (
    <section aria-labelledby="union-h">
      <h1 id="union-h">{t('union.title')}</h1>
      <p>{t('union.intro')}</p>
      <Field label={t('union.inviteFile')} hint={t('union.inviteHint')} {...(inviteError ? { error: inviteError } : {})}>
        <input type="file" accept=".json,application/json" onChange={(e) => void openInvite(e)} />
      </Field>
      {invite ? (
        <div className="invite" role="status">
          <p>{t('union.inviteFrom', { period: periodText(invite.value.period, lang), contact: invite.value.contact })}</p>
          <button type="button" onClick={closeInvite}>
            {t('union.inviteClose')}
          </button>
        </div>
      ) : null}
      <form
        aria-labelledby="union-h"
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <Field label={t('union.period')}>
          <select value={period} onChange={(e) => (setPeriod(e.target.value), changed())}>
            {periods.invited.map((p) => (
              <option key={p} value={p}>
                {periodText(p, lang)}
              </option>
            ))}
            <optgroup label={t('union.months')}>
              {periods.months.map((m) => (
                <option key={m} value={m}>
                  {periodText(m, lang)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('union.quarters')}>
              {periods.quarters.map((q) => (
                <option key={q} value={q}>
                  {periodText(q, lang)}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        <fieldset>
          <legend>{t('union.groups')}</legend>
          {options.error ? (
            <p className="form-error" role="alert">
              {options.error}
            </p>
          ) : null}
          {dims.length === 0 && !options.loading ? <p>{t('union.noGroups')}</p> : null}
          {dims.map((d) => (
            <Field key={d} label={t(`union.dim.${d}`)}>
              <select
                value={groups[d] ?? ''}
                onChange={(e) => {
                  const v = e.target.value;
                  setGroups((g) => {
                    const next = { ...g };
                    if (v) next[d] = v;
                    else delete next[d];
                    return next;
                  });
                  changed();
                }}
              >
                <option value="">{t('union.notStated')}</option>
                {(groupOptions[d] ?? []).map((label) => (
                  <option key={label} value={label}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('union.make')}
          </button>
        </div>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <section aria-labelledby="union-preview-h" className="summary-preview">
          <h2 id="union-preview-h" tabIndex={-1} ref={previewHeading}>
            {t('union.previewTitle')}
          </h2>
          <ul className="plain-list" aria-label={t('union.previewTitle')}>
            {preview.preview.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <details>
            <summary>{t('union.rawTitle')}</summary>
            <pre className="summary-raw" tabIndex={0} aria-label={t('union.rawTitle')}>
              {preview.text}
            </pre>
          </details>
          <div className="actions">
            <button type="button" onClick={() => void save()} disabled={busy || saved !== null}>
              {t('union.save')}
            </button>
          </div>
        </section>
      ) : null}
      {saved ? (
        <p className="form-ok" role="status">
          {t('union.saved', { path: saved })}
        </p>
      ) : null}
      {options.data ? <GroupOptionsEditor stored={groupOptions} onSaved={listsSaved} /> : null}
    </section>
  );
}
