/**
 * The warnings as the handler table sees them (issue 4; spec working-time-rules §4): a
 * `WarningSources` read from the store's repositories, and the `WarningService` of
 * src/app/api/services.ts over a running WarningScheduler and an overtime-reason repository.
 *
 * The open session is named `open-<start>` (open-session-id.ts); a reason recorded under that name
 * stays with the session when the tracker stops it (the store links it in the same transaction).
 */
import { dateString, zoneClock, type Agreement, type Instant, type Lang } from '../../core/index';
import { parseAgreementJson } from '../../shared/formats/agreement';
import type { OvertimeReasonView, PendingWarningView } from '../../shared/ipc/dto';
import { ok } from '../../shared/result';
import type { WarningService } from '../api/services';
import { APP_SETTINGS_KEY } from '../api/app-services';
import type { AgreementRepo } from '../ports/agreement-repo';
import type { SessionRepo } from '../ports/session-repo';
import type { SettingsRepo } from '../ports/settings-repo';
import { openSessionId } from './open-session-id';
import { recordOvertimeReason, type OvertimeReasonRepo } from './overtime-reason';
import type { PendingWarning } from './pending';
import type { WarningScheduler } from './scheduler';
import { DEFAULT_WARNING_SETTINGS, type WarningSettings, type WarningSnapshot, type WarningSources } from './sources';

const DAY = 86_400_000;
/** Closed sessions the planner needs: the current and previous ISO week plus the last day. */
export const PLAN_LOOKBACK_DAYS = 15;
/** Longest lead time accepted from the settings (the window allows less). */
const MAX_LEAD_MINUTES = 240;

export interface StoreSourcesDeps {
  readonly sessions: Pick<SessionRepo, 'open' | 'between'>;
  readonly agreements: Pick<AgreementRepo, 'inForceOn'>;
  readonly settings: Pick<SettingsRepo, 'get'>;
  /** The user's IANA zone: picks the local date whose agreement is in force. */
  readonly zone: () => string;
  readonly now: () => Instant;
  readonly log?: (message: string, detail?: unknown) => void;
}

/** The warning settings from the app settings (key `app`); defaults for what is missing or bad. */
export function readWarningSettings(settings: Pick<SettingsRepo, 'get'>): WarningSettings {
  let raw: { lang?: unknown; warningLeadMinutes?: unknown } = {};
  try {
    raw = JSON.parse(settings.get(APP_SETTINGS_KEY) ?? '{}') as typeof raw;
  } catch {
    raw = {};
  }
  const lang: Lang = raw.lang === 'nb' || raw.lang === 'nn' || raw.lang === 'en' ? raw.lang : DEFAULT_WARNING_SETTINGS.lang;
  const lead = typeof raw.warningLeadMinutes === 'number' && Number.isFinite(raw.warningLeadMinutes) ? Math.min(MAX_LEAD_MINUTES, Math.max(0, Math.round(raw.warningLeadMinutes))) : DEFAULT_WARNING_SETTINGS.leadMinutes;
  return { ...DEFAULT_WARNING_SETTINGS, lang, leadMinutes: lead };
}

/**
 * What the scheduler reads, straight from the store on every wake-up (so edits are seen at once).
 * A store fault is logged and read as "nothing running" for that wake-up, so the scheduler keeps
 * its timer armed and tries again at the next heartbeat instead of stopping for good.
 */
