/**
 * The tray as data: which icon, which tooltip and which menu items, computed from the tracker
 * status alone (pure, no Electron). The shell turns the items into a native menu and only calls
 * `setContextMenu` when `sameMenu` says the items changed. The window offers every action too.
 */
import { zoneClock, type Lang } from '../../core/index';
import { translate } from '../../shared/i18n/catalog';
import type { TrackerStatus } from '../../shared/ipc/dto';
import { workedToday } from './day-lines';
import { TRAY_TEXTS, type TrayTextKey } from './texts';

export type TrayIcon = 'idle' | 'working' | 'paused' | 'warning';
export type TrayAction = 'start' | 'pause' | 'resume' | 'stop' | 'start-at' | 'stop-at' | 'change-start' | 'open-window' | 'quit';

/** The tray entries that open Today's chosen-time control (issue 14 item 3) instead of acting at once. */
export const CHOSEN_TIME_ACTIONS = ['start-at', 'stop-at', 'change-start'] as const;
export type ChosenTimeAction = (typeof CHOSEN_TIME_ACTIONS)[number];

export function isChosenTimeAction(action: TrayAction): action is ChosenTimeAction {
  return (CHOSEN_TIME_ACTIONS as readonly TrayAction[]).includes(action);
}

export type TrayItem =
  | { readonly type: 'action'; readonly action: TrayAction; readonly label: string }
  | { readonly type: 'info'; readonly id: string; readonly label: string }
  | { readonly type: 'separator' };

export interface TrayModel {
  readonly icon: TrayIcon;
  readonly tooltip: string;
  readonly items: readonly TrayItem[];
}

const MINUTE = 60_000;

/** "6 h 40 min" (floored to whole minutes). */
export function durationText(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.floor(ms / MINUTE));
  return translate(TRAY_TEXTS, lang, 'duration', { h: Math.floor(total / 60), m: total % 60 });
}

/** A signed flexitime balance: "+3 h 15 min", "−45 min", "0 min" (rounded to whole minutes, minus sign U+2212). */
export function saldoText(hours: number, lang: Lang): string {
  const minutes = Math.round(hours * 60);
  const abs = durationText(Math.abs(minutes) * MINUTE, lang);
  return minutes === 0 ? abs : `${minutes > 0 ? '+' : '\u2212'}${abs}`;
}

/** Local "HH:MM" of an instant in `zone`. */
export function clockOf(ms: number, zone: string): string {
  const minutes = Math.floor(zoneClock(zone).localMsOfDay(ms) / MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function trayIcon(status: TrackerStatus): TrayIcon {
  if (status.state === 'working' && status.outsideAgreed) return 'warning';
  if (status.pendingWarnings > 0) return 'warning';
  return status.state;
}

/** `saldo`: the flexitime balance up to today in hours (issue 15), null when there is none to show. */
export function trayModel(status: TrackerStatus, lang: Lang, saldo: number | null = null): TrayModel {
  const t = (key: TrayTextKey, params = {}) => translate(TRAY_TEXTS, lang, key, params);
  const time = (ms: number) => clockOf(ms, status.zone);
  const today = t('today', { duration: durationText(workedToday(status.zone, status.now, status.today), lang) });

  let headline: string;
  if (status.state === 'working' && status.openSince !== null) headline = t('working', { time: time(status.openSince) });
  else if (status.state === 'paused' && status.pausedSince !== null) headline = t('paused', { time: time(status.pausedSince) });
  else headline = t('idle');

  const info: TrayItem[] = [{ type: 'info', id: 'state', label: headline }, { type: 'info', id: 'today', label: today }];
  const saldoLine = saldo === null || !Number.isFinite(saldo) ? null : t('saldo', { value: saldoText(saldo, lang) });
  if (saldoLine !== null) info.push({ type: 'info', id: 'saldo', label: saldoLine });
  if (status.agreedEnd !== null) info.push({ type: 'info', id: 'agreed-end', label: t('agreedEnds', { time: time(status.agreedEnd) }) });
  if (status.restFrom !== null) info.push({ type: 'info', id: 'rest-from', label: t('restFrom', { time: time(status.restFrom) }) });
  const next = status.nextLine;
  const nextText = next ? t('next', { what: t(`line.${next.reason}`), time: time(next.line) }) : null;
  if (nextText !== null) info.push({ type: 'info', id: 'next-line', label: nextText });
  if (status.state === 'working' && status.outsideAgreed) info.push({ type: 'info', id: 'outside', label: t('outside') });
  if (status.idleQuestion) info.push({ type: 'info', id: 'idle-question', label: t('idleQuestion') });
  if (status.pendingWarnings > 0) info.push({ type: 'info', id: 'pending', label: t('pending', { count: status.pendingWarnings }) });
  if (status.toReview > 0) info.push({ type: 'info', id: 'review', label: t('review', { count: status.toReview }) });

  const actions: TrayItem[] =
    status.state === 'idle'
      ? [
          { type: 'action', action: 'start', label: t('start') },
          { type: 'action', action: 'start-at', label: t('startAt') },
        ]
      : status.state === 'working'
        ? [
            { type: 'action', action: 'pause', label: t('pause') },
            { type: 'action', action: 'stop', label: t('stop') },
            // Issue 14 item 3: the time is chosen in the window (Today's chosen-time control); only a running session has a start to move or an end to choose.
            { type: 'action', action: 'stop-at', label: t('stopAt') },
            { type: 'action', action: 'change-start', label: t('changeStart') },
          ]
        : [
            { type: 'action', action: 'resume', label: t('resume') },
            { type: 'action', action: 'stop', label: t('stop') },
          ];

  const items: TrayItem[] = [
    ...info,
    { type: 'separator' },
    ...actions,
    { type: 'separator' },
    { type: 'action', action: 'open-window', label: t('open') },
    { type: 'action', action: 'quit', label: t('quit') },
  ];
  const tooltip = ['Fyrabend', headline, today, ...(saldoLine !== null ? [saldoLine] : []), ...(status.state === 'working' && status.outsideAgreed ? [t('outside')] : []), ...(nextText !== null ? [nextText] : [])].join(' · ');
  return { icon: trayIcon(status), tooltip, items };
}

/** True when two menus show the same items (the shell skips `setContextMenu` then). */
export function sameMenu(a: readonly TrayItem[], b: readonly TrayItem[]): boolean {
  return a.length === b.length && a.every((item, i) => JSON.stringify(item) === JSON.stringify(b[i]));
}
