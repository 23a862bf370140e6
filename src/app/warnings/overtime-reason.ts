/**
 * After a line is crossed the follow-up asks the employee to stop or to record the overtime with a
 * reason (AML § 10-6 (1): overtime only for an exceptional, time-limited need; § 10-7 requires a
 * record). The reason is kept with the session through this small port.
 */
import type { Instant, Lang, PlanReason } from '../../core/model';
import { DEFAULT_OVERTIME_TAKEN_AS, groundNeedsText, type OvertimeGround, type OvertimeTakenAs } from '../../core/overtime-basis';
import { translate } from '../../shared/i18n/catalog';
import { WARNING_TEXTS } from '../../shared/i18n/warnings';
import { err, ok, type Result } from '../../shared/result';

/** Longest reason accepted (one or two sentences). */
export const OVERTIME_REASON_MAX = 500;

export interface OvertimeReason {
  readonly sessionId: string;
  /** When the reason was recorded. */
  readonly recordedAt: Instant;
  /** The lines crossed that the reason answers. */
  readonly reasons: readonly PlanReason[];
  /** The free text ('' when a ground other than `other` was chosen without one). */
  readonly text: string;
  /** The AML § 10-6 (1) ground (issue 14 item 4), a code; null or absent for a reason saved before grounds existed. */
  readonly ground?: OvertimeGround | null;
  /** How the overtime is taken (issue 15 item 2): paid, or as time off in lieu (stays in the balance). */
  readonly takenAs?: OvertimeTakenAs;
}

export interface OvertimeReasonRepo {
  /** Whether the session exists (a reason is never stored for an unknown session). */
  sessionExists(sessionId: string): boolean;
  save(reason: OvertimeReason): void;
  listForSession(sessionId: string): readonly OvertimeReason[];
  /**
   * Issue 14 item 4: every reason whose session overlaps [from, to), with the session's start and end
   * (end null while it runs), so the window can show it on the findings of that day.
   */
  listBetween(from: Instant, to: Instant): readonly OvertimeReasonWithSession[];
}

/** A stored reason with the interval of its session (`sessionEnd` null while the session runs). */
export interface OvertimeReasonWithSession extends OvertimeReason {
  readonly sessionStart: Instant;
  readonly sessionEnd: Instant | null;
}

export interface RecordOvertimeInput {
  readonly sessionId: string;
  readonly reasons: readonly PlanReason[];
  readonly text: string;
  /** Required by the window's form; absent from a caller that predates grounds (then the text is required). */
  readonly ground?: OvertimeGround;
  /** Absent: the default, paid. */
  readonly takenAs?: OvertimeTakenAs;
  readonly now: Instant;
  readonly lang: Lang;
}

/**
 * Validates and stores a reason; bad input gets a clear message in the user's language. The text is
 * required for the ground `other` (and when no ground is given), optional for the other grounds.
 */
export function recordOvertimeReason(repo: OvertimeReasonRepo, input: RecordOvertimeInput): Result<OvertimeReason> {
  const text = input.text.trim();
  const ground = input.ground ?? null;
  if (text.length === 0 && groundNeedsText(ground)) return err({ code: 'overtime-reason.empty', message: translate(WARNING_TEXTS, input.lang, 'overtimeReason.empty') });
  if (text.length > OVERTIME_REASON_MAX) {
    return err({ code: 'overtime-reason.too-long', message: translate(WARNING_TEXTS, input.lang, 'overtimeReason.tooLong', { max: OVERTIME_REASON_MAX }) });
  }
  if (!repo.sessionExists(input.sessionId)) {
    return err({ code: 'overtime-reason.no-session', message: translate(WARNING_TEXTS, input.lang, 'overtimeReason.noSession') });
  }
  const reason: OvertimeReason = { sessionId: input.sessionId, recordedAt: input.now, reasons: [...input.reasons], text, ground, takenAs: input.takenAs ?? DEFAULT_OVERTIME_TAKEN_AS };
  repo.save(reason);
  return ok(reason);
}

/** An in-memory repo for tests and for the CLI's dry runs. */
export class MemoryOvertimeReasonRepo implements OvertimeReasonRepo {
  private readonly rows: OvertimeReason[] = [];

  /** `intervals`: the sessions' [start, end) by id (end null while running), for listBetween. */
  constructor(
    private readonly sessions: ReadonlySet<string>,
    private readonly intervals: ReadonlyMap<string, { readonly start: Instant; readonly end: Instant | null }> = new Map(),
  ) {}

  sessionExists(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  save(reason: OvertimeReason): void {
    this.rows.push(reason);
  }

  listForSession(sessionId: string): readonly OvertimeReason[] {
    return this.rows.filter((r) => r.sessionId === sessionId);
  }

  listBetween(from: Instant, to: Instant): readonly OvertimeReasonWithSession[] {
    const out: OvertimeReasonWithSession[] = [];
    for (const r of this.rows) {
      const i = this.intervals.get(r.sessionId);
      if (i && i.start < to && (i.end === null || i.end > from)) out.push({ ...r, sessionStart: i.start, sessionEnd: i.end });
    }
    return out;
  }
}
