/**
 * Issue 14 item 4: opening the basis dialog for a finding (or for a day, from a notification) and
 * saying afterwards what was saved. Used by Today and Findings: the reason is kept with the last
 * session that overlaps the finding (the running one included, as `open-<start>`).
 */
import { useRef, useState, type ReactNode } from 'react';
import type { Finding, PlanReason } from '../../core/model';
import { api } from '../api';
import { BasisDialog } from './BasisDialog';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { useI18n } from '../i18n';
import { linesOfRule, sessionForFinding, type SessionRef } from '../lib/basis';
import { formatDay } from '../lib/format';

interface Open {
  readonly date: string;
  readonly sessionId: string | null;
  readonly reasons: readonly PlanReason[];
  /** Runs after a save (e.g. the pending warning it answers is dismissed). */
  readonly after?: () => void;
  /** The control that opened it, for the focus after Cancel. */
  readonly opener: HTMLElement | null;
}

/** The sessions overlapping [start, end): the finished ones and the running one. */
async function sessionsOver(start: number, end: number): Promise<SessionRef[]> {
  const [list, status] = await Promise.all([api.sessionsList({ from: start, to: Math.max(end, start + 1) }), api.trackerStatus()]);
  const out: SessionRef[] = list.ok ? list.value.map((s) => ({ id: s.id, start: s.start, end: s.end })) : [];
  if (status.ok && status.value.openSince !== null && status.value.openSince < end) out.push({ id: `open-${status.value.openSince}`, start: status.value.openSince, end: Math.max(status.value.now, status.value.openSince + 1) });
  return out;
}

export function useBasisRecorder(onSaved: () => void): {
  openFor: (finding: Finding, date: string) => Promise<void>;
  openForSession: (sessionId: string | null, date: string, reasons: readonly PlanReason[], after?: () => void) => void;
  view: ReactNode;
} {
  const t = useTodayTexts();
  const { lang } = useI18n();
  const [open, setOpen] = useState<Open | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const focused = () => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null);
  const openFor = async (finding: Finding, date: string) => {
    const opener = focused();
    const session = sessionForFinding(finding, await sessionsOver(finding.start, finding.end));
    setSaved(null);
    setOpen({ date, sessionId: session?.id ?? null, reasons: linesOfRule(finding.rule), opener });
  };
  const openForSession = (sessionId: string | null, date: string, reasons: readonly PlanReason[], after?: () => void) => {
    setSaved(null);
    setOpen({ date, sessionId, reasons, opener: focused(), ...(after ? { after } : {}) });
  };
  const view = (
    <>
      {/* After a save the button that opened the dialog is gone: focus goes to this sentence. */}
      <p role="status" className="form-ok" tabIndex={-1} ref={status} hidden={saved === null}>
        {saved ?? ''}
      </p>
      {open ? (
        <BasisDialog
          date={open.date}
          sessionId={open.sessionId}
          reasons={open.reasons}
          returnFocus={open.opener}
          fallbackFocus={() => document.querySelector<HTMLElement>('main h1') ?? status.current}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setSaved(t('basis.saved', { date: formatDay(open.date, lang) }));
            setOpen(null);
            open.after?.();
            onSaved();
            requestAnimationFrame(() => status.current?.focus());
          }}
        />
      ) : null}
    </>
  );
  return { openFor, openForSession, view };
}
