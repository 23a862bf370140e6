/**
 * The warning service over a real SQLite store in a temp folder, the real core planner and a fake
 * wall/monotonic clock with fake timers: what the window's warning methods and the tray see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch, trackerStatus } from '../../../src/app/api/index';
import { plan } from '../../../src/core/index';
import { MemoryDeliveredLog, type DeliveredLog } from '../../../src/app/warnings/delivered-log';
import { openSessionId } from '../../../src/app/warnings/open-session-id';
import { WarningScheduler } from '../../../src/app/warnings/scheduler';
import { createWarningService, readWarningSettings, storeWarningSources } from '../../../src/app/warnings/warning-service';
import { openStore, type Store } from '../../../src/store/index';
import { FakeDnd, FakeIdle, FakeNotifier, FakeTime, MIN, oslo, osloText } from './fakes';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) if (s.db.open) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-warn-'));
  dirs.push(d);
  return d;
}

/** The app as the shell builds it: store, scheduler (delivered log in the store unless given), service, handler table. */
async function app(dir: string, time: FakeTime, options: { delivered?: DeliveredLog } = {}) {
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => time.now(), backups: false });
  stores.push(store);
  const zone = () => 'Europe/Oslo';
  const notifier = new FakeNotifier(time);
  const dnd = new FakeDnd();
  const idle = new FakeIdle();
  const sources = storeWarningSources({ ...store, zone, now: () => time.now() });
  const scheduler = new WarningScheduler({ plan, sources, notifier, timer: time, time, dnd, idle, delivered: options.delivered ?? store.deliveredWarnings });
  time.settle = () => scheduler.settled();
  const warnings = createWarningService({ scheduler, reasons: store.overtimeReasons, now: () => time.now() });
  const services = createAppServices({
    ...store, clock: { now: () => time.now(), every: () => () => undefined }, zone, heartbeats: false, dataFolder: dir, warnings,
    backups: { create: () => ({ name: 'b.db', createdAt: 0, bytes: 1 }), list: () => [], restore: () => undefined }, log: () => undefined,
  });
  const call = (method: string, input?: unknown) => dispatch(services, method, input);
  return { store, notifier, dnd, idle, scheduler, services, call };
}

/**
 * Sessions start at 11:00, not 08:00: under specification version 2 a session from 08:00 also
 * crosses the § 10-9 break lines (5.5 h without a break at 13:30, warned 13:15) before the agreed
 * end these tests are about.
 */
const TUE_1100 = oslo('2026-03-10 11:00');

