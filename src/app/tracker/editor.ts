/**
 * Adding, editing and deleting past sessions. Every change is validated (end after start, not in
 * the future, no overlap with another session, which the user may instead merge), needs a reason,
 * and is written with its audit entry in one transaction. A change inside a locked (exported)
 * period is applied and kept as a correction for the next export to list.
 */
import type { Instant } from '../../core/model';
import { err, ok, type Result } from '../../shared/result';
import { auditReason } from '../../shared/audit-reason';
import type { Clock } from '../ports/clock';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionInput, SessionRepo, StoredSession } from '../ports/session-repo';
import type { TrackerProblem } from './problems';
import { maxOf, minOf } from '../../core/extent';

export interface EditOptions {
  /** Merge with the overlapping sessions instead of refusing (the user accepted the offer). */
  readonly merge?: boolean;
}

export interface EditorDeps {
  readonly sessions: SessionRepo;
  readonly locks: LockedPeriodRepo;
  readonly clock: Clock;
}

export class SessionEditor {
  constructor(private readonly d: EditorDeps) {}

  /** The problems with `input` as a finished session, or null. */
  validate(input: SessionInput, reason: string, exceptId?: string): TrackerProblem | null {
    const now = this.d.clock.now();
    if (reason.trim() === '') return { code: 'reason-missing' };
    if (!(input.end > input.start)) return { code: 'end-before-start', start: input.start, end: input.end };
    if (input.end > now) return { code: 'in-future', end: input.end, now };
    const open = this.d.sessions.open();
    if (open && input.end > open.start) return { code: 'overlaps-open', since: open.start };
    const others = this.d.sessions.overlapping(input.start, input.end, exceptId);
    if (others.length > 0) {
      return {
        code: 'overlap',
        ids: others.map((o) => o.id),
        start: input.start,
        end: input.end,
        mergedStart: Math.min(input.start, minOf(others.map((o) => o.start))),
        mergedEnd: Math.max(input.end, maxOf(others.map((o) => o.end))),
      };
    }
    return null;
  }

  private lockId(start: Instant, end: Instant): string | undefined {
    return this.d.locks.lockedOverlapping(start, end)?.id;
  }

  /** Deletes the sessions `input` overlaps and widens `input` to cover them (the accepted merge). */
  private absorb(input: SessionInput, reason: string, exceptId?: string): SessionInput {
    const now = this.d.clock.now();
    let merged = input;
    for (const o of this.d.sessions.overlapping(input.start, input.end, exceptId)) {
      merged = { ...merged, start: Math.min(merged.start, o.start), end: Math.max(merged.end, o.end) };
      const lockedPeriodId = this.lockId(o.start, o.end);
      this.d.sessions.change({ action: 'delete', id: o.id, at: now, reason: auditReason('merged', { note: reason }), ...(lockedPeriodId ? { lockedPeriodId } : {}) });
    }
    return merged;
  }

  add(input: SessionInput, reason: string, options: EditOptions = {}): Result<StoredSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const problem = this.validate(input, reason);
      if (problem && !(problem.code === 'overlap' && options.merge)) return err(problem);
      const final = problem ? this.absorb(input, reason) : input;
      const lockedPeriodId = this.lockId(final.start, final.end);
      const saved = this.d.sessions.change({ action: 'add', after: { ...final, source: 'manual' }, at: this.d.clock.now(), reason, ...(lockedPeriodId ? { lockedPeriodId } : {}) });
      return ok(saved as StoredSession);
    });
  }

  edit(id: string, input: SessionInput, reason: string, options: EditOptions = {}): Result<StoredSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const before = this.d.sessions.get(id);
      if (!before) return err({ code: 'not-found', id } as const);
      const problem = this.validate(input, reason, id);
      if (problem && !(problem.code === 'overlap' && options.merge)) return err(problem);
      const final = problem ? this.absorb(input, reason, id) : input;
      const lockedPeriodId = this.lockId(Math.min(before.start, final.start), Math.max(before.end, final.end));
      const saved = this.d.sessions.change({ action: 'edit', id, after: { ...final, review: null }, at: this.d.clock.now(), reason, ...(lockedPeriodId ? { lockedPeriodId } : {}) });
      return ok(saved as StoredSession);
    });
  }

  remove(id: string, reason: string): Result<null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const before = this.d.sessions.get(id);
      if (!before) return err({ code: 'not-found', id } as const);
      if (reason.trim() === '') return err({ code: 'reason-missing' } as const);
      const lockedPeriodId = this.lockId(before.start, before.end);
      this.d.sessions.change({ action: 'delete', id, at: this.d.clock.now(), reason, ...(lockedPeriodId ? { lockedPeriodId } : {}) });
      return ok(null);
    });
  }
}
