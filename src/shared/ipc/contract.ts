/**
 * THE IPC CONTRACT between the window and the main process: every method of `window.api`, the zod
 * schema its input must pass at the boundary, and the type of the value it resolves to. Every call
 * resolves to a `Result` (`{ ok: true, value }` or `{ ok: false, error }`), never a throw.
 *
 * - The preload exposes exactly `Api` (built from channels.ts, no zod in the sandbox).
 * - The main process checks the sender, validates the input with `CONTRACT[method].input`, then
 *   calls the handler table in src/app/api.
 * - Inputs are strict objects: unknown keys are refused, so a typo in the window fails loudly.
 */
import * as z from 'zod';
import { issueKey } from '../i18n/ipc-issues';
import { AGREEMENT_FORMAT, MAX_AGREEMENT_BYTES, isZone } from '../formats/agreement';
import type { Plan, PlanReason, Report } from '../../core/model';
import type { Result } from '../result';
import type { ApiMethod } from './channels';
import { SUMMARY_CONTRACT } from './summary-contract';
import { EXPORT_CONTRACT } from './export-contract';
import { DATA_FOLDER_CONTRACT } from './data-folder-contract';
import { DIAGNOSTICS_CONTRACT } from './diagnostics-contract';
import { ABSENCE_CONTRACT } from './absence-contract';
import { BASIS_CONTRACT } from './basis-contract';
import { OVERTIME_GROUNDS, OVERTIME_TAKEN_AS } from '../../core/overtime-basis';
import type {
  AgreementDocument,
  AgreementVersion,
  AuditEntryView,
  BackupInfo,
  NavigateRequest,
  OvertimeReasonView,
  PendingWarningView,
  SessionView,
  Settings,
  StateChange,
  TrackerStatus,
} from './dto';

/** A phantom marker carrying the output type of a method (no runtime value is needed). */
export interface Out<T> {
  readonly __output?: T;
}
const out = <T>(): Out<T> => ({});

export interface MethodSpec<S extends z.ZodType = z.ZodType, T = unknown> {
  readonly input: S;
  readonly output: Out<T>;
}
const method = <S extends z.ZodType, T>(input: S, output: Out<T>): MethodSpec<S, T> => ({ input, output });

// ---- building blocks -------------------------------------------------------------------------

/** No input: the method is called without an argument. */
export const NoInput = z.undefined();

/** An instant: epoch milliseconds, a whole number within the years 1970–2200. */
export const InstantSchema = z.number().int().min(0).max(7_258_118_400_000);
/** A local date `YYYY-MM-DD`. */
export const DateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, issueKey('date.like'));
/** An IANA zone name like `Europe/Oslo` (checked against the runtime's zone data by the main process). */
export const ZoneSchema = z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/, issueKey('zone.like')).refine(isZone, issueKey('zone.like'));
/** A stable id of a stored record. */
export const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, issueKey('id.unknown'));
/** A reason the user types for a change (kept in the audit log). */
export const ReasonSchema = z.string().trim().min(1, issueKey('reason.min')).max(500, issueKey('reason.max'));

export const SessionKindSchema = z.enum(['work', 'on-call']);
export const SessionLocationSchema = z.enum(['home', 'office', 'other']);
export const InitiativeSchema = z.enum(['employer', 'own']);
export const LangSchema = z.enum(['nb', 'nn', 'en']);

const PLAN_REASONS = [
  'agreed-end-soon',
  'agreed-end',
  'availability-end',
  'night-start',
  'sunday-start',
  'rest-latest-stop',
  'daily-normal-limit',
  'total-day-limit',
  'weekly-normal-limit',
  'weekly-overtime-limit',
  'break-due',
  'long-break-due',
  'overtime-break-due',
  'weekly-rest-latest-stop',
  'total-week-limit',
] as const satisfies readonly PlanReason[];
// Compile-time check that the list above names every PlanReason.
type MissingPlanReason = Exclude<PlanReason, (typeof PLAN_REASONS)[number]>;
const _allPlanReasons: [MissingPlanReason] extends [never] ? true : MissingPlanReason = true;
void _allPlanReasons;
export const PlanReasonSchema = z.enum(PLAN_REASONS);

/** The fields of a session the user enters (window form or edit). `zone` defaults to the user's zone. */
export const SessionInputSchema = z
  .strictObject({
    start: InstantSchema,
    end: InstantSchema,
    zone: ZoneSchema.optional(),
    kind: SessionKindSchema,
    location: SessionLocationSchema,
    initiative: InitiativeSchema,
    breakWithDuties: z.boolean(),
    note: z.string().max(500, issueKey('note.max')).optional(),
  })
  .refine((s) => s.end > s.start, { message: issueKey('session.order'), path: ['end'] })
  .refine((s) => s.end - s.start <= 7 * 24 * 3_600_000, { message: issueKey('session.week'), path: ['end'] });
