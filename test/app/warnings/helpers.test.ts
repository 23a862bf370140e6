import { describe, expect, it } from 'vitest';
import { ClockWatch } from '../../../src/app/warnings/clock-watch';
import { composeDue, composeHeld, composeUnlogged, summaryLines } from '../../../src/app/warnings/compose';
import { MemoryDeliveredLog, deliveryKey } from '../../../src/app/warnings/delivered-log';
import { selectDue } from '../../../src/app/warnings/due';
import { MemoryOvertimeReasonRepo, OVERTIME_REASON_MAX, recordOvertimeReason } from '../../../src/app/warnings/overtime-reason';
import { isInsideAgreedTime, outOfHoursStretchKey } from '../../../src/app/warnings/working-time';
import { LANGS } from '../../../src/core/model';
import { WARNING_TEXTS } from '../../../src/shared/i18n/warnings';
import { agreement, item, oslo } from './fakes';

describe('ClockWatch', () => {
  it.each([
    { name: 'steady', wall: 60_000, mono: 60_000, expected: 'steady' },
    { name: 'late timer within tolerance', wall: 64_000, mono: 60_000, expected: 'steady' },
    { name: 'suspend (monotonic stood still)', wall: 3_600_000, mono: 60_000, expected: 'jump-forward' },
    { name: 'clock set back an hour', wall: -3_540_000, mono: 60_000, expected: 'jump-back' },
  ])('$name → $expected', ({ wall, mono, expected }) => {
    const w = new ClockWatch(5_000);
    expect(w.observe(0, 0)).toBe('first');
    expect(w.observe(wall, mono)).toBe(expected);
  });
});

describe('selectDue', () => {
  const t = oslo('2026-03-02 15:45');
  const end = oslo('2026-03-02 16:00');
  it('takes warnings whose time has come, once', () => {
    const log = new MemoryDeliveredLog();
    const planNow = { now: t, upcoming: [item('agreed-end-soon', t, end), item('night-start', oslo('2026-03-02 20:45'), oslo('2026-03-02 21:00'))], passed: [] };
    const due = selectDue(planNow, log, t);
    expect(due.warnings.map((i) => i.reason)).toEqual(['agreed-end-soon']);
    log.add(due.keys.map((k) => k.key), end);
    expect(selectDue(planNow, log, t).warnings).toEqual([]);
  });
  it('merges "ends soon" into the follow-up of "ends" and groups lines crossed at one instant', () => {
    const now = oslo('2026-03-02 21:10');
    const nine = oslo('2026-03-02 21:00');
    const due = selectDue(
      { now, upcoming: [], passed: [item('agreed-end-soon', end, end), item('agreed-end', end, end), item('night-start', nine, nine), item('rest-latest-stop', nine, nine)] },
      new MemoryDeliveredLog(),
      now,
    );
    expect(due.followUps.map((f) => [f.line, f.items.map((i) => i.reason)])).toEqual([
      [end, ['agreed-end']],
      [nine, ['night-start', 'rest-latest-stop']],
    ]);
    expect(due.keys.map((k) => k.key)).toContain(deliveryKey('follow', { reason: 'agreed-end-soon', line: end }));
  });
});

describe('composeDue', () => {
  it('summarises more than four lines with "and N more"', () => {
    expect(summaryLines(['a', 'b', 'c', 'd', 'e', 'f'], 'nn')).toEqual(['a', 'b', 'c', 'og 3 til']);
    expect(summaryLines(['a', 'b'], 'en')).toEqual(['a', 'b']);
  });
  it('returns null when nothing is due', () => {
    expect(composeDue({ warnings: [], followUps: [], keys: [] }, 'en', undefined)).toBeNull();
  });
  const t = oslo('2026-03-02 15:45');
  const end = oslo('2026-03-02 16:00');
  it.each([
    ['nb', 'Åpne Fyrabend', 'Stopp eller registrer overtid', 'Registrer arbeid'],
    ['nn', 'Opne Fyrabend', 'Stopp eller registrer overtid', 'Registrer arbeid'],
    ['en', 'Open Fyrabend', 'Stop or record overtime', 'Log the work'],
  ] as const)('labels the click action in %s (the notification’s default action)', (lang, open, stopOrRecord, logWork) => {
    const warn = composeDue({ warnings: [item('agreed-end-soon', t, end)], followUps: [], keys: [{ key: 'k1', line: end }] }, lang, 's1');
    const follow = composeDue({ warnings: [], followUps: [{ line: end, items: [item('agreed-end', end, end)] }], keys: [{ key: 'k2', line: end }] }, lang, 's1');
    expect([warn?.click.action, warn?.clickLabel]).toEqual(['open', open]);
    expect([follow?.click.action, follow?.clickLabel]).toEqual(['stop-or-record-overtime', stopOrRecord]);
    expect(follow && composeHeld([follow], lang, 's1').clickLabel).toBe(stopOrRecord);
    expect(composeUnlogged(lang, 'after:1').clickLabel).toBe(logWork);
  });

  // Version 2 (§ 10-9, spec § 7.3): crossing a break line asks for a break, not for an overtime reason.
  it.each([
    ['break-due', 'open', ['Take a break now: pause or stop the session.'], ['Stop now, or record the overtime with a reason.']],
    ['overtime-break-due', 'open', ['Take a break now: pause or stop the session.'], ['Stop now, or record the overtime with a reason.']],
    ['total-week-limit', 'stop-or-record-overtime', ['Stop now, or record the overtime with a reason.'], ['Take a break now: pause or stop the session.']],
    ['weekly-rest-latest-stop', 'stop-or-record-overtime', ['Stop now, or record the overtime with a reason.'], ['Take a break now: pause or stop the session.']],
  ] as const)('a crossed %s line: click %s, asks the right thing', (reason, action, asks, never) => {
    const follow = composeDue({ warnings: [], followUps: [{ line: end, items: [item(reason, end, end)] }], keys: [{ key: 'k', line: end }] }, 'en', 's1');
    expect(follow?.click.action).toBe(action);
    for (const a of asks) expect(follow?.body).toContain(a);
    for (const n of never) expect(follow?.body).not.toContain(n);
    expect(follow?.title).toBe(WARNING_TEXTS.en[`passed.${reason}`]);
  });
  it('a summary of a break and an overtime follow-up asks for both and offers to record overtime', () => {
    const nine = oslo('2026-03-02 21:00');
    const due = { warnings: [], followUps: [{ line: end, items: [item('break-due', end, end)] }, { line: nine, items: [item('agreed-end', nine, nine)] }], keys: [{ key: 'k', line: end }] };
    const r = composeDue(due, 'nn', 's1');
    expect(r?.click.action).toBe('stop-or-record-overtime');
    expect(r?.body).toContain('Ta ein pause no: set økta på pause eller stopp ho.');
    expect(r?.body).toContain('Stopp no, eller registrer grunnlaget for overtida.');
  });
});

