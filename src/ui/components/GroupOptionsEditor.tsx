/**
 * Editor of the configured group lists (setting `summary.groupOptions`) on the Union summary page:
 * add, rename and remove the labels of each dimension. Says why labels come from a fixed list
 * (docs/privacy.md); every wrong row gets its message before anything is sent, and the main process
 * checks again. Focus follows the keyboard user: to a new row, and to a neighbour after a removal.
 * Closing the editor keeps the draft; Cancel throws it away.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { GROUP_DIMENSIONS, type GroupDimension, type GroupOptions } from '../../core/anonymise/model';
import { GROUP_LABEL_MAX_LENGTH, GROUP_LABELS_MAX } from '../../core/anonymise/group-labels';
import { api } from '../api';
import { Field } from './Field';
import { useSummaryTexts } from '../hooks/useSummaryTexts';
import { checkForm, formOf, newRowKey, type GroupForm, type GroupFormErrors, type RowProblem } from '../lib/group-options-form';
import { FormMessage, type FormOutcome } from './FormMessage';

interface Props {
  /** The lists as stored. */
  readonly stored: GroupOptions;
  /** Called with the lists as the main process stored them. */
  readonly onSaved: (options: GroupOptions) => void;
}

export function GroupOptionsEditor({ stored, onSaved }: Props) {
  const t = useSummaryTexts();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<GroupForm>(() => formOf(stored));
  const [errors, setErrors] = useState<GroupFormErrors>(new Map());
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const addButtons = useRef(new Map<GroupDimension, HTMLButtonElement>());
  const toggle = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ row: number } | { add: GroupDimension } | null>(null);

  // Only a change of the stored lists (loaded, or saved) resets the rows; a closed editor keeps its draft.
  const storedJson = JSON.stringify(stored);
  useEffect(() => setForm(formOf(JSON.parse(storedJson) as GroupOptions)), [storedJson]);
  useEffect(() => {
    if (!focus) return;
    ('row' in focus ? inputs.current.get(focus.row) : addButtons.current.get(focus.add))?.focus();
    setFocus(null);
  }, [focus]);

  const edit = (d: GroupDimension, rows: GroupForm[GroupDimension]) => {
    setForm((f) => ({ ...f, [d]: rows }));
    setMessage(null);
  };
  const add = (d: GroupDimension) => {
    const key = newRowKey();
    edit(d, [...form[d], { key, text: '' }]);
    setFocus({ row: key });
  };
  const remove = (d: GroupDimension, key: number) => {
    const rows = form[d];
    const at = rows.findIndex((r) => r.key === key);
    const rest = rows.filter((r) => r.key !== key);
    edit(d, rest);
    const neighbour = rest[Math.min(at, rest.length - 1)];
    setFocus(neighbour ? { row: neighbour.key } : { add: d });
    setErrors((e) => new Map([...e].filter(([k]) => k !== key)));
  };
  const problemText = (p: RowProblem): string =>
    p.kind === 'repeat' ? t('groups.error.repeat', { of: p.of }) : t(`groups.error.${p.kind}`, { max: GROUP_LABEL_MAX_LENGTH });

  const save = async () => {
    const checked = checkForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage({ kind: 'error', text: t('groups.fixErrors') });
      return;
    }
    setErrors(new Map());
    setBusy(true);
    const r = await api.summaryOptionsSave({ groupOptions: checked.options });
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setForm(formOf(r.value.groupOptions));
    setMessage({ kind: 'ok', text: t('groups.saved') });
    onSaved(r.value.groupOptions);
  };
  const cancel = () => {
    setOpen(false);
    setForm(formOf(stored));
    setErrors(new Map());
    setMessage(null);
    toggle.current?.focus();
  };

  return (
    <section aria-labelledby={`${id}-h`} className="group-lists">
      <h2 id={`${id}-h`}>{t('groups.title')}</h2>
      <p>{t('groups.why')}</p>
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        {t('groups.edit')}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          aria-labelledby={`${id}-h`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="field-hint">{t('groups.hint', { max: GROUP_LABEL_MAX_LENGTH, count: GROUP_LABELS_MAX })}</p>
          {GROUP_DIMENSIONS.map((d) => {
            const dimension = t(`union.dim.${d}`);
            const rows = form[d];
            const full = rows.length >= GROUP_LABELS_MAX;
            return (
              <fieldset key={d}>
                <legend>{dimension}</legend>
                {rows.length === 0 ? <p>{t('groups.empty')}</p> : null}
                {rows.map((row, i) => {
                  const problem = errors.get(row.key);
                  return (
                    <div key={row.key} className="group-row">
                      <Field label={t('groups.label', { dimension, n: i + 1 })} error={problem ? problemText(problem) : undefined}>
                        <input
                          type="text"
                          autoComplete="off"
                          value={row.text}
                          ref={(el) => {
                            if (el) inputs.current.set(row.key, el);
                            else inputs.current.delete(row.key);
                          }}
                          onChange={(e) => edit(d, rows.map((r) => (r.key === row.key ? { key: r.key, text: e.target.value } : r)))}
                        />
                      </Field>
                      <button type="button" aria-label={t('groups.removeAria', { label: row.text.trim() || t('groups.blank'), dimension })} onClick={() => remove(d, row.key)}>
                        {t('groups.remove')}
                      </button>
                    </div>
                  );
                })}
                <button
                  type="button"
                  aria-label={t('groups.addAria', { dimension })}
                  disabled={full}
                  aria-describedby={full ? `${id}-${d}-full` : undefined}
                  ref={(el) => {
                    if (el) addButtons.current.set(d, el);
                    else addButtons.current.delete(d);
                  }}
                  onClick={() => add(d)}
                >
                  {t('groups.add')}
                </button>
                {full ? (
                  <p className="field-hint" id={`${id}-${d}-full`}>
                    {t('groups.full', { count: GROUP_LABELS_MAX })}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('groups.save')}
            </button>
            <button type="button" onClick={cancel}>
              {t('groups.cancel')}
            </button>
          </div>
          <FormMessage message={message} />
        </form>
      ) : null}
    </section>
  );
}