export function storeWarningSources(d: StoreSourcesDeps): WarningSources {
  // Every wake-up reads the agreement and the settings afresh (so edits are seen at once), but parses
  // them only when their text changed since the last wake-up: the agreement's schema check and the
  // settings' JSON cost more than the rest of a tick's reading.
  let agreementText: string | null = null;
  let agreementParsed: Agreement | null = null;
  let settingsText: string | null | undefined;
  let settingsParsed: WarningSettings = DEFAULT_WARNING_SETTINGS;
  const agreementOf = (stored: { readonly validFrom: string; readonly json: string }): Agreement | null => {
    if (stored.json === agreementText) return agreementParsed;
    let agreement: Agreement | null = null;
    try {
      const parsed = parseAgreementJson(JSON.parse(stored.json));
      if (parsed.ok) agreement = parsed.value;
      else d.log?.(`agreement from ${stored.validFrom} cannot be read; no warnings are planned`, parsed.error[0]?.message);
    } catch (e) {
      d.log?.(`agreement from ${stored.validFrom} is not JSON; no warnings are planned`, e);
    }
    agreementText = stored.json;
    agreementParsed = agreement;
    return agreement;
  };
  const settingsOf = (): WarningSettings => {
    const text = d.settings.get(APP_SETTINGS_KEY);
    if (text !== settingsText) {
      settingsParsed = readWarningSettings({ get: () => text });
      settingsText = text;
    }
    return settingsParsed;
  };
  const load = (): WarningSnapshot => {
    const now = d.now();
    const open = d.sessions.open();
    const date = dateString(zoneClock(d.zone()).localDay(now));
    const stored = d.agreements.inForceOn(date);
    const agreement = stored ? agreementOf(stored) : null;
    const sessions = d.sessions.between(now - PLAN_LOOKBACK_DAYS * DAY, now + 1);
    return {
      open: open ? { id: openSessionId(open.start), start: open.start, kind: open.kind, location: open.location, initiative: open.initiative, breakWithDuties: false, ...(open.note !== undefined ? { note: open.note } : {}) } : null,
      sessions,
      agreement,
      settings: settingsOf(),
    };
  };
  return {
    load(): WarningSnapshot {
      try {
        return load();
      } catch (e) {
        d.log?.('warnings could not read the store; trying again at the next wake-up', e);
        return { open: null, sessions: [], agreement: null, settings: DEFAULT_WARNING_SETTINGS };
      }
    },
  };
}

export interface WarningServiceDeps {
  readonly scheduler: Pick<WarningScheduler, 'pendingWarnings' | 'snooze' | 'dismissPending' | 'hidePending'>;
  readonly reasons: OvertimeReasonRepo;
  readonly now: () => Instant;
}

export function pendingView(w: PendingWarning): PendingWarningView {
  return { id: w.id, title: w.title, body: w.body, since: w.since, cause: w.cause, ...(w.click.sessionId !== undefined ? { sessionId: w.click.sessionId } : {}) };
}

/**
 * The handler table's warning service.
 * - snooze(id, minutes): holds every notification for `minutes` (what falls due meanwhile comes
 *   as one summary after) and hides that pending warning until then;
 * - dismiss(id): removes a pending warning (dismissing one that is already gone is not an error);
 * - recordOvertimeReason: validated, stored with the session (open or closed).
 */
export function createWarningService(d: WarningServiceDeps): WarningService {
  return {
    pending: () => {
      const now = d.now();
      return d.scheduler.pendingWarnings().filter((w) => (w.hiddenUntil ?? 0) <= now).map(pendingView);
    },
    snooze: async (id, minutes) => {
      // The contract admits 1..240 whole minutes; anything else here is held for one minute.
      minutes = Number.isFinite(minutes) && minutes >= 1 ? minutes : 1;
      d.scheduler.hidePending(id, d.now() + minutes * 60_000);
      await d.scheduler.snooze(minutes);
      return ok(undefined);
    },
    dismiss: (id) => {
      d.scheduler.dismissPending([id]);
    },
    recordOvertimeReason: (input) => {
      const r = recordOvertimeReason(d.reasons, { ...input, now: d.now() });
      if (!r.ok) return r;
      const view: OvertimeReasonView = { sessionId: r.value.sessionId, recordedAt: r.value.recordedAt, reasons: [...r.value.reasons], text: r.value.text, ground: r.value.ground, takenAs: r.value.takenAs };
      return ok(view);
    },
    listOvertimeReasons: (from, to) => d.reasons.listBetween(from, to).map((r) => ({ sessionId: r.sessionId, sessionStart: r.sessionStart, sessionEnd: r.sessionEnd, recordedAt: r.recordedAt, reasons: [...r.reasons], text: r.text, ground: r.ground, takenAs: r.takenAs })),
  };
}
