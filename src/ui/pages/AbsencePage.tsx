/**
 * Absence (issue 15): enter, change and delete holiday, sick leave and other absence; the month as a
 * calendar of work, absence and red days; the flexitime balance (saldo) and, once, a balance carried
 * over from before Fyrabend. Every value is checked by the main process; its refusal is shown as is.
 */
import { useState, type FormEvent } from 'react';
import { ABSENCE_KINDS, type AbsenceKind } from '../../core/absence/model';
import type { AbsenceView } from '../../shared/ipc/absence-contract';
import { api } from '../api';
import { Field } from '../components/Field';
import { FormMessage, type FormOutcome } from '../components/FormMessage';
import { useAbsenceTexts } from '../hooks/useAbsenceTexts';
import { useResource } from '../hooks/useResource';
import { useI18n } from '../i18n';
import { formatBalance, formatDay, formatHours, localDate } from '../lib/format';

interface Draft {
  readonly kind: AbsenceKind;
  readonly from: string;
  readonly to: string;
  readonly partDay: boolean;
  readonly hours: string;
  readonly document: '' | 'egenmelding' | 'sykmelding';
  readonly paid: boolean;
  readonly note: string;
}

const SICK: readonly AbsenceKind[] = ['sykdom', 'sykt-barn'];

function draftOf(a: AbsenceView | null, today: string): Draft {
  if (!a) return { kind: 'ferie', from: today, to: today, partDay: false, hours: '', document: '', paid: true, note: '' };
  return { kind: a.kind, from: a.from, to: a.to, partDay: a.hours !== null, hours: a.hours === null ? '' : String(a.hours).replace('.', ','), document: a.document ?? '', paid: a.paid ?? true, note: a.note ?? '' };
}

/** The first and last date of the month holding `date`. */
function monthOf(date: string): { from: string; to: string } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

