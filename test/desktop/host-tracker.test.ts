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
import { FakePlatform, RecordingNotifier } from './fake-platform';

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
