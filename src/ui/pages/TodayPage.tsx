/**
 * Today: the timeline against the agreed windows, live worked time, agreed time left (on a day with
 * absence: the expected time, agreed less absence, and what is left of it; a full-day absence counts
 * nothing down and says the day is registered as sick, holiday, …), the agreed end (in the past tense
 * once it is over), the next line the planner sees (a break, the weekly rest, 69 h …), the planner's
 * warnings, start/pause/stop.
 */
import { useEffect, useRef, useState } from 'react';
import type { Agreement, Interval, PlanReason } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import { WARNING_TEXTS } from '../../shared/i18n/warnings';
import { api, type TrackerStatus } from '../api';
import { useBasisRecorder } from '../components/BasisRecorder';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { useAbsenceTexts } from '../hooks/useAbsenceTexts';
import { withBasis } from '../lib/basis';
import { splitLines, statusAlert, timelineLines } from '../lib/today-status';
import { TrackerQuestions } from '../components/TrackerQuestions';
import { StartButton } from '../components/StartButton';
import { ChosenTime, type ChosenAsk, type ChosenMode } from '../components/ChosenTime';
import { PendingWarnings } from '../components/PendingWarnings';
import { Timeline } from '../components/Timeline';
import { useResource } from '../hooks/useResource';
import { useNow } from '../hooks/useNow';
import { useI18n } from '../i18n';
import { agreedDayHours, agreementOn, dayBounds, overlapMs, weekdayOfDate, windowIntervals } from '../lib/day';
import { formatBalance, formatClock, formatDay, formatDuration, localDate } from '../lib/format';
import { maxOf } from '../../core/extent';

/** Crossing a § 10-9 break line asks for a break, not for an overtime reason (spec § 7.3). */
const BREAK_LINES: readonly PlanReason[] = ['break-due', 'long-break-due', 'overtime-break-due'];

/**
 * A request from outside the page: a notification's "record the overtime", a keyboard shortcut, or the
 * tray's "stop at a chosen time…" / "change the start…" / "start at a chosen time…" (issue 14 items 3, 4 and 8).
 */
export type TodayRequest =
  | { readonly kind: 'record'; readonly sessionId?: string; readonly nonce: number }
  | { readonly kind: 'chosen'; readonly mode: ChosenMode; readonly nonce: number }
  | { readonly kind: 'shortcut'; readonly action: 'start' | 'pause' | 'stop'; readonly nonce: number };

/** Which control gets the focus after an action (issue 14 item 8): Stop after Start, Start after Stop, Resume after Pause. */
type FocusTarget = 'start' | 'pause' | 'resume' | 'stop';

interface TodayProps {
  readonly agreements: readonly Agreement[];
  readonly zone: string;
  readonly changed: number;
  readonly request?: TodayRequest | null;
}