export type SessionInput = z.output<typeof SessionInputSchema>;

export const TrackerStartSchema = z
  .strictObject({
    kind: SessionKindSchema.optional(),
    location: SessionLocationSchema.optional(),
    initiative: InitiativeSchema.optional(),
    note: z.string().max(500).optional(),
  })
  .optional();

export const SettingsPatchSchema = z.strictObject({
  lang: LangSchema.optional(),
  warningLeadMinutes: z.number().int().min(0, issueKey('lead.min')).max(120, issueKey('lead.max')).optional(),
  idleMinutes: z.number().int().min(1, issueKey('idle.min')).max(240, issueKey('idle.max')).optional(),
  autostart: z.boolean().optional(),
  // The data folder is not a setting to patch: it moves with `dataFolderMove` (copy, verify, restart).
  firstRunDone: z.boolean().optional(),
  /** Only `false`: the user has read the once-only notice about the version 2 readings; it is not shown again. */
  rulesUpdateNotice: z.literal(false).optional(),
  /** Issue 14 item 8: show the representative's page in the menu (off by default). */
  repPage: z.boolean().optional(),
});
export type SettingsPatch = z.output<typeof SettingsPatchSchema>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const serialisedBytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

/**
 * A `fyrabend.agreement/1` document of at most 1 MB (issue 18 item 4). Its fields are checked by the
 * format parser in the main process, whose objects are strict (an unknown field is refused there with
 * its JSON path and never stored); the document is stored as that parse's JSON, re-serialised.
 */
export const AgreementDocumentSchema = z
  .custom<AgreementDocument>((v) => isPlainObject(v) && v.format === AGREEMENT_FORMAT, issueKey('agreement.like'))
  .refine((v) => serialisedBytes(v) <= MAX_AGREEMENT_BYTES, issueKey('agreement.max'));

/** A backup file name: letters, digits, dot, dash, underscore; never a path. */
export const BackupNameSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, issueKey('backup.choose'))
  .refine((n) => !n.includes('..'), issueKey('backup.choose'));

// ---- the contract ------------------------------------------------------------------------------