export function AbsencePage({ zone, changed, onChanged }: { zone: string; changed: number; onChanged: () => void }) {
  const t = useAbsenceTexts();
  const { lang } = useI18n();
  const today = localDate(Date.now(), zone);
  const month = monthOf(today);
  const year = today.slice(0, 4);
  const [editing, setEditing] = useState<AbsenceView | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(null, today));
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [hoursError, setHoursError] = useState<string | undefined>(undefined);
  const [carried, setCarried] = useState({ hours: '', from: today });
  const [carriedOutcome, setCarriedOutcome] = useState<FormOutcome | null>(null);
  const list = useResource(() => api.absenceList({ from: `${year}-01-01`, to: `${year}-12-31` }), [changed, year]);
  const balance = useResource(() => api.balancePeriod(month), [changed, month.from]);
  // "Saldo i dag" is the running balance up to today (as on Today), not at the end of the month.
  const todays = useResource(() => api.balancePeriod({ from: today, to: today }), [changed, today]);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const hours = draft.partDay ? Number(draft.hours.replace(',', '.')) : null;
    if (draft.partDay && (!Number.isFinite(hours) || (hours as number) <= 0 || (hours as number) > 24)) {
      setHoursError(t('error.hours'));
      return;
    }
    setHoursError(undefined);
    const absence = {
      kind: draft.kind,
      from: draft.from,
      to: draft.to,
      hours,
      ...(SICK.includes(draft.kind) && draft.document ? { document: draft.document } : {}),
      ...(draft.kind === 'permisjon' ? { paid: draft.paid } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    };
    const r = await api.absenceSave(editing ? { id: editing.id, absence } : { absence });
    if (!r.ok) {
      setOutcome({ kind: 'error', text: r.error.message });
      return;
    }
    setOutcome({ kind: 'ok', text: t('form.saved') });
    setEditing(null);
    setDraft(draftOf(null, today));
    onChanged();
  };

  const remove = async (a: AbsenceView) => {
    const r = await api.absenceDelete({ id: a.id });
    setOutcome(r.ok ? { kind: 'ok', text: t('list.deleted') } : { kind: 'error', text: r.error.message });
    if (r.ok) onChanged();
  };

  const saveCarried = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.balanceCarriedOverSet({ hours: Number(carried.hours.replace(',', '.').replace('−', '-')), from: carried.from });
    setCarriedOutcome(r.ok ? { kind: 'ok', text: t('carried.saved') } : { kind: 'error', text: r.error.message });
    if (r.ok) onChanged();
  };

  const b = balance.data;
  return (
    <section aria-labelledby="absence-h">
      <h1 id="absence-h">{t('absence.title')}</h1>
      <p>{t('absence.intro')}</p>

      <section aria-labelledby="balance-h" className="figures-box">
        <h2 id="balance-h">{t('balance.title')}</h2>
        {b ? (
          <>
            {todays.data ? <p data-testid="saldo">{t('balance.saldo', { value: formatBalance(todays.data.saldo, lang) })}</p> : null}
            <p>{t('balance.month', { worked: formatHours(b.worked, lang), expected: formatHours(b.expected, lang), balance: formatBalance(b.balance, lang) })}</p>
          </>
        ) : null}
      </section>

      <form onSubmit={save} noValidate aria-labelledby="absence-form-h" className="absence-form">
        <h2 id="absence-form-h">{t(editing ? 'form.editTitle' : 'form.addTitle')}</h2>
        <Field label={t('form.kind')}>
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value as AbsenceKind)}>
            {ABSENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('form.from')}>
          <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />
        </Field>
        <Field label={t('form.to')}>
          <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={draft.partDay} onChange={(e) => set('partDay', e.target.checked)} /> {t('form.partDay')}
        </label>
        {draft.partDay ? (
          <Field label={t('form.hours')} error={hoursError}>
            <input type="text" inputMode="decimal" value={draft.hours} onChange={(e) => set('hours', e.target.value)} />
          </Field>
        ) : null}
        {SICK.includes(draft.kind) ? (
          <Field label={t('form.document')}>
            <select value={draft.document} onChange={(e) => set('document', e.target.value as Draft['document'])}>
              <option value="">—</option>
              <option value="egenmelding">{t('form.document.egenmelding')}</option>
              <option value="sykmelding">{t('form.document.sykmelding')}</option>
            </select>
          </Field>
        ) : null}
        {draft.kind === 'permisjon' ? (
          <label className="check">
            <input type="checkbox" checked={draft.paid} onChange={(e) => set('paid', e.target.checked)} /> {t('form.paid')}
          </label>
        ) : null}
        <Field label={t('form.note')}>
          <input type="text" value={draft.note} maxLength={1000} onChange={(e) => set('note', e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            {t('form.save')}
          </button>
          {editing ? (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setDraft(draftOf(null, today));
              }}
            >
              {t('form.cancel')}
            </button>
          ) : null}
        </div>
        <FormMessage message={outcome} />
      </form>

      <section aria-labelledby="absence-list-h">
        <h2 id="absence-list-h">{t('list.title')}</h2>
        {list.data && list.data.length === 0 ? <p>{t('list.empty')}</p> : null}
        <ul className="absence-list">
          {(list.data ?? []).map((a) => (
            <li key={a.id}>
              <span>
                {t(`kind.${a.kind}`)}: {formatDay(a.from, lang)}
                {a.to !== a.from ? ` – ${formatDay(a.to, lang)}` : ''}
                {a.hours !== null ? ` (${t('list.partDay', { hours: formatHours(a.hours, lang) })})` : ''}
              </span>{' '}
              <button
                type="button"
                aria-label={`${t('list.edit')}: ${t(`kind.${a.kind}`)} ${a.from}`}
                onClick={() => {
                  setEditing(a);
                  setDraft(draftOf(a, today));
                }}
              >
                {t('list.edit')}
              </button>{' '}
              <button type="button" className="danger" aria-label={`${t('list.delete')}: ${t(`kind.${a.kind}`)} ${a.from}`} onClick={() => void remove(a)}>
                {t('list.delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="calendar-h">
        <h2 id="calendar-h">{t('calendar.title')}</h2>
        <ol className="month-calendar">
          {(b?.days ?? []).map((d) => (
            <li key={d.date} className={d.redDay ? 'red-day' : d.kinds.length ? 'absent-day' : undefined}>
              <span className="date">{formatDay(d.date, lang)}</span>
              {d.redDay ? <span className="tag">{t('calendar.red')}</span> : null}
              {d.kinds.map((k) => (
                <span key={k} className="tag">
                  {t(`kind.${k}`)}
                </span>
              ))}
              {d.worked > 0 ? <span>{t('calendar.worked', { hours: formatHours(d.worked, lang) })}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <form onSubmit={saveCarried} noValidate aria-labelledby="carried-h">
        <h2 id="carried-h">{t('carried.title')}</h2>
        <p>{t('carried.intro')}</p>
        <Field label={t('carried.hours')}>
          <input type="text" inputMode="decimal" value={carried.hours} onChange={(e) => setCarried((c) => ({ ...c, hours: e.target.value }))} />
        </Field>
        <Field label={t('carried.from')}>
          <input type="date" value={carried.from} onChange={(e) => setCarried((c) => ({ ...c, from: e.target.value }))} />
        </Field>
        <div className="actions">
          <button type="submit">{t('carried.save')}</button>
        </div>
        <FormMessage message={carriedOutcome} />
      </form>
    </section>
  );
}
