import { describe, expect, it } from 'vitest';
import type { SessionInput } from '../../../src/app/ports/session-repo';
import { describeProblem } from '../../../src/app/tracker/problems';
import { HOUR, MIN, T0, session } from '../../store/helpers';
import { rig } from './setup';

const NOW = T0 + 24 * HOUR;

describe('editor: validation', () => {
  it.each<[string, SessionInput, string, string]>([
    ['end before start', session(60, -30), 'typo', 'end-before-start'],
    ['zero length', session(60, 0), 'typo', 'end-before-start'],
    ['in the future', session(24 * 60 - 30, 60), 'typo', 'in-future'],
    ['no reason', session(0, 60), '  ', 'reason-missing'],
    ['overlap', session(30, 60), 'forgot', 'overlap'],
  ])('%s → %s', async (_name, input, reason, code) => {
    const r = await rig({}, undefined, NOW);
    r.editor.add(session(0, 60), 'first');
    const res = r.editor.add(input, reason);
    expect(res.ok ? 'ok' : res.error.code).toBe(code);
    expect(r.store.sessions.count()).toBe(1);
  });

  it('offers the merge in the overlap message, in all three languages', async () => {
    const r = await rig({}, undefined, NOW);
    r.editor.add(session(0, 60), 'first');
    const res = r.editor.add(session(30, 60), 'forgot');
    if (res.ok) throw new Error('expected overlap');
    expect(res.error).toMatchObject({ code: 'overlap', mergedStart: T0, mergedEnd: T0 + 90 * MIN });
    expect(describeProblem(res.error, 'en', 'Europe/Oslo')).toBe(
      'The session 2026-03-10 08:30–2026-03-10 09:30 overlaps 1 recorded session. Correct the times, or merge them into one session 2026-03-10 08:00–2026-03-10 09:30.',
    );
    expect(describeProblem(res.error, 'nb', 'Europe/Oslo')).toMatch(/slå dem sammen til én økt 2026-03-10 08:00–2026-03-10 09:30/);
    expect(describeProblem(res.error, 'nn', 'Europe/Oslo')).toMatch(/slå dei saman/);
  });

  it('merges when asked, deleting the absorbed sessions with an audit trail', async () => {
    const r = await rig({}, undefined, NOW);
    r.editor.add(session(0, 60), 'first');
    r.editor.add(session(120, 60), 'second');
    const res = r.editor.add(session(30, 120), 'whole morning', { merge: true });
    expect(res.ok && [res.value.start, res.value.end]).toEqual([T0, T0 + 180 * MIN]);
    expect(r.store.sessions.count()).toBe(1);
    expect(r.store.audit.entries().map((e) => [e.action, e.reason])).toEqual([
      ['add', 'first'],
      ['add', 'second'],
      ['delete', 'fyrabend:merged {"note":"whole morning"}'],
      ['delete', 'fyrabend:merged {"note":"whole morning"}'],
      ['add', 'whole morning'],
    ]);
  });
});

describe('editor: audit log', () => {
  it('records every edit and delete with before, after, when and reason', async () => {
    const r = await rig({}, undefined, NOW);
    const added = r.editor.add(session(0, 60, { note: 'a' }), 'forgot to start');
    if (!added.ok) throw new Error('add');
    r.clock.advance(MIN);
    r.editor.edit(added.value.id, session(0, 90, { note: 'b' }), 'meeting ran late');
    r.clock.advance(MIN);
    r.editor.remove(added.value.id, 'was sick');
    const log = r.store.audit.entries(added.value.id);
    expect(log.map((e) => [e.action, e.at - NOW, e.reason])).toEqual([
      ['add', 0, 'forgot to start'],
      ['edit', MIN, 'meeting ran late'],
      ['delete', 2 * MIN, 'was sick'],
    ]);
    expect(JSON.parse(log[1]!.before!)).toMatchObject({ end: '2026-03-10T08:00:00.000Z', note: 'a' });
    expect(JSON.parse(log[1]!.after!)).toMatchObject({ end: '2026-03-10T08:30:00.000Z', note: 'b' });
    expect(JSON.parse(log[2]!.before!)).toMatchObject({ note: 'b' });
    expect(log[2]!.after).toBeNull();
  });

  it.each([
    ['UPDATE audit_log SET reason = ?', ['changed']],
    ['DELETE FROM audit_log', []],
  ])('refuses to change the log: %s', async (sql, params) => {
    const r = await rig({}, undefined, NOW);
    r.editor.add(session(0, 60), 'first');
    expect(() => r.store.db.prepare(sql).run(...params)).toThrow(/append-only/);
    expect(r.store.audit.entries().map((e) => e.reason)).toEqual(['first']);
  });

  it('offers no way to write the log through the app services', async () => {
    const r = await rig({}, undefined, NOW);
    const methods = (o: object) => Object.getOwnPropertyNames(Object.getPrototypeOf(o)).filter((m) => m !== 'constructor');
    expect(methods(r.store.audit)).toEqual(['entries']);
    expect(methods(r.editor).some((m) => /audit/i.test(m))).toBe(false);
  });

  it('keeps an edit in a locked period as a correction', async () => {
    const r = await rig({}, undefined, NOW);
    const a = r.editor.add(session(0, 60), 'first');
    const b = r.editor.add(session(26 * 60, 60), 'later', {});
    expect(b.ok ? 'ok' : b.error.code).toBe('in-future');
    if (!a.ok) throw new Error('add');
    const period = r.store.locks.lockPeriod(T0 - HOUR, T0 + 12 * HOUR, NOW, '2026-03 payroll');
    r.clock.advance(HOUR);
    r.editor.edit(a.value.id, session(0, 75), 'payroll found a typo');
    r.editor.add(session(13 * 60, 30), 'outside the period');
    const corrections = r.store.locks.correctionsSince(NOW);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ action: 'edit', sessionId: a.value.id, reason: 'payroll found a typo', period: { id: period.id } });
    expect(r.store.locks.correctionsSince(NOW + 2 * HOUR)).toEqual([]);
  });
});
