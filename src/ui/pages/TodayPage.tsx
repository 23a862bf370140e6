/**
 * Today: the timeline against the agreed windows, live worked time, agreed time left, the next line
 * the planner sees (a break, the weekly rest, 69 h …), the planner's warnings, start/pause/stop.
 */
import { useEffect, useRef, useState } from 'react';
import type { Agreement, Interval, PlanReason } from '../../core/model';
import { api, type TrackerStatus } from '../api';
import { TrackerQuestions } from '../components/TrackerQuestions';
import { StartButton } from '../components/StartButton';
import { PendingWarnings } from '../components/PendingWarnings';
import { Timeline } from '../components/Timeline';
import { useResource } from '../hooks/useResource';
import { useNow } from '../hooks/useNow';
import { useI18n } from '../i18n';
import { agreedDayHours, agreementOn, dayBounds, overlapMs, weekdayOfDate, windowIntervals } from '../lib/day';
import { formatBalance, formatClock, formatDay, formatDuration, localDate } from '../lib/format';

/** Crossing a § 10-9 break line asks for a break, not for an overtime reason (spec § 7.3). */
const BREAK_LINES: readonly PlanReason[] = ['break-due', 'long-break-due', 'overtime-break-due'];

export function TodayPage({ agreements, zone, changed }: { agreements: readonly Agreement[]; zone: string; changed: number }) {
  const { t, lang } = useI18n();
  const now = useNow(15_000);
  const [tick, setTick] = useState(0);
  const status = useResource(() => api.trackerStatus(), [changed, tick]);
  const plan = useResource(() => api.planNow(), [changed, tick]);
  const pending = useResource(() => api.warningsPending(), [changed, tick]);
  const todayDate = localDate(now, zone);
  const saldo = useResource(() => api.balancePeriod({ from: todayDate, to: todayDate }), [changed, tick, todayDate]);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setError(status.error), [status.error]);

  const act = async (fn: () => Promise<{ ok: boolean; error?: { message: string } }>): Promise<boolean> => {
    const r = await fn();
    setError(r.ok ? null : (r.error?.message ?? null));
    setTick((n) => n + 1);
    return r.ok;
  };

  const s: TrackerStatus | null = status.data;
  const z = s?.zone ?? zone;
  const at = Math.max(now, s?.now ?? 0);
  const date = localDate(at, z);
  const bounds = dayBounds(date, z);
  const sessions: Interval[] = (s?.today ?? []).map((i) => (s?.state === 'working' && s.openSince !== null && i.start === s.openSince ? { start: i.start, end: Math.max(i.end, at) } : i));
  const worked = overlapMs(sessions, bounds.start, bounds.end);
  const agreement = agreementOn(agreements, date);
  const agreedWindows = agreement ? windowIntervals(date, agreement.windows[weekdayOfDate(date)], z) : [];
  const agreedMs = agreement ? agreedDayHours(agreement, date) * 3_600_000 : 0;
  const upcoming = plan.data?.upcoming ?? [];
  const passed = plan.data?.passed ?? [];
  const state = s?.state ?? 'idle';

  return (
    <section aria-labelledby="today-h">
      <h1 id="today-h" tabIndex={-1} ref={heading}>
        {t('today.title')} — {formatDay(date, lang)}
      </h1>
      <p className={`state state-${state}`} role="status">
        <span aria-hidden="true" className="state-dot" /> {t(`state.${state}`)}
        {s?.openSince ? ` ${t('today.since', { time: formatClock(s.openSince, z) })}` : ''}
      </p>
      <div className="actions">
        {state === 'idle' ? (
          <StartButton label={t('action.start')} absentToday={s?.absentToday} onStart={() => void act(() => api.trackerStart())} />
        ) : null}
        {state === 'working' ? (
          <button type="button" onClick={() => act(() => api.trackerPause())}>
            {t('action.pause')}
          </button>
        ) : null}
        {state === 'paused' ? (
          <button type="button" className="primary" onClick={() => act(() => api.trackerResume())}>
            {t('action.resume')}
          </button>
        ) : null}
        {state !== 'idle' ? (
          <button type="button" onClick={() => act(() => api.trackerStop())}>
            {t('action.stop')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {/* An answered question goes away, so focus goes back to the page heading. */}
      <TrackerQuestions status={s} zone={z} now={at} act={act} onAnswered={() => heading.current?.focus()} />
      <PendingWarnings
        pending={pending.data ?? []}
        zone={z}
        working={state === 'working'}
        crossed={passed.map((p) => p.reason).filter((r) => !BREAK_LINES.includes(r))}
        onChanged={(e) => {
          setError(e);
          setTick((n) => n + 1);
        }}
      />
      <dl className="figures">
        <div>
          <dt>{t('today.worked')}</dt>
          <dd data-testid="worked-today">{formatDuration(worked, lang)}</dd>
        </div>
        <div>
          <dt>{t('today.saldo')}</dt>
          <dd data-testid="saldo-today">{saldo.data ? formatBalance(saldo.data.saldo, lang) : '—'}</dd>
        </div>
        <div>
          <dt>{t('today.agreedLeft')}</dt>
          <dd>{agreement ? formatDuration(agreedMs - worked, lang) : t('today.noAgreement')}</dd>
        </div>
        <div>
          <dt>{t('today.agreedEnds')}</dt>
          <dd>{s?.agreedEnd ? formatClock(s.agreedEnd, z) : '—'}</dd>
        </div>
        <div>
          <dt>{t('today.restFrom')}</dt>
          <dd>{s?.restFrom ? formatClock(s.restFrom, z) : '—'}</dd>
        </div>
        <div>
          <dt>{t('today.nextLine')}</dt>
          <dd data-testid="next-line">{s?.nextLine ? `${formatClock(s.nextLine.line, z)} — ${s.nextLine.message[lang]}` : '—'}</dd>
        </div>
      </dl>
      <Timeline dayStart={bounds.start} dayEnd={bounds.end} zone={z} agreed={agreedWindows} sessions={sessions} lines={upcoming.map((u) => ({ at: u.line, label: u.reason }))} now={at} />
      <p className="legend-text">{t('today.timeline.legend')}</p>
      <h2>{t('today.sessions')}</h2>
      {sessions.length === 0 ? (
        <p>{t('today.noSessions')}</p>
      ) : (
        <ul className="plain-list">
          {sessions.map((i, n) => (
            <li key={i.start}>
              {formatClock(i.start, z)}–{formatClock(i.end, z)} ({formatDuration(i.end - i.start, lang)})
              {n > 0 ? ` · ${t('today.breakBefore', { d: formatDuration(i.start - (sessions[n - 1] as Interval).end, lang) })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('today.upcoming')}</h2>
      {upcoming.length === 0 && passed.length === 0 ? <p>{t('today.noWarnings')}</p> : null}
      <ul className="plain-list warnings">
        {passed.map((p) => (
          <li key={`p${p.reason}${p.line}`} className="passed">
            <strong>{t('today.passed')}</strong> {formatClock(p.line, z)} — {p.message[lang]}
          </li>
        ))}
        {upcoming.map((u) => (
          <li key={`u${u.reason}${u.line}`}>
            <strong>{formatClock(u.line, z)}</strong> — {u.message[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
