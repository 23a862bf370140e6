/**
 * The reasons Fyrabend writes into the change log itself (issue 20 item 4), stored as codes with
 * parameters instead of English phrases, and rendered in the reader's language with local times.
 *
 * Stored form: `fyrabend:<code>`, or `fyrabend:<code> <JSON object of string parameters>`, e.g.
 * `fyrabend:stop-at {"at":"2026-03-10T15:10:00.000Z","note":"Glemte å stoppe"}`. Instants are RFC 3339
 * (UTC); `note` is the user's own reason, kept as written. A reason that is not a code is the user's
 * own text and is shown as written; rows written before the codes (fixed English phrases) are
 * recognised by OLD_PHRASES and rendered the same way.
 */
import { dateString, zoneClock, type Lang } from '../core/index';
import { clockText } from '../core/i18n/numbers';
import { defineCatalog, translate } from './i18n/catalog';

export const AUDIT_REASON_CODES = [
  'by-hand',
  'pause',
  'stop',
  'stop-at',
  'change-start',
  'locked-stop',
  'recovered',
  'forgotten',
  'max-length',
  'still-working-stop',
  'undo-running',
  'undo-away',
  'idle',
  'merged',
  'import',
] as const;
export type AuditReasonCode = (typeof AUDIT_REASON_CODES)[number];

/** Parameters of a code: instants (`at`, `from`, `to`, `proposed`) as RFC 3339, `note` the user's words, `file` a file name. */
export interface AuditReasonParams {
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
  readonly proposed?: string;
  readonly note?: string;
  readonly file?: string;
}

const PREFIX = 'fyrabend:';
const PARAM_NAMES = ['at', 'from', 'to', 'proposed', 'note', 'file'] as const;
const INSTANT_PARAMS: readonly (keyof AuditReasonParams)[] = ['at', 'from', 'to', 'proposed'];

/** An instant as an audit parameter. */
export const auditInstant = (ms: number): string => new Date(ms).toISOString();

/** The stored text of a code; an empty or blank `note` is left out. */
export function auditReason(code: AuditReasonCode, params: AuditReasonParams = {}): string {
  const kept: Record<string, string> = {};
  for (const name of PARAM_NAMES) {
    const v = params[name];
    if (v === undefined) continue;
    if (name === 'note' && v.trim() === '') continue;
    kept[name] = name === 'note' ? v.trim() : v;
  }
  return Object.keys(kept).length === 0 ? `${PREFIX}${code}` : `${PREFIX}${code} ${JSON.stringify(kept)}`;
}

export interface ParsedAuditReason {
  readonly code: AuditReasonCode;
  readonly params: AuditReasonParams;
}

