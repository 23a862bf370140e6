import { describe, expect, it } from 'vitest';
import { API_METHODS, CONTRACT, channelOf, methodOfChannel, type Api, type ApiMethod } from '../../../src/shared/ipc/contract';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_t?: T) => undefined;

describe('IPC contract', () => {
  it('declares a schema for every method name and nothing else', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...API_METHODS].sort());
  });

  it('maps methods to channels and back, refusing foreign channels', () => {
    for (const m of API_METHODS) expect(methodOfChannel(channelOf(m))).toBe(m);
    for (const c of ['trackerStart', 'fyrabend:', 'fyrabend:constructor', 'fyrabend:__proto__', 'other:trackerStart', 'fyrabend:event:stateChanged']) {
      expect(methodOfChannel(c)).toBeNull();
    }
  });

  it('types every method as returning a promised Result', () => {
    expectType<Equal<Parameters<Api['trackerStatus']>, [input?: undefined]>>();
    expectType<Equal<keyof Omit<Api, 'onStateChanged' | 'onNavigate'>, ApiMethod>>();
    const check: Api['sessionsDelete'] = async () => ({ ok: true, value: null });
    expect(typeof check).toBe('function');
  });

  const valid: { [K in ApiMethod]?: unknown } = {
    trackerStart: { kind: 'work', location: 'home' },
    sessionsList: { from: 0, to: 1 },
    sessionsAdd: { session: { start: 1000, end: 2000, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } },
    sessionsDelete: { id: 's1', reason: 'Logged twice' },
    agreementSave: { document: { format: 'fyrabend.agreement/1', zone: 'Europe/Oslo' } },
    settingsSet: { lang: 'nn', warningLeadMinutes: 15 },
    reportPeriod: { from: '2026-03-01', to: '2026-03-31' },
    backupRestore: { name: 'fyrabend-2026-03-28T10-00-00.db' },
  };
  it.each(Object.entries(valid))('accepts a well-formed %s input', (m, input) => {
    expect(CONTRACT[m as ApiMethod].input.safeParse(input).success).toBe(true);
  });

  const invalid: [ApiMethod, unknown][] = [
    ['trackerStatus', { extra: 1 }],
    ['trackerStart', { kind: 'nap' }],
    ['trackerStart', { kind: 'work', shell: 'rm -rf' }],
    ['sessionsList', { from: 10, to: 5 }],
    ['sessionsList', { from: '0', to: 5 }],
    ['sessionsAdd', { session: { start: 2000, end: 1000, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } }],
    ['sessionsAdd', { session: { start: 1.5, end: 1000, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } }],
    ['sessionsDelete', { id: 's1' }],
    ['sessionsDelete', { id: 's1', reason: '   ' }],
    ['sessionsDelete', { id: '../etc', reason: 'x' }],
    ['agreementSave', { document: { format: 'fyrabend.agreement/2' } }],
    ['settingsSet', { lang: 'de' }],
    ['settingsSet', { idleMinutes: 0 }],
    ['reportPeriod', { from: '2026-13-01', to: '2026-12-31' }],
    ['reportPeriod', { from: '2026-03-31', to: '2026-03-01' }],
    ['backupRestore', { name: '../../secret.db' }],
    ['backupRestore', { name: '/etc/passwd' }],
    ['warningsSnooze', { id: 'w', minutes: 0 }],
    ['overtimeRecordReason', { sessionId: 's', reasons: ['coffee'], text: 'x' }],
  ];
  it.each(invalid)('refuses a malformed %s input %j', (m, input) => {
    expect(CONTRACT[m].input.safeParse(input).success).toBe(false);
  });
});
