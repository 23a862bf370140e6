/**
 * Issue 14 item 1 through the host: whether the platform has an idle source reaches the tracker, and
 * the tracker's questions and notices reach the user as notifications (fake platform, fake clock).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../src/desktop/host';
import { channelOf } from '../../src/shared/ipc/channels';
import { FakePlatform, type RecordingNotifier } from './fake-platform';

const MON_0800 = Date.parse('2026-11-23T07:00:00Z'); // 08:00 in Oslo
const H = 3_600_000;
const hosts: Host[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.shutdown();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(idle: () => number | null) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-tracker-'));
  dirs.push(dir);
  const platform = new FakePlatform({ start: MON_0800, idle, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
  const host = (await startHost(platform, { log: () => undefined }))!;
  hosts.push(host);
  await platform.ipc.invoke(channelOf('trackerStart'), platform.trustedEvent(), {});
  return { platform, host };
}
const shown = (p: FakePlatform) => p.notifiers.flatMap((n) => (n as RecordingNotifier).shown.map((s) => s.title));

describe('the host wires presence and the tracker notices (issue 14 item 1)', () => {
  const cases: [string, () => number | null, number, { open: boolean; titles: string[] }][] = [
    ['a present user (idle source, input) 08:00–23:00 is never closed nor asked', () => 0, 15 * H, { open: true, titles: [] }],
    ['no idle source: at 16 h the question comes, the session keeps recording', () => null, 16 * H + 60_000, { open: true, titles: ['Jobber du fortsatt?'] }],
    ['no idle source, no answer: 3 h after the question it is closed, with a notification', () => null, 19 * H + 2 * 60_000, { open: false, titles: ['Jobber du fortsatt?', 'Økten ble stoppet'] }],
  ];
  it.each(cases)('%s', async (_name, idle, after, expected) => {
    const { platform, host } = await start(idle);
    await platform.time.advance(after);
    expect(host.store.sessions.open() !== null).toBe(expected.open);
    const titles = shown(platform).filter((t) => t === 'Jobber du fortsatt?' || t === 'Økten ble stoppet');
    expect(titles).toEqual(expected.titles);
  });
});

describe('the host wires the morning nudge (issue 14 item 7)', () => {
  const agreement = { format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01', workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } } };
  it('in use from 08:00 with no session: "Glemt å starte?" once, and its action starts from the first activity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-nudge-'));
    dirs.push(dir);
    const platform = new FakePlatform({ start: MON_0800, idle: () => 0, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
    const host = (await startHost(platform, { log: () => undefined }))!;
    hosts.push(host);
    expect(await platform.ipc.invoke(channelOf('agreementSave'), platform.trustedEvent(), { document: agreement })).toMatchObject({ ok: true });
    await platform.time.advance(40 * 60_000);
    const nudges = platform.notifiers.flatMap((n) => (n as RecordingNotifier).shown.filter((s) => s.title === 'Glemt å starte?').map((s) => ({ n: n as RecordingNotifier, s })));
    expect(nudges.map((x) => x.s.clickLabel)).toEqual(['Start fra 08:00']);
    nudges[0]!.n.onClick(nudges[0]!.s.click);
    await new Promise((r) => setImmediate(r));
    expect(host.store.sessions.open()).toMatchObject({ start: MON_0800 + 30_000 }); // the first reading of the poll
  });
});
