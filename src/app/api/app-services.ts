/**
 * Builds the `Services` of the handler table from the app's ports (store repositories), the
 * tracker and the session editor. Used by the Electron shell and by the e2e harness with a real
 * SQLite store; platform parts (backups, warnings, logging) are passed in.
 */
import { dateString, zoneClock, type Agreement, type Lang } from '../../core/index';
import { parseAgreementJson } from '../../shared/formats/agreement';
import { problemsText } from '../../shared/formats/problems';
import type { SessionView, Settings } from '../../shared/ipc/dto';
import { err, ok, type Result } from '../../shared/result';
import { translate } from '../../shared/i18n/catalog';
import { API_TEXTS } from './texts';
import type { AgreementRepo } from '../ports/agreement-repo';
import type { AuditLog } from '../ports/audit-log';
import type { Clock } from '../ports/clock';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionRepo, StoredSession } from '../ports/session-repo';
import type { SettingsRepo } from '../ports/settings-repo';
import type { TrackerStateRepo } from '../ports/tracker-state-repo';
import { SessionEditor } from '../tracker/editor';
import { describeProblem, type TrackerProblem } from '../tracker/problems';
import { loadTrackerSettings, TRACKER_SETTINGS_KEY } from '../tracker/settings';
import { Tracker, UNDO_IDLE_MS, type TrackerNotices } from '../tracker/tracker';
import { createAbsenceService } from '../absence/service';
import { agreementVersions } from '../agreement-versions';
import type { AbsenceRepo } from '../ports/absence-repo';
import type { OvertimeReasonRepo } from '../warnings/overtime-reason';
import { openSessionId } from '../warnings/open-session-id';
import { agreedEndOfDay } from '../tracker/agreed-end';
import { dismissRulesUpdateNotice, rulesUpdateNoticeDue } from '../notices/rules-update';
import type { BackupService, Services, TrackerSnapshot, WarningService } from './services';
import type { PayrollService } from './payroll-service';
import type { SummaryService } from './summary-handlers';
import type { DataLocationService } from '../data-location/service';
import type { DiagnosticsService } from './diagnostics-handlers';

export const APP_SETTINGS_KEY = 'app';
const DAY = 86_400_000;

export interface AppServiceDeps {
  readonly sessions: SessionRepo;
  readonly locks: LockedPeriodRepo;
  readonly settings: SettingsRepo;
  readonly agreements: AgreementRepo;
  readonly audit: AuditLog;
  readonly trackerState: TrackerStateRepo;
  readonly clock: Clock;
  readonly zone: () => string;
  /** True in the tray app (writes heartbeats), false in one-shot processes. */
  readonly heartbeats: boolean;
  readonly dataFolder: string;
  readonly backups: BackupService;
  /** The warning scheduler's side; without one nothing is pending. */
  readonly warnings?: WarningService;
  readonly log: (message: string, detail?: unknown) => void;
  /** Issue 8: summaries and the representative's report (see createSummaryService). */
  readonly summaries?: SummaryService;
  /** Issue 7: pay settings and payroll export from the window (see createPayrollService). */
  readonly payroll?: PayrollService;
  /** Issue 6: pick a folder and move the data there (see createDataLocationService). */
  readonly location?: DataLocationService;
  /** Issue 19: the log file and the diagnostics text (the desktop host). */
  readonly diagnostics?: DiagnosticsService;
  /** Issue 15: the absences repository; with it the absence and balance methods work. */
  readonly absences?: AbsenceRepo;
  /** The recorded overtime reasons, for the balance: overtime taken as time off stays in it (issue 15 item 2). */
  readonly overtimeReasons?: Pick<OvertimeReasonRepo, 'listBetween'>;
  /** True when an idle source tells whether the user is at the computer (the tray app's presence); default true. */
  readonly presenceKnown?: () => boolean;
  /** Where the tracker's own questions and notices go (the tray app's notifications). */
  readonly trackerNotices?: TrackerNotices;
}

/** Stands in when no warning scheduler runs (a build or test without one); says so in the user's language. */
const NO_WARNINGS: WarningService = {
  pending: () => [],
  snooze: () => undefined,
  dismiss: () => undefined,
  recordOvertimeReason: ({ lang }) => err({ code: 'warnings-off', message: translate(API_TEXTS, lang, 'warningsOff') }),
};

function view(s: StoredSession): SessionView {
  const { id, start, end, zone, kind, location, initiative, breakWithDuties, note, review, source } = s;
  return { id, start, end, zone, kind, location, initiative, breakWithDuties, ...(note !== undefined ? { note } : {}), review, source };
}

function parseView(json: string | null): SessionView | null {
  if (!json) return null;
  try {
    return view(JSON.parse(json) as StoredSession);
  } catch {
    return null;
  }
}

