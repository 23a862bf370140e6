/**
 * Issue 21 item 5: the timesheet reads the overtime reasons of a period in one query over its span
 * (`listBetween`) where the repository has it, not one query per session (a year has thousands),
 * and the result is the same as reading them session by session.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadTimesheet } from '../../../src/app/export/load-timesheet';
import type { OvertimeReason, OvertimeReasonWithSession } from '../../../src/app/warnings/overtime-reason';
import { at, exportFakes, settings } from './fixture';

function reasonsFor(sessions: readonly { id?: string; start: number; end: number }[]) {
  const rows: OvertimeReasonWithSession[] = [];
  sessions.forEach((s, i) => {
    if (s.id === undefined || i % 3 !== 0) return;
    rows.push({ sessionId: s.id, recordedAt: s.end + 1, reasons: ['agreed-end'], text: `Reason ${i}`, ground: i % 2 ? 'illness-absence-cover' : null, takenAs: i % 4 ? 'pay' : 'time-off', sessionStart: s.start, sessionEnd: s.end });
    if (i % 6 === 0) rows.push({ sessionId: s.id, recordedAt: s.end + 2, reasons: [], text: `Later ${i}`, ground: null, takenAs: 'pay', sessionStart: s.start, sessionEnd: s.end });
  });
  // A reason of a session outside the loaded ones (the running session) is not the timesheet's.
  rows.push({ sessionId: 'open-1', recordedAt: at('2026-04-30', '10:00'), reasons: [], text: 'Running', ground: null, takenAs: 'pay', sessionStart: at('2026-04-30', '08:00'), sessionEnd: null });
  return rows;
}

describe('overtime reasons of a period', () => {
  it('are read in one query over the span, with the same timesheet as one query per session', () => {
    const { deps, sessions } = exportFakes();
    const rows = reasonsFor(sessions);
    const perSession = { listForSession: (id: string): OvertimeReason[] => rows.filter((r) => r.sessionId === id).map(({ sessionStart: _s, sessionEnd: _e, ...r }) => r) };
    const listBetween = vi.fn((from: number, to: number) => rows.filter((r) => r.sessionStart < to && (r.sessionEnd === null || r.sessionEnd > from)));
    const spanned = { listForSession: vi.fn(perSession.listForSession), listBetween };

    const one = loadTimesheet('2026', settings, 'en', { ...deps, now: () => 0, overtimeReasons: spanned });
    const each = loadTimesheet('2026', settings, 'en', { ...deps, now: () => 0, overtimeReasons: perSession });
    expect(one.ok && each.ok).toBe(true);
    if (!one.ok || !each.ok) return;
    expect(listBetween).toHaveBeenCalledTimes(1);
    expect(spanned.listForSession).not.toHaveBeenCalled();
    expect(JSON.stringify(one.value.ts)).toBe(JSON.stringify(each.value.ts));
    expect(one.value.ts.months.flatMap((m) => m.days).filter((d) => d.overtimeBasis).length).toBeGreaterThan(3);
    expect(JSON.stringify(one.value.ts)).not.toContain('Running');
  });
});
