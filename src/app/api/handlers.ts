/**
 * The handler table: one function per contract method, `(services, validatedInput) → Result`.
 * Pure with respect to the platform (no Electron, no SQLite): the shell's IPC wrapper and the e2e
 * harness both call it through `dispatch`, which validates the input first.
 */
import { NO_WORK_KINDS, type AbsenceKind } from '../../core/absence/model';
import { evaluate, plan, zoneClock, parseDate, dateString, agreementInForce, defaultAgreement, type Plan } from '../../core/index';
import type { ApiMethod, InputOf, OutputOf } from '../../shared/ipc/contract';
import type { StateChange, TrackerStatus } from '../../shared/ipc/dto';
import { ok, type Result } from '../../shared/result';
import { auditReason } from '../../shared/audit-reason';
import { isInsideAgreedTime } from '../warnings/working-time';
import { agreedEndToday, localDayInterval, restFrom } from '../tray/day-lines';
import { nextLine, plannedRestStop } from '../tray/next-line';
import type { Outcome, Services } from './services';
import { SUMMARY_HANDLERS } from './summary-handlers';
import { EXPORT_HANDLERS } from './export-handlers';
import { DATA_FOLDER_HANDLERS } from './data-folder-handlers';
import { DIAGNOSTICS_HANDLERS } from './diagnostics-handlers';
import { ABSENCE_HANDLERS } from './absence-handlers';
import { BASIS_HANDLERS } from './basis-handlers';
import { userLang } from './user-lang';

export type Handler<K extends ApiMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
export type HandlerTable = { readonly [K in ApiMethod]: Handler<K> };

const DAY = 86_400_000;
/** Context the rule engine needs before a reporting range (rolling 4 and 8 weeks, the overtime year). */
const CONTEXT_DAYS = 400;
/** Sessions the planner looks at: the current and previous ISO week and the last day. */
const PLAN_DAYS = 15;

/** Runs a command; a Result error is passed on, anything else means done. */
async function run(outcome: Outcome): Promise<Result<null>> {
  const r = await outcome;
  if (r && typeof r === 'object' && 'ok' in r && !r.ok) return r;
  return ok(null);
}

async function after<T>(outcome: Outcome, value: () => T | Promise<T>): Promise<Result<T>> {
  const r = await run(outcome);
  return r.ok ? ok(await value()) : r;
}

function todayDate(s: Services, now: number): string {
  return dateString(zoneClock(s.work.zone()).localDay(now));
}

/**
 * The tracker snapshot plus the lines of the day the tray and the window header show. While a
 * session runs, "rest from" and the next line come from the planner (spec § 4, § 7.1); an exempt
 * employee (§ 10-12) gets no daily-rest line.
 */
export function trackerStatus(s: Services): TrackerStatus {
  const now = s.now();
  const zone = s.work.zone();
  const snap = s.tracker.snapshot();
  const day = localDayInterval(zone, now);
  const today = s.work.sessions(day.start - DAY, day.end, now).filter((x) => x.end > day.start && x.start < day.end).map((x) => ({ start: x.start, end: x.end }));
  const agreement = s.work.agreementOn(todayDate(s, now));
  const running = snap.state === 'working';
  const planned = running && agreement ? planNow(s) : null;
  const rest = !agreement || agreement.exempt !== null ? null : ((planned && plannedRestStop(planned)) ?? restFrom(agreement, now));
  return {
    ...snap,
    zone,
    now,
    today,
    agreedEnd: agreement ? agreedEndToday(agreement, now) : null,
    restFrom: rest,
    nextLine: planned ? nextLine(planned) : null,
    outsideAgreed: running && agreement !== null && !isInsideAgreedTime(agreement, now),
    pendingWarnings: s.warnings.pending().length,
    absentToday: absentToday(s, todayDate(s, now)),
  };
}

/** The absence of today on which work gets a warning (sick, a sick child, holiday), or null (issue 15 item 3). */
function absentToday(s: Services, date: string): AbsenceKind | null {
  return s.absences?.list(date, date).find((a) => NO_WORK_KINDS.includes(a.kind))?.kind ?? null;
}

export function planNow(s: Services): Plan {
  const now = s.now();
  const empty: Plan = { now, upcoming: [], passed: [] };
  if (s.tracker.snapshot().state !== 'working') return empty;
  const agreement = s.work.agreementOn(todayDate(s, now));
  if (!agreement) return empty;
  const sessions = s.work.sessions(now - PLAN_DAYS * DAY, now + 1, now);
  return plan({ sessions, agreement, now, leadMinutes: s.settings.get().warningLeadMinutes });
}

const status = (s: Services) => trackerStatus(s);