export function createAppServices(d: AppServiceDeps): Services & { readonly tracker: Services['tracker'] & { readonly core: Tracker } } {
  const readSettings = (): Settings => {
    let raw: Partial<Settings> = {};
    try {
      raw = JSON.parse(d.settings.get(APP_SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    } catch {
      raw = {};
    }
    const lang: Lang = raw.lang === 'nn' || raw.lang === 'en' || raw.lang === 'nb' ? raw.lang : 'nb';
    return {
      lang,
      warningLeadMinutes: typeof raw.warningLeadMinutes === 'number' ? raw.warningLeadMinutes : 15,
      idleMinutes: loadTrackerSettings(d.settings).idleThresholdMinutes,
      autostart: raw.autostart === true,
      dataFolder: d.dataFolder,
      firstRunDone: raw.firstRunDone === true,
      ...(raw.repPage === true ? { repPage: true } : {}),
    };
  };
  /** Adds whether the once-only notice about the version 2 readings is due (read only where the window asks). */
  // It changes only when an agreement is saved or the notice dismissed (both below), so it is worked out once: settings.get() is read often (the tray, every message's language).
  let noticeDue: boolean | null = null;
  const withNotice = (s: Settings): Settings => {
    noticeDue ??= rulesUpdateNoticeDue(d.settings, d.agreements);
    return { ...s, rulesUpdateNotice: noticeDue };
  };
  // The tray asks for the agreement in force at every refresh and tick: the stored text is parsed once
  // per text (keyed by the text itself, so a save by this process or another one is never missed) and
  // the memo is dropped when an agreement is saved here.
  let parsedAgreements = new Map<string, Agreement | null>();
  const agreementOn = (date: string): Agreement | null => {
    const stored = d.agreements.inForceOn(date);
    if (!stored) return null;
    const known = parsedAgreements.get(stored.json);
    if (known !== undefined) return known;
    const parsed = parseAgreementJson(JSON.parse(stored.json));
    const value = parsed.ok ? parsed.value : null;
    if (parsedAgreements.size >= 16) parsedAgreements = new Map();
    parsedAgreements.set(stored.json, value);
    return value;
  };
  const core = new Tracker({
    sessions: d.sessions,
    state: d.trackerState,
    clock: d.clock,
    settings: loadTrackerSettings(d.settings),
    zone: d.zone,
    heartbeats: d.heartbeats,
    presenceKnown: d.presenceKnown,
    notices: d.trackerNotices,
    locks: d.locks,
    agreedEnd: (start) => {
      const a = agreementOn(dateString(zoneClock(d.zone()).localDay(start)));
      return a ? agreedEndOfDay(a, start) : null;
    },
  });
  const editor = new SessionEditor({ sessions: d.sessions, locks: d.locks, clock: d.clock });
  const refuse = <T>(r: Result<T, TrackerProblem>): Result<T> => (r.ok ? r : err({ code: `tracker.${r.error.code}`, message: describeProblem(r.error, readSettings().lang, d.zone(), 'window') }));

  const snapshot = (): TrackerSnapshot => {
    const s = core.status();
    const now = d.clock.now();
    const toReview = d.sessions.countToReview
      ? d.sessions.countToReview(now - 30 * DAY, now + DAY)
      : d.sessions.between(now - 30 * DAY, now + DAY).filter((x) => x.review !== null).length;
    const st = d.trackerState.get();
    const idleUndo = st.idleAnswer && now - st.idleAnswer.at <= UNDO_IDLE_MS ? { choice: st.idleAnswer.choice, until: st.idleAnswer.at + UNDO_IDLE_MS } : null;
    const autoClosed = st.autoClosed ? { reason: st.autoClosed.reason, start: st.autoClosed.start, end: st.autoClosed.end } : null;
    const base = { toReview, idleQuestion: null, pausedSince: null, openSince: null, current: null, stillWorking: null, autoClosed, idleUndo } as const;
    switch (s.state) {
      case 'stopped':
        return { ...base, state: 'idle', idleQuestion: s.idle };
      case 'paused':
        return { ...base, state: 'paused', pausedSince: s.paused.since, idleQuestion: s.idle, current: { kind: s.paused.kind, location: s.paused.location, initiative: s.paused.initiative } };
      case 'running':
      case 'recovery-needed':
        return {
          ...base,
          state: 'working',
          openSince: s.open.start,
          current: { kind: s.open.kind, location: s.open.location, initiative: s.open.initiative },
          toReview: toReview + (s.state === 'recovery-needed' ? 1 : 0),
          stillWorking: st.question ? { reason: st.question.reason, since: s.open.start, lastActivity: s.open.lastActivity } : null,
          autoClosed: null,
        };
    }
  };

  return {
    now: () => d.clock.now(),
    log: d.log,
    tracker: {
      core,
      snapshot,
      start: (o) => refuse(core.start(o)),
      pause: () => refuse(core.pause()),
      resume: () => refuse(core.resume()),
      stop: () => refuse(core.stop()),
      resolveIdle: (c) => refuse(core.answerIdle(c)),
      answerStillWorking: (working, end) => refuse(core.answerStillWorking(working, end)),
      undoAutoClose: () => refuse(core.undoAutoClose()),
      undoIdle: () => refuse(core.undoIdleAnswer()),
      startAt: (at, o, reason) => refuse(core.startAt(at, o, reason)),
      stopAt: (at, reason) => refuse(core.stopAt(at, reason)),
      changeStart: (at, reason) => refuse(core.changeStart(at, reason)),
    },
    work: {
      zone: d.zone,
      sessions: (from, to, now) => {
        const closed = d.sessions.between(from, to);
        const open = d.sessions.open();
        if (!open || open.start >= to || now <= from) return closed;
        return [...closed, { start: open.start, end: Math.max(open.start, now), kind: open.kind, location: open.location, initiative: open.initiative, breakWithDuties: false }];
      },
      availability: (from, to) => d.sessions.availabilityBetween(from, to),
      agreementOn,
    },
    sessions: {
      list: (from, to) => d.sessions.between(from, to).map(view),
      add: (input, reason) => {
        const r = refuse(editor.add(input, reason));
        return r.ok ? ok(view(r.value)) : r;
      },
      edit: (id, input, reason) => {
        const r = refuse(editor.edit(id, input, reason));
        return r.ok ? ok(view(r.value)) : r;
      },
      remove: (id, reason) => refuse(editor.remove(id, reason)),
      history: (sessionId) =>
        d.audit
          .entries(sessionId)
          .filter((e) => !e.action.startsWith('absence-')) // absences have their own history (issue 15)
          .map((e) => ({ id: e.id, at: e.at, action: e.action, sessionId: e.sessionId, reason: e.reason, before: parseView(e.before), after: parseView(e.after), ...(e.basis ? { basis: e.basis } : {}) })),
    },
    agreements: {
      list: () => d.agreements.list().map((a) => ({ validFrom: a.validFrom, savedAt: a.savedAt, document: JSON.parse(a.json) as { format: 'fyrabend.agreement/1' } })),
      save: (document) => {
        const parsed = parseAgreementJson(document);
        if (!parsed.ok) return err({ code: 'agreement.invalid', message: problemsText(null, parsed.error, readSettings().lang, 1) });
        const at = d.clock.now();
        d.agreements.save(parsed.value.validFrom, JSON.stringify(document), at);
        noticeDue = null;
        parsedAgreements = new Map();
        return ok({ validFrom: parsed.value.validFrom, savedAt: at, document });
      },
    },
    settings: {
      get: () => withNotice(readSettings()),
      set: (patch) => {
        const { idleMinutes, rulesUpdateNotice, ...rest } = patch;
        const current = readSettings();
        const { idleMinutes: _i, dataFolder: _f, ...stored } = { ...current, ...rest };
        d.settings.set(APP_SETTINGS_KEY, JSON.stringify(stored));
        if (idleMinutes !== undefined) {
          const tracker = { ...loadTrackerSettings(d.settings), idleThresholdMinutes: idleMinutes };
          d.settings.set(TRACKER_SETTINGS_KEY, JSON.stringify(tracker));
        }
        // The once-only notice about the version 2 readings can only be dismissed, never turned back on.
        if (rulesUpdateNotice === false) {
          dismissRulesUpdateNotice(d.settings, d.clock.now());
          noticeDue = null;
        }
        return ok(withNotice(readSettings()));
      },
    },
    warnings: d.warnings ?? NO_WARNINGS,
    backups: d.backups,
    ...(d.summaries ? { summaries: d.summaries } : {}),
    ...(d.payroll ? { payroll: d.payroll } : {}),
    ...(d.location ? { location: d.location } : {}),
    ...(d.diagnostics ? { diagnostics: d.diagnostics } : {}),
    ...(d.absences ? { absences: absenceService(d, d.absences, () => agreementVersions(d.agreements), () => readSettings().lang) } : {}),
  };
}

/** The absence service over the same sessions (finished and the running one up to now) and agreements as the rest. */
function absenceService(d: AppServiceDeps, repo: AbsenceRepo, agreements: () => readonly Agreement[], lang: () => Lang) {
  return createAbsenceService({
    absences: repo,
    settings: d.settings,
    now: () => d.clock.now(),
    zone: d.zone,
    lang,
    agreements,
    ...(d.overtimeReasons ? { overtimeReasons: d.overtimeReasons } : {}),
    sessions: (from, to) => {
      const open = d.sessions.open();
      const now = d.clock.now();
      const closed = d.sessions.between(from, to);
      // The running session under its open id, so a reason recorded while it runs counts for the balance.
      return open && open.start < to ? [...closed, { id: openSessionId(open.start), start: open.start, end: Math.max(open.start, now), kind: open.kind, location: open.location, initiative: open.initiative, breakWithDuties: false }] : closed;
    },
  });
}

