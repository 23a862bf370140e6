/**
 * "Change the data folder …" on the Settings page: a folder path typed or chosen with the OS picker,
 * a confirm step that says what happens (copy and check, restart, the old file is kept where it is),
 * then the move through `window.api.dataFolderMove` and its result. The main process refuses
 * anything unsafe (a folder with a database, not writable, …) with a message shown here.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DataFolderMoved } from '../../shared/ipc/data-folder-contract';
import { api } from '../api';
import { useI18n } from '../i18n';
import { Field } from './Field';
import { FormMessage } from './FormMessage';

type Step = { kind: 'closed' } | { kind: 'editing' } | { kind: 'confirm'; folder: string } | { kind: 'moving'; folder: string } | { kind: 'done'; moved: DataFolderMoved };

export function DataFolderMove({ current }: { current: string }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [folder, setFolder] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step.kind === 'editing') inputRef.current?.focus();
    if (step.kind === 'confirm') confirmRef.current?.focus();
    if (step.kind === 'done') doneRef.current?.focus();
  }, [step.kind]);

  const choose = async () => {
    const r = await api.pickFolder();
    if (!r.ok) return setFailure(r.error.message);
    if (r.value !== null) {
      setFolder(r.value);
      setFieldError(undefined);
    }
  };

  const next = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    if (folder.trim() === '') return setFieldError(t('settings.dataFolder.empty'));
    setFieldError(undefined);
    setStep({ kind: 'confirm', folder: folder.trim() });
  };

  const move = async (target: string) => {
    setStep({ kind: 'moving', folder: target });
    const r = await api.dataFolderMove({ folder: target });
    if (r.ok) return setStep({ kind: 'done', moved: r.value });
    setFailure(r.error.message);
    setStep({ kind: 'editing' });
  };

  if (step.kind === 'closed')
    return (
      <div className="actions">
        <button type="button" onClick={() => setStep({ kind: 'editing' })}>
          {t('settings.dataFolder.change')}
        </button>
      </div>
    );

  if (step.kind === 'done') {
    const { moved } = step;
    return (
      <div className="data-folder-done">
        <p className="form-ok" role="status" tabIndex={-1} ref={doneRef}>
          {t('settings.dataFolder.done', { database: moved.database, previous: moved.previousDatabase })}
        </p>
        {moved.backupsFailed > 0 ? <p className="form-error">{t('settings.dataFolder.backupsFailed', { count: moved.backupsFailed, folder: moved.previousFolder })}</p> : null}
      </div>
    );
  }

  if (step.kind === 'confirm' || step.kind === 'moving') {
    const moving = step.kind === 'moving';
    return (
      <section className="data-folder-confirm" aria-labelledby="data-folder-confirm-h" aria-busy={moving}>
        <h3 id="data-folder-confirm-h" tabIndex={-1} ref={confirmRef}>
          {t('settings.dataFolder.confirmTitle', { folder: step.folder })}
        </h3>
        <ul className="plain-list">
          <li>{t('settings.dataFolder.confirmCopy')}</li>
          <li>{t('settings.dataFolder.confirmRestart')}</li>
          <li>{t('settings.dataFolder.confirmKeep', { current })}</li>
        </ul>
        <div className="actions">
          <button type="button" className="primary" disabled={moving} onClick={() => void move(step.folder)}>
            {t('settings.dataFolder.move')}
          </button>
          <button type="button" disabled={moving} onClick={() => setStep({ kind: 'editing' })}>
            {t('settings.dataFolder.back')}
          </button>
        </div>
        {moving ? <p role="status">{t('settings.dataFolder.moving')}</p> : null}
      </section>
    );
  }

  return (
    <form onSubmit={next} noValidate aria-label={t('settings.dataFolder.formLabel')}>
      <div className="form-row">
        <Field label={t('settings.dataFolder.new')} hint={t('settings.dataFolder.new.hint')} error={fieldError}>
          <input ref={inputRef} type="text" size={48} spellCheck={false} autoComplete="off" value={folder} onChange={(e) => setFolder(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="button" onClick={() => void choose()}>
            {t('settings.dataFolder.choose')}
          </button>
        </div>
      </div>
      <FormMessage message={failure ? { kind: 'error', text: failure } : null} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.dataFolder.next')}
        </button>
        <button
          type="button"
          onClick={() => {
            setFailure(null);
            setFieldError(undefined);
            setStep({ kind: 'closed' });
          }}
        >
          {t('settings.dataFolder.cancel')}
        </button>
      </div>
    </form>
  );
}