/** The code and parameters of a stored reason, or null when it is not one (the user's own text, an old phrase). */
export function parseAuditReason(text: string): ParsedAuditReason | null {
  if (!text.startsWith(PREFIX)) return null;
  const rest = text.slice(PREFIX.length);
  const space = rest.indexOf(' ');
  const code = space < 0 ? rest : rest.slice(0, space);
  if (!(AUDIT_REASON_CODES as readonly string[]).includes(code)) return null;
  if (space < 0) return { code: code as AuditReasonCode, params: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(rest.slice(space + 1));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const params: Record<string, string> = {};
  for (const name of PARAM_NAMES) {
    const v = (raw as Record<string, unknown>)[name];
    if (typeof v === 'string') params[name] = v;
  }
  return { code: code as AuditReasonCode, params };
}

type TextKey = AuditReasonCode | 'with-reason';

/** Each code in the reader's words; `{at}`, `{from}`, `{to}`, `{proposed}` are local times, `{file}` a file name. */
export const AUDIT_REASON_TEXTS = defineCatalog<TextKey>({
  nb: {
    'by-hand': 'lagt inn for hånd',
    pause: 'satt på pause',
    stop: 'stoppet',
    'stop-at': 'stoppet på et valgt tidspunkt ({at})',
    'change-start': 'starten endret fra {from} til {to}',
    'locked-stop': 'stoppet på et valgt tidspunkt i en periode som er sendt til lønn',
    recovered: 'gjenopprettet etter at appen stoppet uventet; du bekreftet slutten (forslaget var {proposed})',
    forgotten: 'glemt å stoppe: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'max-length': 'svært lang økt: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'still-working-stop': 'stoppet etter «Jobber du fortsatt?»: du valgte slutten',
    'undo-running': 'angret: du jobbet fortsatt, så økten går videre fra starten',
    'undo-away': 'angret: svaret om tiden borte ble trukket tilbake',
    idle: 'borte: pause fra starten av tiden uten aktivitet',
    merged: 'slått sammen med en økt som ble lagt inn',
    import: 'importert fra {file}',
    'with-reason': '{what}; grunn: {reason}',
  },
  nn: {
    'by-hand': 'lagt inn for hand',
    pause: 'sett på pause',
    stop: 'stoppa',
    'stop-at': 'stoppa på eit valt tidspunkt ({at})',
    'change-start': 'starten endra frå {from} til {to}',
    'locked-stop': 'stoppa på eit valt tidspunkt i ein periode som er send til løn',
    recovered: 'gjenoppretta etter at appen stoppa uventa; du stadfesta slutten (forslaget var {proposed})',
    forgotten: 'gløymt å stoppe: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'max-length': 'svært lang økt: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'still-working-stop': 'stoppa etter «Jobbar du framleis?»: du valde slutten',
    'undo-running': 'angra: du jobba framleis, så økta held fram frå starten',
    'undo-away': 'angra: svaret om tida borte vart trekt tilbake',
    idle: 'borte: pause frå starten av tida utan aktivitet',
    merged: 'slått saman med ei økt som vart lagd inn',
    import: 'importert frå {file}',
    'with-reason': '{what}; grunn: {reason}',
  },
  en: {
    'by-hand': 'added by hand',
    pause: 'paused',
    stop: 'stopped',
    'stop-at': 'stopped at a chosen time ({at})',
    'change-start': 'start changed from {from} to {to}',
    'locked-stop': 'stopped at a chosen time inside a period sent to payroll',
    recovered: 'recovered after the app stopped unexpectedly; you confirmed the end (proposed {proposed})',
    forgotten: 'forgotten timer: nobody answered "Are you still working?", so the session was stopped at the last activity',
    'max-length': 'very long session: nobody answered "Are you still working?", so the session was stopped at the last activity',
    'still-working-stop': 'stopped after "Are you still working?": you chose the end',
    'undo-running': 'undone: you were still working, so the session runs again from its start',
    'undo-away': 'undone: the answer about the time away was taken back',
    idle: 'away: paused at the start of the idle time',
    merged: 'merged into a session that was entered',
    import: 'imported from {file}',
    'with-reason': '{what}; reason: {reason}',
  },
});

/** The English phrases Fyrabend stored before the codes (kept so that old rows still read in nb and nn). */
const OLD_PHRASES: Readonly<Record<string, AuditReasonCode>> = {
  'added by hand': 'by-hand',
  pause: 'pause',
  stop: 'stop',
  'forgotten timer: no answer to "Are you still working?"; stopped at the last activity': 'forgotten',
  'max-length: no answer to "Are you still working?"; stopped at the last activity': 'max-length',
  'stopped after "Are you still working?": the user chose the end': 'still-working-stop',
  'undo: the user was still working; the session runs again from its start': 'undo-running',
  'undo: the answer to the away question was taken back': 'undo-away',
  'idle: paused at the start of the idle time': 'idle',
  'stopped at a chosen time inside a locked period': 'locked-stop',
};
const ISO = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z)';
const OLD_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => ParsedAuditReason][] = [
  [new RegExp(`^stop at a chosen time \\(${ISO}\\)$`), (m) => ({ code: 'stop-at', params: { at: m[1]! } })],
  [new RegExp(`^start changed from ${ISO} to ${ISO}$`), (m) => ({ code: 'change-start', params: { from: m[1]!, to: m[2]! } })],
  [new RegExp(`^recovered after an unexpected stop; end confirmed by the user \\(proposed ${ISO}\\)$`), (m) => ({ code: 'recovered', params: { proposed: m[1]! } })],
  // `import FILE` of an import (a file name with an extension, so the user's own "import …" words stay as written).
  [/^import (\S.*\.[A-Za-z0-9]{1,5})$/, (m) => ({ code: 'import', params: { file: m[1]! } })],
];
const OLD_REASON = '; reason: ';

/** An old phrase (with the user's words after "; reason: ", or after "merged: "), or null. */
function oldPhrase(text: string): ParsedAuditReason | null {
  const whole = (t: string): ParsedAuditReason | null => {
    const fixed = OLD_PHRASES[t];
    if (fixed) return { code: fixed, params: {} };
    for (const [pattern, make] of OLD_PATTERNS) {
      const m = pattern.exec(t);
      if (m) return make(m);
    }
    return null;
  };
  const found = whole(text);
  if (found) return found;
  if (text.startsWith('merged: ')) return { code: 'merged', params: { note: text.slice('merged: '.length) } };
  const at = text.indexOf(OLD_REASON);
  if (at > 0) {
    const what = whole(text.slice(0, at));
    if (what) return { code: what.code, params: { ...what.params, note: text.slice(at + OLD_REASON.length) } };
  }
  return null;
}

/** "2026-03-10 16:30" in `zone` (the RFC 3339 text itself when it does not parse). */
function localText(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const clock = zoneClock(zone);
  return `${dateString(clock.localDay(ms))} ${clockText(Math.floor(clock.localMsOfDay(ms) / 60_000))}`;
}

/** A code with its parameters in `lang`. */
export function renderAuditReason(reason: ParsedAuditReason, lang: Lang, zone: string): string {
  const params: Record<string, string> = {};
  for (const name of PARAM_NAMES) {
    const v = reason.params[name];
    if (v !== undefined) params[name] = INSTANT_PARAMS.includes(name) ? localText(v, zone) : v;
  }
  const what = translate(AUDIT_REASON_TEXTS, lang, reason.code, params);
  const note = reason.params.note;
  return note !== undefined && note.trim() !== '' ? translate(AUDIT_REASON_TEXTS, lang, 'with-reason', { what, reason: note }) : what;
}

/** A stored change-log reason as the reader reads it: a code or an old phrase in `lang`, anything else as written. */
export function auditReasonText(stored: string, lang: Lang, zone: string): string {
  const parsed = parseAuditReason(stored) ?? oldPhrase(stored);
  return parsed ? renderAuditReason(parsed, lang, zone) : stored;
}