describe('warning service on a real store (sessions from 11:00: version 2 adds break lines to a day from 08:00)', () => {
  it('an open session approaching the agreed end gets the warning, then the follow-up at the line', async () => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('settingsSet', { lang: 'en' });
    await a.call('agreementSave', { document: AGREEMENT });
    await a.call('trackerStart');
    await a.scheduler.start();

    await time.advanceTo(oslo('2026-03-10 15:29'));
    expect(a.notifier.shown).toHaveLength(0);
    await time.advanceTo(oslo('2026-03-10 15:31'));
    expect(a.notifier.shown.map((s) => [s.at, s.request.click])).toEqual([[oslo('2026-03-10 15:30'), { page: 'today', action: 'open', sessionId: openSessionId(TUE_1100) }]]);
    await time.advanceTo(oslo('2026-03-10 15:46'));
    expect(a.notifier.shown).toHaveLength(2);
    expect(a.notifier.shown[1]?.at).toBe(oslo('2026-03-10 15:45'));
    expect(a.notifier.shown[1]?.request.click.action).toBe('stop-or-record-overtime');
    expect(a.notifier.shown[1]?.request.body).toContain('record the overtime');
    a.scheduler.stop();
  });

  it.each([
    // Version 2 (issue 13): the tray and the Today page name the next line; "rest from" is the planner's § 7.1 line.
    { exempt: null, at: '2026-03-10 15:00', next: ['break-due', '2026-03-10 16:30 +01:00'], rest: '2026-03-10 21:00 +01:00' },
    { exempt: null, at: '2026-03-10 16:31', next: ['overtime-break-due', '2026-03-10 17:45 +01:00'], rest: '2026-03-10 21:00 +01:00' },
    // § 10-12: no aml.* line at all for an exempt employee, so neither a next line nor a rest line.
    { exempt: 'leading', at: '2026-03-10 15:00', next: null, rest: null },
  ])('tracker status (exempt $exempt) at $at: next line $next, rest from $rest', async ({ exempt, at, next, rest }) => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('agreementSave', { document: { ...AGREEMENT, exempt } });
    await a.call('trackerStart');
    await time.advanceTo(oslo(at));
    const s = trackerStatus(a.services);
    expect(s.nextLine ? [s.nextLine.reason, osloText(s.nextLine.line)] : null).toEqual(next);
    expect(s.restFrom === null ? null : osloText(s.restFrom)).toEqual(rest);
    await a.call('trackerStop');
    expect(trackerStatus(a.services).nextLine).toBeNull();
  });

  it('no session open → nothing planned, however late it gets', async () => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('agreementSave', { document: AGREEMENT });
    await a.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 22:00'));
    expect(a.notifier.shown).toHaveLength(0);
    expect(a.scheduler.history().every((r) => !r.planned)).toBe(true);
    a.scheduler.stop();
  });

  it('a warning held by do-not-disturb is pending (tray count too); snooze hides it for its minutes; dismiss removes it', async () => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('settingsSet', { lang: 'nb' });
    await a.call('agreementSave', { document: AGREEMENT });
    await a.call('trackerStart');
    a.dnd.state = 'on';
    await a.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 15:31'));
    expect(a.notifier.shown).toHaveLength(0);

    const pending = await a.call('warningsPending');
    expect(pending.ok).toBe(true);
    const list = pending.ok ? (pending.value as { id: string; cause: string; sessionId?: string; since: number }[]) : [];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ cause: 'do-not-disturb', sessionId: openSessionId(TUE_1100), since: oslo('2026-03-10 15:30') });
    expect(trackerStatus(a.services).pendingWarnings).toBe(1);
    const id = list[0]?.id ?? '';

    expect(await a.call('warningsSnooze', { id, minutes: 10 })).toEqual({ ok: true, value: null });
    expect(a.scheduler.snoozedUntil()).toBe(oslo('2026-03-10 15:41'));
    expect(await a.call('warningsPending')).toEqual({ ok: true, value: [] });
    await time.advanceTo(oslo('2026-03-10 15:40'));
    expect(await a.call('warningsPending')).toEqual({ ok: true, value: [] });
    await time.advanceTo(oslo('2026-03-10 15:41'));
    expect(await a.call('warningsPending')).toMatchObject({ ok: true, value: [{ id }] });

    expect(await a.call('warningsDismiss', { id })).toEqual({ ok: true, value: null });
    expect(await a.call('warningsPending')).toEqual({ ok: true, value: [] });
    expect(trackerStatus(a.services).pendingWarnings).toBe(0);
    // Dismissing again is harmless.
    expect(await a.call('warningsDismiss', { id })).toEqual({ ok: true, value: null });
    a.scheduler.stop();
  });

  it('snooze holds new notifications; what fell due meanwhile comes as one after', async () => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('settingsSet', { lang: 'en' });
    await a.call('agreementSave', { document: AGREEMENT });
    await a.call('trackerStart');
    await a.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 15:20'));
    await a.call('warningsSnooze', { id: 'not-a-pending-one', minutes: 30 });
    await time.advanceTo(oslo('2026-03-10 15:49'));
    expect(a.notifier.shown).toHaveLength(0);
    await time.advanceTo(oslo('2026-03-10 15:51'));
    expect(a.notifier.shown).toHaveLength(1);
    expect(a.notifier.shown[0]?.at).toBe(oslo('2026-03-10 15:50'));
    a.scheduler.stop();
  });

  it('an overtime reason is kept with the session: recorded while open, linked when stopped, there after reopening', async () => {
    const time = new FakeTime(TUE_1100);
    const dir = folder();
    const a = await app(dir, time);
    await a.call('settingsSet', { lang: 'en' });
    await a.call('trackerStart');
    await time.advanceTo(oslo('2026-03-10 16:10'));
    const sessionId = openSessionId(TUE_1100);
    const r = await a.call('overtimeRecordReason', { sessionId, reasons: ['agreed-end'], text: '  Release night, agreed with the team lead.  ' });
    expect(r).toEqual({ ok: true, value: { sessionId, recordedAt: oslo('2026-03-10 16:10'), reasons: ['agreed-end'], text: 'Release night, agreed with the team lead.', ground: null, takenAs: 'pay' } });

    // Bad input: a clear message, nothing stored.
    expect(await a.call('overtimeRecordReason', { sessionId, reasons: ['agreed-end'], text: '   ' })).toMatchObject({ ok: false, error: { code: 'overtime-reason.empty' } });
    expect(await a.call('overtimeRecordReason', { sessionId: 'open-1', reasons: [], text: 'x' })).toMatchObject({ ok: false, error: { code: 'overtime-reason.no-session' } });
    expect(await a.call('overtimeRecordReason', { sessionId: '999', reasons: [], text: 'x' })).toMatchObject({ ok: false, error: { code: 'overtime-reason.no-session' } });

    await time.advanceTo(oslo('2026-03-10 17:00'));
    await a.call('trackerStop');
    const closed = a.store.sessions.between(TUE_1100, oslo('2026-03-10 18:00'));
    expect(closed).toHaveLength(1);
    const closedId = closed[0]?.id ?? '';
    a.store.close();

    const again = await openStore(join(dir, 'fyrabend.db'), { backups: false });
    stores.push(again);
    expect(again.overtimeReasons.listForSession(closedId)).toEqual([
      { sessionId: closedId, recordedAt: oslo('2026-03-10 16:10'), reasons: ['agreed-end'], text: 'Release night, agreed with the team lead.', ground: null, takenAs: 'pay' },
    ]);
    // The open name no longer exists once the session is closed.
    expect(again.overtimeReasons.sessionExists(sessionId)).toBe(false);
  });

  it.each([
    { log: 'the store', persistent: true, repeatsAfterRestart: 0 },
    { log: 'memory (control: the test can fail)', persistent: false, repeatsAfterRestart: 1 },
  ])('delivered log in $log: a restart with the session still open repeats $repeatsAfterRestart follow-up(s)', async ({ persistent, repeatsAfterRestart }) => {
    const dir = folder();
    const time = new FakeTime(TUE_1100);
    const first = await app(dir, time, persistent ? {} : { delivered: new MemoryDeliveredLog() });
    await first.call('settingsSet', { lang: 'en' });
    await first.call('agreementSave', { document: AGREEMENT });
    await first.call('trackerStart');
    await first.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 15:47'));
    expect(first.notifier.shown).toHaveLength(2);
    first.scheduler.stop();
    first.store.close();

    // The app restarts three minutes later; the session is still open on disk.
    const restart = new FakeTime(oslo('2026-03-10 15:50'));
    const second = await app(dir, restart, persistent ? {} : { delivered: new MemoryDeliveredLog() });
    expect(second.store.sessions.open()?.start).toBe(TUE_1100);
    await second.scheduler.start();
    await restart.advanceTo(oslo('2026-03-10 16:00'));
    expect(second.notifier.shown.filter((s) => s.request.click.action === 'stop-or-record-overtime')).toHaveLength(repeatsAfterRestart);
    second.scheduler.stop();
  });

  it.each([
    { logged: true, asked: [] },
    { logged: false, asked: ['17:00'] },
  ])('after hours with the computer in use: a session logged this evening ($logged) → asked at $asked', async ({ logged, asked }) => {
    const time = new FakeTime(oslo('2026-03-10 17:00'));
    const a = await app(folder(), time);
    await a.call('settingsSet', { lang: 'en' });
    await a.call('agreementSave', { document: AGREEMENT });
    a.idle.seconds = 5;
    if (logged) await a.call('trackerStart');
    await a.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 18:00'));
    if (logged) {
      await a.call('trackerStop');
      await a.scheduler.sessionChanged();
    }
    await time.advanceTo(oslo('2026-03-10 22:00'));
    const questions = a.notifier.shown.filter((s) => s.request.click.action === 'log-work');
    expect(questions.map((s) => new Date(s.at).toLocaleTimeString('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }))).toEqual(asked);
    a.scheduler.stop();
  });

  it.each([
    { stored: null, lang: 'nb', lead: 15 },
    { stored: '{"lang":"en","warningLeadMinutes":20}', lang: 'en', lead: 20 },
    { stored: '{"lang":"de","warningLeadMinutes":-5}', lang: 'nb', lead: 0 },
    { stored: '{"warningLeadMinutes":9999}', lang: 'nb', lead: 240 },
    { stored: 'not json', lang: 'nb', lead: 15 },
  ])('settings $stored → lang $lang, lead $lead min', ({ stored, lang, lead }) => {
    expect(readWarningSettings({ get: () => stored })).toMatchObject({ lang, leadMinutes: lead });
  });

  it('reads the lead time from the settings: 30 minutes warns at 15:15', async () => {
    const time = new FakeTime(TUE_1100);
    const a = await app(folder(), time);
    await a.call('settingsSet', { lang: 'en', warningLeadMinutes: 30 });
    await a.call('agreementSave', { document: AGREEMENT });
    await a.call('trackerStart');
    await a.scheduler.start();
    await time.advanceTo(oslo('2026-03-10 15:20'));
    expect(a.notifier.shown.map((s) => s.at)).toEqual([oslo('2026-03-10 15:15')]);
    expect(time.now() - (a.notifier.shown[0]?.at ?? 0)).toBe(5 * MIN);
    a.scheduler.stop();
  });
});
