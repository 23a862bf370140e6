/**
 * Issue 14 item 4: the overtime reason form for one day, as a modal dialog opened from a "needs
 * basis" finding (Today, Findings) or from a notification's "record the overtime". Focus goes to the
 * first ground of the form; Esc or Cancel closes it and puts focus back on the control that opened it (or on
 * `fallbackFocus` when that control is gone); Tab stays inside the dialog.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { PlanReason } from '../../core/model';
import { OvertimeReasonForm } from './OvertimeReasonForm';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { useI18n } from '../i18n';
import { formatDay } from '../lib/format';

interface Props {
  /** The local date the basis is for. */
  readonly date: string;
  /** The session the reason is kept with; null when the day has none (the dialog says so). */
  readonly sessionId: string | null;
  readonly reasons: readonly PlanReason[];
  readonly onSaved: (text: string) => void;
  readonly onClose: () => void;
  /** Where focus goes after Cancel when the opener is no longer in the page. */
  readonly fallbackFocus?: () => HTMLElement | null;
  /** The control that opened the dialog (taken when it was pressed, before any await); else the focused element at mount. */
  readonly returnFocus?: HTMLElement | null;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function BasisDialog({ date, sessionId, reasons, onSaved, onClose, fallbackFocus, returnFocus }: Props) {
  const t = useTodayTexts();
  const { lang } = useI18n();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // Taken once: a second run of the effect (React's strict mode) must not take the field as the opener.
    opener.current ??= returnFocus ?? (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null);
    // The form's first control: the first ground of the § 10-6 (1) radio group.
    const first = box.current?.querySelector<HTMLElement>('input[type="radio"]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, []);
  const close = () => {
    const back = opener.current && opener.current.isConnected ? opener.current : (fallbackFocus?.() ?? null);
    onClose();
    requestAnimationFrame(() => back?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  const title = t('basis.dialog.title', { date: formatDay(date, lang) });
  return (
    <div className="modal-backdrop">
      <div ref={box} className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-h`} onKeyDown={onKeyDown}>
        {sessionId === null ? (
          <>
            <h2 id={`${id}-h`}>{title}</h2>
            <p>{t('basis.noSession')}</p>
            <div className="actions">
              <button type="button" className="primary" onClick={close}>
                {t('basis.cancel')}
              </button>
            </div>
          </>
        ) : (
          <OvertimeReasonForm
            sessionId={sessionId}
            reasons={reasons}
            title={{ id: `${id}-h`, text: title }}
            cancelLabel={t('basis.cancel')}
            onCancel={close}
            onSavedText={onSaved}
            onSaved={() => undefined}
          />
        )}
      </div>
    </div>
  );
}