export const CONTRACT = {
  trackerStatus: method(NoInput, out<TrackerStatus>()),
  trackerStart: method(TrackerStartSchema, out<TrackerStatus>()),
  trackerPause: method(NoInput, out<TrackerStatus>()),
  trackerResume: method(NoInput, out<TrackerStatus>()),
  trackerStop: method(NoInput, out<TrackerStatus>()),
  /** Answers the idle question: keep the idle time as work, discard it, or mark it as a break. */
  trackerResolveIdle: method(z.strictObject({ choice: z.enum(['keep', 'discard', 'break']) }), out<TrackerStatus>()),
  /** Answers "Are you still working?": yes keeps recording; no stops at `end` (default: the last activity). */
  trackerAnswerStillWorking: method(z.strictObject({ working: z.boolean(), end: InstantSchema.optional() }), out<TrackerStatus>()),
  /** Runs a session again that the tracker closed for want of an answer. */
  trackerUndoAutoClose: method(NoInput, out<TrackerStatus>()),
  /** Takes back the last answer to the away question (within a minute): the question is asked again. */
  trackerUndoIdle: method(NoInput, out<TrackerStatus>()),
  /** Issue 14 item 3: "I started at 07:45" (a reason only for a time inside a locked period). */
  trackerStartAt: method(z.strictObject({ at: InstantSchema, reason: ReasonSchema.optional() }), out<TrackerStatus>()),
  /** "I stopped at 16:10": ends the running session at a time that has passed. */
  trackerStopAt: method(z.strictObject({ at: InstantSchema, reason: ReasonSchema.optional() }), out<TrackerStatus>()),
  /** Moves the start of the running session (earlier or later, not in the future). */
  trackerChangeStart: method(z.strictObject({ at: InstantSchema, reason: ReasonSchema.optional() }), out<TrackerStatus>()),

  /** Finished sessions overlapping [from, to). */
  sessionsList: method(
    z.strictObject({ from: InstantSchema, to: InstantSchema }).refine((r) => r.to > r.from, { message: issueKey('period.instantOrder'), path: ['to'] }),
    out<readonly SessionView[]>(),
  ),
  sessionsAdd: method(z.strictObject({ session: SessionInputSchema, reason: ReasonSchema.optional() }), out<SessionView>()),
  sessionsEdit: method(z.strictObject({ id: IdSchema, session: SessionInputSchema, reason: ReasonSchema }), out<SessionView>()),
  sessionsDelete: method(z.strictObject({ id: IdSchema, reason: ReasonSchema }), out<null>()),
  /** The audit log, for one session or all. */
  sessionsHistory: method(z.strictObject({ sessionId: IdSchema.optional() }).optional(), out<readonly AuditEntryView[]>()),

  agreementList: method(NoInput, out<readonly AgreementVersion[]>()),
  /** The agreement in force on a local date (today when omitted), or null when none is stored. */
  agreementInForce: method(z.strictObject({ date: DateSchema.optional() }).optional(), out<AgreementVersion | null>()),
  agreementSave: method(z.strictObject({ document: AgreementDocumentSchema }), out<AgreementVersion>()),

  settingsGet: method(NoInput, out<Settings>()),
  settingsSet: method(SettingsPatchSchema, out<Settings>()),

  /** Findings, day and week totals (core `evaluate()`) for the local dates [from, to], inclusive. */
  reportPeriod: method(
    z.strictObject({ from: DateSchema, to: DateSchema }).refine((r) => r.to >= r.from, { message: issueKey('period.dateOrder'), path: ['to'] }),
    out<Report>(),
  ),
  /** The look-ahead plan (core `plan()`) for the open session now; empty lists when nothing runs. */
  planNow: method(NoInput, out<Plan>()),

  warningsPending: method(NoInput, out<readonly PendingWarningView[]>()),
  warningsSnooze: method(z.strictObject({ id: z.string().min(1).max(200), minutes: z.number().int().min(1).max(240) }), out<null>()),
  warningsDismiss: method(z.strictObject({ id: z.string().min(1).max(200) }), out<null>()),
  overtimeRecordReason: method(
    // Issue 14 item 4 / issue 15 item 2: the § 10-6 (1) ground and how the overtime is taken, as codes (absent: a caller from before them).
    z.strictObject({
      sessionId: IdSchema,
      reasons: z.array(PlanReasonSchema).max(10),
      text: z.string().max(2000),
      ground: z.enum(OVERTIME_GROUNDS).optional(),
      takenAs: z.enum(OVERTIME_TAKEN_AS).optional(),
    }),
    out<OvertimeReasonView>(),
  ),

  backupNow: method(NoInput, out<BackupInfo>()),
  backupList: method(NoInput, out<readonly BackupInfo[]>()),
  backupRestore: method(z.strictObject({ name: BackupNameSchema }), out<null>()),

  // Issue 8: anonymised summaries for union representatives.
  ...SUMMARY_CONTRACT,

  // Issue 7: pay settings, preview and payroll export from the window.
  ...EXPORT_CONTRACT,

  // Issue 6: pick a folder and move the data folder there (copy, verify, location.json, restart).
  ...DATA_FOLDER_CONTRACT,

  // Issue 19: show the log file, copy the diagnostics.
  ...DIAGNOSTICS_CONTRACT,
  // Issue 15: absence and the flexitime balance.
  ...ABSENCE_CONTRACT,
  // Issue 14 item 4: the recorded overtime reasons of a period.
  ...BASIS_CONTRACT,
} as const satisfies Record<ApiMethod, MethodSpec>;

export type Contract = typeof CONTRACT;

/** The validated input a handler receives for a method. */
export type InputOf<K extends ApiMethod> = z.output<Contract[K]['input']>;
/** The raw input the window passes for a method. */
export type RawInputOf<K extends ApiMethod> = z.input<Contract[K]['input']>;
/** The value a method resolves to on success. */
export type OutputOf<K extends ApiMethod> = Contract[K]['output'] extends Out<infer T> ? T : never;

type MethodFn<K extends ApiMethod> = undefined extends RawInputOf<K>
  ? (input?: RawInputOf<K>) => Promise<Result<OutputOf<K>>>
  : (input: RawInputOf<K>) => Promise<Result<OutputOf<K>>>;

/** Event subscriptions: each returns a function that unsubscribes. */
export interface ApiEvents {
  onStateChanged(listener: (change: StateChange) => void): () => void;
  onNavigate(listener: (request: NavigateRequest) => void): () => void;
}

/** `window.api`: exactly what the preload exposes and the only thing the window may use. */
export type Api = { readonly [K in ApiMethod]: MethodFn<K> } & ApiEvents;

export { API_METHODS, API_EVENTS, channelOf, eventChannelOf, methodOfChannel, type ApiMethod, type ApiEvent } from './channels';
export type * from './dto';
export type * from './summary-contract';
export type * from './export-contract';
export type * from './data-folder-contract';
export type * from './basis-contract';
