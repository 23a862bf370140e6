import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/api/index';
import { fakeServices } from './fake-services';

describe('dispatch: validation before anything reaches the services', () => {
  const bad: [string, unknown][] = [
    ['trackerStart', { kind: 'nap' }],
    ['trackerStart', 'start'],
    ['trackerStatus', { any: 1 }],
    ['sessionsDelete', { id: 's1' }],
    ['sessionsAdd', { session: { start: 5, end: 1, kind: 'work', location: 'home', initiative: 'own', breakWithDuties: false } }],
    ['backupRestore', { name: '../x' }],
    ['settingsSet', { lang: 'sv' }],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['eval', 'process.exit()'],
  ];
  it.each(bad)('refuses %s %j and calls nothing', async (method, input) => {
    const s = fakeServices();
    const r = await dispatch(s, method, input);
    expect(r.ok).toBe(false);
    expect(s.calls).toEqual([]);
    if (!r.ok) {
      expect(r.error.message).not.toMatch(/at .*\.ts|\/work|node_modules|Error:/);
      expect(['invalid-input', 'unknown-method']).toContain(r.error.code);
    }
  });

  it('names the field in the user\'s language', async () => {
    const s = fakeServices();
    await s.settings.set({ lang: 'nb' });
    const r = await dispatch(s, 'sessionsDelete', { id: 's1', reason: '  ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toContain('«reason»');
  });
});

describe('dispatch: results, refusals and faults', () => {
  it('starts and stops a session and reports today', async () => {
    const s = fakeServices(Date.parse('2026-03-10T08:00:00Z'));
    const started = await dispatch(s, 'trackerStart', { location: 'home' });
    expect(started).toMatchObject({ ok: true, value: { state: 'working', openSince: Date.parse('2026-03-10T08:00:00Z') } });
    (s as unknown as { advance(ms: number): void }).advance(2 * 3_600_000);
    const status = await dispatch(s, 'trackerStatus', undefined);
    expect(status).toMatchObject({ ok: true, value: { state: 'working', agreedEnd: Date.parse('2026-03-10T14:45:00Z'), outsideAgreed: false } });
    const stopped = await dispatch(s, 'trackerStop', undefined);
    expect(stopped).toMatchObject({ ok: true, value: { state: 'idle' } });
    if (stopped.ok) expect((stopped.value as { today: unknown[] }).today).toHaveLength(1);
  });

  it('passes a service refusal through unchanged', async () => {
    const s = fakeServices();
    await dispatch(s, 'trackerStart', undefined);
    expect(await dispatch(s, 'trackerStart', undefined)).toEqual({ ok: false, error: { code: 'tracker.already-running', message: 'A session is already running.' } });
  });

  it('turns a thrown fault into a generic message and logs the detail', async () => {
    const s = fakeServices();
    s.failWith = new Error('SQLITE_BUSY at /home/kari/.config/fyrabend/fyrabend.db');
    const r = await dispatch(s, 'trackerStart', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'fault' } });
    if (!r.ok) expect(r.error.message).not.toContain('/home');
    expect(s.logged).toHaveLength(1);
  });

  it('fills the user\'s zone into a hand-added session and a default reason', async () => {
    const s = fakeServices();
    const r = await dispatch(s, 'sessionsAdd', { session: { start: 1000, end: 2000, kind: 'work', location: 'home', initiative: 'own', breakWithDuties: false } });
    expect(r).toMatchObject({ ok: true, value: { zone: 'Europe/Oslo', id: 's1' } });
    expect(s.calls).toEqual(['sessions.add:fyrabend:by-hand']); // a code, read in the reader's language (issue 20 item 4)
  });

  it('reports a period with the core engine', async () => {
    const s = fakeServices();
    const r = await dispatch(s, 'reportPeriod', { from: '2026-03-01', to: '2026-03-31' });
    expect(r).toMatchObject({ ok: true, value: { zone: 'Europe/Oslo', findings: expect.any(Array), days: expect.any(Array) } });
  });

  it('plans only while a session runs', async () => {
    const s = fakeServices(Date.parse('2026-03-10T13:00:00Z'));
    expect(await dispatch(s, 'planNow', undefined)).toMatchObject({ ok: true, value: { upcoming: [], passed: [] } });
    await dispatch(s, 'trackerStart', undefined);
    const r = await dispatch(s, 'planNow', undefined);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { upcoming: { reason: string }[] }).upcoming.map((i) => i.reason)).toContain('agreed-end');
  });
});