export function TodayPage({ agreements, zone, changed, request = null }: TodayProps) {
  const { t, lang } = useI18n();
  const tt = useTodayTexts();
  const ta = useAbsenceTexts();
  const now = useNow(15_000);
  const [tick, setTick] = useState(0);
  const status = useResource(() => api.trackerStatus(), [changed, tick]);
  const plan = useResource(() => api.planNow(), [changed, tick]);
  const pending = useResource(() => api.warningsPending(), [changed, tick]);
  const todayDate = localDate(now, zone);
  const saldo = useResource(() => api.balancePeriod({ from: todayDate, to: todayDate }), [changed, tick, todayDate]);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  useEffect(() => setError(status.error), [status.error]);
  const [saves, setSaves] = useState(0);
  const report = useResource(() => api.reportPeriod({ from: todayDate, to: todayDate }), [changed, tick, todayDate, saves]);
  const records = useResource(() => api.overtimeReasonsList({ from: todayDate, to: todayDate }), [changed, tick, todayDate, saves]);
  const basis = useBasisRecorder(() => setSaves((n) => n + 1));

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
  const agreedMs = agreement ? agreedDayHours(agreement, date) * 3_600_000 : 0;
  // Issue 15: on a day with absence the expected time is the agreed time less the absence (the balance's
  // expected hours, core balanceOf); a full-day absence expects nothing, so nothing is counted down.
  const dayBalance = saldo.data?.days.find((d) => d.date === date) ?? null;
  const absentKinds = dayBalance?.kinds ?? [];
  const absent = absentKinds.length > 0 && dayBalance !== null;
  const absentAllDay = absent && dayBalance.expected === 0;
  const expectedMs = absent ? dayBalance.expected * 3_600_000 : agreedMs;
  const agreedWindows = agreement && !absentAllDay ? windowIntervals(date, agreement.windows[weekdayOfDate(date)], z) : [];
  // Issue 14: once today's agreed time is over, its end is said in the past tense.
  const agreedOver = s && s.agreedEnd === null && agreedWindows.length > 0 ? maxOf(agreedWindows.map((w) => w.end)) : null;
  const agreedEnded = agreedOver !== null && at >= agreedOver ? agreedOver : null;
  const upcoming = plan.data?.upcoming ?? [];
  const passed = plan.data?.passed ?? [];
  const state = s?.state ?? 'idle';
  const lines = splitLines(passed, upcoming, at);
  const alert = statusAlert(lines.passed, state === 'working');
  const needsBasis = withBasis(report.data?.findings ?? [], records.data ?? [], at, lang).filter((f) => f.finding.severity === 'needs-basis');
  const crossedReasons = lines.passed.map((p) => p.reason).filter((r) => !BREAK_LINES.includes(r));

  // Issue 14 item 8: once the state has changed, focus the control that makes sense next (never <body>).
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const el = actions.current?.querySelector<HTMLElement>(target === 'start' ? 'button' : `[data-focus="${target}"]`);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  }, [state]);

  /** Runs an action of the start/stop control and names the control to focus once the state has changed. */
  const control = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>, next: FocusTarget) => {
    focusNext.current = next;
    return act(fn);
  };

  // A notification's "record the overtime" opens the form for today; a shortcut works the start/stop control.
  const handled = useRef<number | null>(null);
  const [chosenAsk, setChosenAsk] = useState<ChosenAsk | null>(null);
  useEffect(() => {
    if (!request || handled.current === request.nonce || !s) return;
    handled.current = request.nonce;
    if (request.kind === 'chosen') {
      setChosenAsk({ mode: request.mode, nonce: request.nonce });
      return;
    }
    if (request.kind === 'record') {
      const sessionId = request.sessionId ?? (s.openSince !== null ? `open-${s.openSince}` : null);
      basis.openForSession(sessionId, date, crossedReasons);
      return;
    }
    if (request.action === 'start') {
      if (state === 'idle') actions.current?.querySelector<HTMLButtonElement>('button')?.click();
      else if (state === 'paused') void control(() => api.trackerResume(), 'pause');
    } else if (request.action === 'pause') {
      if (state === 'working') void control(() => api.trackerPause(), 'resume');
      else if (state === 'paused') void control(() => api.trackerResume(), 'pause');
    } else if (state !== 'idle') void control(() => api.trackerStop(), 'start');
  });

  return (
    <section aria-labelledby="today-h">
      <h1 id="today-h" tabIndex={-1} ref={heading}>
        {t('today.title')} — {formatDay(date, lang)}
      </h1>
      {/* Issue 14 item 6: once a line is crossed the status says which, in words and colour (not the calm dot). */}
      <p className={`state state-${state}${alert ? ' state-alert' : ''}`} role="status" data-testid="today-state">
        <span aria-hidden="true" className="state-dot" /> {alert ? `${tt(`alert.${alert}`)} · ` : ''}
        {t(`state.${state}`)}
        {s?.openSince ? ` ${t('today.since', { time: formatClock(s.openSince, z) })}` : ''}
      </p>
      {absentAllDay ? (
        <p className="notice" data-testid="absent-today">
          {tt(`today.absent.${absentKinds[0] ?? 'annet'}`)}
        </p>
      ) : absent ? (
        <p className="notice" data-testid="absent-today">
          {tt('today.absentPart', { kinds: absentKinds.map((k) => ta(`kind.${k}`)).join(', ') })}
        </p>
      ) : null}
      <div className="actions" ref={actions}>
        {state === 'idle' ? (
          <StartButton label={t('action.start')} absentToday={s?.absentToday} onStart={() => void control(() => api.trackerStart(), 'stop')} />
        ) : null}
        {state === 'working' ? (
          <button type="button" data-focus="pause" onClick={() => control(() => api.trackerPause(), 'resume')}>
            {t('action.pause')}
          </button>
        ) : null}
        {state === 'paused' ? (
          <button type="button" data-focus="resume" className="primary" onClick={() => control(() => api.trackerResume(), 'pause')}>
            {t('action.resume')}
          </button>
        ) : null}
        {state !== 'idle' ? (
          <button type="button" data-focus="stop" onClick={() => control(() => api.trackerStop(), 'start')}>
            {t('action.stop')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {s ? <ChosenTime state={state} date={date} zone={z} act={act} ask={chosenAsk} /> : null}
      {/* An answered question goes away, so focus goes back to the page heading. */}
      <TrackerQuestions status={s} zone={z} now={at} act={act} onAnswered={() => heading.current?.focus()} />
      {basis.view}
      {needsBasis.length > 0 ? (
        <section aria-labelledby="basis-today-h" className="basis-today">
          <h2 id="basis-today-h">{tt('basis.today.title')}</h2>
          <ul className="plain-list">
            {needsBasis.map(({ finding: f, basis: texts, needsBasis: open }) => (
              <li key={`${f.rule}|${f.start}`} className="pending-line">
                <span className="pending-title">
                  <strong>{t(`rule.${f.rule}`)}</strong> — {texts.length > 0 ? tt('basis.recorded', { text: texts.join(' · ') }) : f.message[lang]}
                </span>
                {open ? (
                  <button type="button" className="primary" aria-label={tt('basis.recordAria', { rule: t(`rule.${f.rule}`), date: formatDay(date, lang) })} onClick={() => void basis.openFor(f, date)}>
                    {tt('basis.record')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PendingWarnings
        pending={pending.data ?? []}
        zone={z}
        working={state === 'working'}
        crossed={crossedReasons}
        onRecord={(w) => basis.openForSession(w.sessionId ?? null, date, crossedReasons, () => void api.warningsDismiss({ id: w.id }).then(() => setTick((n) => n + 1)))}
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
        {absent ? (
          <div>
            <dt>{tt('today.expected')}</dt>
            <dd data-testid="expected-today">{formatDuration(expectedMs, lang)}</dd>
          </div>
        ) : null}
        {absentAllDay ? null : (
          <div>
            <dt>{absent ? tt('today.expectedLeft') : t('today.agreedLeft')}</dt>
            <dd data-testid="agreed-left">{agreement ? formatDuration(expectedMs - worked, lang) : t('today.noAgreement')}</dd>
          </div>
        )}
        {absentAllDay ? null : (
          <div>
            <dt>{agreedEnded !== null ? tt('today.agreedEnded') : t('today.agreedEnds')}</dt>
            <dd data-testid="agreed-end">{s?.agreedEnd ? formatClock(s.agreedEnd, z) : agreedEnded !== null ? formatClock(agreedEnded, z) : '—'}</dd>
          </div>
        )}
        {/* The latest stop for the daily rest only means something while a session runs (not in a pause, nor while the away question waits). */}
        {state === 'working' ? (
          <div>
            <dt>{t('today.restFrom')}</dt>
            <dd data-testid="rest-from">{s?.restFrom ? formatClock(s.restFrom, z) : '—'}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('today.nextLine')}</dt>
          {/* The line's sentence is in the list below; here its time and name, so no sentence shows twice. */}
          <dd data-testid="next-line">{s?.nextLine ? `${formatClock(s.nextLine.line, z)} — ${tt(`line.${s.nextLine.reason}`)}` : '—'}</dd>
        </div>
      </dl>
      <Timeline dayStart={bounds.start} dayEnd={bounds.end} zone={z} agreed={agreedWindows} sessions={sessions} lines={timelineLines([...lines.passed, ...lines.upcoming], (r) => tt(`line.${r}`))} now={at} />
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
      {/* Issue 14 item 6: lines already passed in the past tense, in a list of their own; the coming ones stay in the future tense. */}
      {lines.passed.length > 0 ? (
        <>
          <h2>{tt('today.passedTitle')}</h2>
          <ul className="plain-list warnings" data-testid="passed-lines">
            {lines.passed.map((p) => (
              <li key={`p${p.reason}${p.line}`} className="passed">
                <strong>{formatClock(p.line, z)}</strong> — {translate(WARNING_TEXTS, lang, `passed.${p.reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('today.upcoming')}</h2>
      {lines.upcoming.length === 0 ? <p>{t('today.noWarnings')}</p> : null}
      {lines.upcoming.length > 0 ? (
        <>
          <ul className="plain-list warnings" data-testid="upcoming-lines">
            {lines.upcoming.map((u) => (
              <li key={`u${u.reason}${u.line}`}>
                <strong>{formatClock(u.line, z)}</strong> — {u.message[lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
