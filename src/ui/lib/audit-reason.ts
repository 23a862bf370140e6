/**
 * The change log's reasons in the reader's language (issue 20 item 4). The tracker and the session
 * handlers store their own reasons as fixed English phrases (and chosen times as ISO instants); those
 * are recognised here and rendered in nb, nn or en with local times. Anything else is the user's own
 * text and is shown as written.
 */
import type { Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import { formatDateTime } from './format';

type Key = 'by-hand' | 'forgotten' | 'max-length' | 'undo-running' | 'undo-away' | 'idle' | 'stop-at' | 'start-changed' | 'locked-stop' | 'with-reason';

const TEXTS = defineCatalog<Key>({
  nb: {
    'by-hand': 'lagt inn for hånd',
    forgotten: 'glemt å stoppe: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'max-length': 'svært lang økt: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'undo-running': 'angret: du jobbet fortsatt, så økten går videre fra starten',
    'undo-away': 'angret: svaret om tiden borte ble trukket tilbake',
    idle: 'borte: pause fra starten av tiden uten aktivitet',
    'stop-at': 'stoppet på et valgt tidspunkt ({at})',
    'start-changed': 'starten endret fra {from} til {to}',
    'locked-stop': 'stoppet på et valgt tidspunkt i en periode som er sendt til lønn',
    'with-reason': '{what}; grunn: {reason}',
  },
  nn: {
    'by-hand': 'lagt inn for hand',
    forgotten: 'gløymt å stoppe: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'max-length': 'svært lang økt: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'undo-running': 'angra: du jobba framleis, så økta held fram frå starten',
    'undo-away': 'angra: svaret om tida borte vart trekt tilbake',
    idle: 'borte: pause frå starten av tida utan aktivitet',
    'stop-at': 'stoppa på eit valt tidspunkt ({at})',
    'start-changed': 'starten endra frå {from} til {to}',
    'locked-stop': 'stoppa på eit valt tidspunkt i ein periode som er send til løn',
    'with-reason': '{what}; grunn: {reason}',
  },
  en: {
    'by-hand': 'added by hand',
    forgotten: 'forgotten timer: nobody answered "Are you still working?", so the session was stopped at the last activity',
    'max-length': 'very long session: nobody answered "Are you still working?", so the session was stopped at the last activity',
    'undo-running': 'undone: you were still working, so the session runs again from its start',
    'undo-away': 'undone: the answer about the time away was taken back',
    idle: 'away: paused at the start of the idle time',
    'stop-at': 'stopped at a chosen time ({at})',
    'start-changed': 'start changed from {from} to {to}',
    'locked-stop': 'stopped at a chosen time inside a period sent to payroll',
    'with-reason': '{what}; reason: {reason}',
  },
});

const FIXED: Readonly<Record<string, Key>> = {
  'added by hand': 'by-hand',
  'forgotten timer: no answer to "Are you still working?"; stopped at the last activity': 'forgotten',
  'max-length: no answer to "Are you still working?"; stopped at the last activity': 'max-length',
  'undo: the user was still working; the session runs again from its start': 'undo-running',
  'undo: the answer to the away question was taken back': 'undo-away',
  'idle: paused at the start of the idle time': 'idle',
  'stopped at a chosen time inside a locked period': 'locked-stop',
};
const ISO = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z)';
const STOP_AT = new RegExp(`^stop at a chosen time \\(${ISO}\\)$`);
const START_CHANGED = new RegExp(`^start changed from ${ISO} to ${ISO}$`);

function known(text: string, lang: Lang, zone: string): string | null {
  const fixed = FIXED[text];
  if (fixed) return translate(TEXTS, lang, fixed);
  const local = (iso: string) => formatDateTime(Date.parse(iso), zone);
  const stop = STOP_AT.exec(text);
  if (stop) return translate(TEXTS, lang, 'stop-at', { at: local(stop[1]!) });
  const start = START_CHANGED.exec(text);
  if (start) return translate(TEXTS, lang, 'start-changed', { from: local(start[1]!), to: local(start[2]!) });
  return null;
}

/** A stored change-log reason as the reader reads it; the user's own words after "; reason: " are kept. */
export function auditReasonText(reason: string, lang: Lang, zone: string): string {
  const whole = known(reason, lang, zone);
  if (whole !== null) return whole;
  const at = reason.indexOf('; reason: ');
  if (at > 0) {
    const what = known(reason.slice(0, at), lang, zone);
    if (what !== null) return translate(TEXTS, lang, 'with-reason', { what, reason: reason.slice(at + '; reason: '.length) });
  }
  return reason;
}
