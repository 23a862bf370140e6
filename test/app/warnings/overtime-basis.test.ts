/**
 * Issue 14 item 4 / issue 15 item 2: the ground (AML § 10-6 (1)) and paid or time off on an overtime
 * reason, checked at the IPC boundary (the contract's zod schema) and again by the app.
 */
import { describe, expect, it } from 'vitest';
import { MemoryOvertimeReasonRepo, recordOvertimeReason } from '../../../src/app/warnings/overtime-reason';
import { CONTRACT } from '../../../src/shared/ipc/contract';

const now = Date.parse('2026-03-10T15:10:00Z');
const schema = CONTRACT.overtimeRecordReason.input;

describe('the overtime reason at the IPC boundary', () => {
  it.each([
    [{ sessionId: '7', reasons: [], text: '', ground: 'breakdown-emergency', takenAs: 'time-off' }, true],
    [{ sessionId: '7', reasons: [], text: 'x', ground: 'other' }, true],
    [{ sessionId: '7', reasons: [], text: 'x' }, true], // a caller from before grounds
    [{ sessionId: '7', reasons: [], text: 'x', ground: 'Exceptional need' }, false],
    [{ sessionId: '7', reasons: [], text: 'x', ground: 'other', takenAs: 'avspasering' }, false],
    [{ sessionId: '7', reasons: [], text: 'x', ground: null }, false],
    [{ sessionId: '7', reasons: [], text: 'x', ground: 'other', extra: 1 }, false],
  ])('%j → %s', (input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
  });
});

describe('recordOvertimeReason with a ground', () => {
  const repo = () => new MemoryOvertimeReasonRepo(new Set(['s1']));

  it('stores the ground as a code and time off; the text may be empty for a ground other than "other"', () => {
    const r = repo();
    const out = recordOvertimeReason(r, { sessionId: 's1', reasons: ['agreed-end'], text: '  ', ground: 'illness-absence-cover', takenAs: 'time-off', now, lang: 'en' });
    expect(out.ok).toBe(true);
    expect(r.listForSession('s1')).toEqual([{ sessionId: 's1', recordedAt: now, reasons: ['agreed-end'], text: '', ground: 'illness-absence-cover', takenAs: 'time-off' }]);
  });

  it('is paid unless time off is chosen', () => {
    const r = repo();
    recordOvertimeReason(r, { sessionId: 's1', reasons: [], text: 'Deadline', ground: 'exceptional-time-limited', now, lang: 'en' });
    expect(r.listForSession('s1')[0]).toMatchObject({ ground: 'exceptional-time-limited', takenAs: 'pay' });
  });

  it.each(['nb', 'nn', 'en'] as const)('%s: "other" and no ground need the text', (lang) => {
    for (const ground of ['other', undefined] as const) {
      const out = recordOvertimeReason(repo(), { sessionId: 's1', reasons: [], text: ' ', ...(ground ? { ground } : {}), now, lang });
      expect(out).toMatchObject({ ok: false, error: { code: 'overtime-reason.empty' } });
    }
  });

  it('a text over the limit is refused whatever the ground', () => {
    const out = recordOvertimeReason(repo(), { sessionId: 's1', reasons: [], text: 'x'.repeat(501), ground: 'breakdown-emergency', now, lang: 'en' });
    expect(out).toMatchObject({ ok: false, error: { code: 'overtime-reason.too-long' } });
  });
});