export const HANDLERS: HandlerTable = {
  trackerStatus: async (s) => ok(status(s)),
  trackerStart: async (s, input) => {
    // Starting on a sick or holiday date is allowed (the window asked first); it is logged.
    const absent = absentToday(s, todayDate(s, s.now()));
    if (absent) s.log(`session started on a date marked ${absent}`);
    return after(s.tracker.start(input ?? {}), () => status(s));
  },
  trackerPause: async (s) => after(s.tracker.pause(), () => status(s)),
  trackerResume: async (s) => after(s.tracker.resume(), () => status(s)),
  trackerStop: async (s) => after(s.tracker.stop(), () => status(s)),
  trackerResolveIdle: async (s, input) => after(s.tracker.resolveIdle(input.choice), () => status(s)),
  trackerAnswerStillWorking: async (s, input) => after(s.tracker.answerStillWorking(input.working, input.end), () => status(s)),
  trackerUndoAutoClose: async (s) => after(s.tracker.undoAutoClose(), () => status(s)),
  trackerUndoIdle: async (s) => after(s.tracker.undoIdle(), () => status(s)),
  trackerStartAt: async (s, input) => after(s.tracker.startAt(input.at, {}, input.reason), () => status(s)),
  trackerStopAt: async (s, input) => after(s.tracker.stopAt(input.at, input.reason), () => status(s)),
  trackerChangeStart: async (s, input) => after(s.tracker.changeStart(input.at, input.reason), () => status(s)),

  sessionsList: async (s, input) => ok(s.sessions.list(input.from, input.to)),
  sessionsAdd: async (s, input) => s.sessions.add({ ...input.session, zone: input.session.zone ?? s.work.zone() }, input.reason ?? auditReason('by-hand')),
  sessionsEdit: async (s, input) => s.sessions.edit(input.id, { ...input.session, zone: input.session.zone ?? s.work.zone() }, input.reason),
  sessionsDelete: async (s, input) => run(s.sessions.remove(input.id, input.reason)),
  sessionsHistory: async (s, input) => ok(s.sessions.history(input?.sessionId)),

  agreementList: async (s) => ok(s.agreements.list()),
  agreementInForce: async (s, input) => ok(agreementInForce(s.agreements.list(), input?.date ?? todayDate(s, s.now()))),
  agreementSave: async (s, input) => s.agreements.save(input.document),

  settingsGet: async (s) => ok(s.settings.get()),
  settingsSet: async (s, input) => s.settings.set(input),

  reportPeriod: async (s, input) => {
    const zone = s.work.zone();
    const clock = zoneClock(zone);
    const from = clock.startOfDay(parseDate(input.from));
    const to = clock.startOfDay(parseDate(input.to) + 1);
    const agreement = s.work.agreementOn(input.to) ?? defaultAgreement({ zone, homeOffice: null });
    const now = s.now();
    const sessions = s.work.sessions(from - CONTEXT_DAYS * DAY, to + 7 * DAY, now);
    const availability = s.work.availability(from - 7 * DAY, to + 7 * DAY);
    const absences = s.absences?.list(input.from, input.to) ?? [];
    return ok(evaluate({ sessions, agreement, availability, absences, from: input.from, to: input.to }));
  },
  planNow: async (s) => ok(planNow(s)),

  warningsPending: async (s) => ok(s.warnings.pending()),
  warningsSnooze: async (s, input) => run(s.warnings.snooze(input.id, input.minutes)),
  warningsDismiss: async (s, input) => run(s.warnings.dismiss(input.id)),
  overtimeRecordReason: async (s, input) => s.warnings.recordOvertimeReason({ ...input, lang: userLang(s) }),

  backupNow: async (s) => ok(await s.backups.create()),
  backupList: async (s) => ok(await s.backups.list()),
  backupRestore: async (s, input) => run(s.backups.restore(input.name)),

  ...SUMMARY_HANDLERS,
  ...EXPORT_HANDLERS,
  ...DATA_FOLDER_HANDLERS,
  ...DIAGNOSTICS_HANDLERS,
  ...ABSENCE_HANDLERS,
  ...BASIS_HANDLERS,
};

/** Which part of the window a successful call changes: the shell broadcasts `stateChanged` for it. */
export const CHANGES: Partial<Record<ApiMethod, StateChange['topic']>> = {
  trackerStart: 'tracker',
  trackerPause: 'tracker',
  trackerResume: 'tracker',
  trackerStop: 'tracker',
  trackerResolveIdle: 'tracker',
  trackerAnswerStillWorking: 'tracker',
  trackerUndoAutoClose: 'tracker',
  trackerUndoIdle: 'tracker',
  trackerStartAt: 'tracker',
  trackerStopAt: 'tracker',
  trackerChangeStart: 'tracker',
  absenceSave: 'sessions',
  absenceDelete: 'sessions',
  balanceCarriedOverSet: 'sessions',
  paySettingsSave: 'sessions', // its overtimeTakenAs changes the balance (Today, Week, Month, the tray)
  sessionsAdd: 'sessions',
  sessionsEdit: 'sessions',
  sessionsDelete: 'sessions',
  agreementSave: 'agreement',
  settingsSet: 'settings',
  warningsSnooze: 'warnings',
  warningsDismiss: 'warnings',
  overtimeRecordReason: 'warnings',
  backupRestore: 'backup',
  summaryOptionsSave: 'settings',
};