describe('warning texts', () => {
  it('exist, non-empty, in nb, nn and en for every key', () => {
    const keys = Object.keys(WARNING_TEXTS.en);
    for (const lang of LANGS) {
      expect(Object.keys(WARNING_TEXTS[lang]).sort()).toEqual([...keys].sort());
      for (const k of keys) expect(String((WARNING_TEXTS[lang] as Record<string, unknown>)[k]).length).toBeGreaterThan(0);
    }
  });
});

describe('agreed working time (Europe/Oslo)', () => {
  const a = agreement();
  it.each([
    ['2026-03-02 07:59', false],
    ['2026-03-02 08:00', true],
    ['2026-03-02 15:59', true],
    ['2026-03-02 16:00', false],
    ['2026-03-28 10:00', false], // Saturday
    ['2026-10-26 08:30', true], // the Monday after the autumn change
  ])('%s inside: %s', (local, inside) => {
    expect(isInsideAgreedTime(a, oslo(local))).toBe(inside);
  });
  it('names the out-of-hours stretch by the last window end, across the weekend', () => {
    const friEnd = `after:${oslo('2026-03-27 16:00')}`;
    expect(outOfHoursStretchKey(a, oslo('2026-03-27 18:00'))).toBe(friEnd);
    expect(outOfHoursStretchKey(a, oslo('2026-03-29 12:00'))).toBe(friEnd); // Sunday after the spring change
    expect(outOfHoursStretchKey(a, oslo('2026-03-30 07:00'))).toBe(friEnd);
    expect(outOfHoursStretchKey(a, oslo('2026-03-30 17:00'))).toBe(`after:${oslo('2026-03-30 16:00')}`);
    const none = agreement({ mon: [], tue: [], wed: [], thu: [], fri: [] });
    expect(outOfHoursStretchKey(none, oslo('2026-03-30 17:00'))).toBe('day:2026-03-30');
  });
});

describe('recordOvertimeReason', () => {
  const now = oslo('2026-03-02 16:30');
  it.each([
    { name: 'empty', text: '   ', sessionId: 's1', code: 'overtime-reason.empty' },
    { name: 'too long', text: 'x'.repeat(OVERTIME_REASON_MAX + 1), sessionId: 's1', code: 'overtime-reason.too-long' },
    { name: 'unknown session', text: 'Release', sessionId: 'nope', code: 'overtime-reason.no-session' },
  ])('refuses $name with a clear message and stores nothing', ({ text, sessionId, code }) => {
    const repo = new MemoryOvertimeReasonRepo(new Set(['s1']));
    const r = recordOvertimeReason(repo, { sessionId, reasons: ['agreed-end'], text, now, lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(repo.listForSession('s1')).toEqual([]);
  });
  it('keeps a trimmed reason with the session', () => {
    const repo = new MemoryOvertimeReasonRepo(new Set(['s1']));
    const r = recordOvertimeReason(repo, { sessionId: 's1', reasons: ['agreed-end', 'daily-normal-limit'], text: '  Server down before the release. ', now, lang: 'nb' });
    expect(r.ok).toBe(true);
    expect(repo.listForSession('s1')).toEqual([{ sessionId: 's1', recordedAt: now, reasons: ['agreed-end', 'daily-normal-limit'], text: 'Server down before the release.', ground: null, takenAs: 'pay' }]);
  });
  it('speaks nynorsk', () => {
    const r = recordOvertimeReason(new MemoryOvertimeReasonRepo(new Set()), { sessionId: 's1', reasons: [], text: '', now, lang: 'nn' });
    expect(r).toEqual({ ok: false, error: { code: 'overtime-reason.empty', message: 'Skildra grunnlaget for overtida kort før du lagrar.' } });
  });
});
