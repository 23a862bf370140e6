import { describe, expect, it } from 'vitest';
import { handleCall, registerIpc, type IpcOptions } from '../../src/desktop/ipc';
import { isTrustedSender } from '../../src/desktop/security';
import { API_METHODS, channelOf, type ApiMethod } from '../../src/shared/ipc/channels';
import type { StateChange } from '../../src/shared/ipc/dto';
import { fakeServices } from '../app/api/fake-services';

const INDEX = 'file:///app/out/renderer/index.html';
const trusted = { sender: { id: 1 }, senderFrame: { url: INDEX, parent: null } };

function options() {
  const services = fakeServices();
  const changes: StateChange[] = [];
  const logs: string[] = [];
  const o: IpcOptions = { services: () => services, isTrustedSender: (e) => isTrustedSender(e, 1, INDEX), onChange: (c) => changes.push(c), log: (m) => logs.push(m) };
  return { o, services, changes, logs };
}

describe('IPC wrapper', () => {
  const untrusted = [
    ['another window', { sender: { id: 2 }, senderFrame: { url: INDEX, parent: null } }],
    ['a remote page in the window', { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['an iframe', { sender: { id: 1 }, senderFrame: { url: INDEX, parent: { url: INDEX } } }],
    ['no frame', { sender: { id: 1 }, senderFrame: null }],
  ] as const;
  it.each(untrusted)('refuses %s before anything is parsed or called', async (_n, event) => {
    const { o, services, changes, logs } = options();
    for (const m of ['trackerStart', 'sessionsDelete', 'backupRestore', 'settingsSet'] as ApiMethod[]) {
      const r = await handleCall(o, m, event, [{ id: 's1', reason: 'x', name: 'b.db' }]);
      expect(r).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(services.calls).toEqual([]);
    expect(changes).toEqual([]);
    expect(logs.length).toBe(4);
  });

  const malformed: [ApiMethod, unknown[]][] = [
    ['trackerStart', [{ kind: 'holiday' }]],
    ['trackerStart', [{}, { extra: true }]],
    ['trackerStop', [{ force: true }]],
    ['sessionsDelete', [{ id: 's1' }]],
    ['sessionsDelete', [{ id: 's1', reason: 'x', sql: 'DROP TABLE' }]],
    ['sessionsAdd', [{ session: null }]],
    ['backupRestore', [{ name: '../../../etc/shadow' }]],
    ['settingsSet', [{ dataFolder: 42 }]],
    ['settingsSet', [{ dataFolder: '/mnt/elsewhere' }]], // the folder moves only through dataFolderMove
    ['warningsSnooze', [{ id: 'w', minutes: 1e9 }]],
    ['agreementSave', [{ document: 'not json' }]],
  ];
  it.each(malformed)('refuses malformed %s %j; nothing reaches the services', async (m, args) => {
    const { o, services, changes } = options();
    const r = await handleCall(o, m, trusted, args);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).not.toMatch(/\n\s+at |\/app\/|node_modules/);
    expect(services.calls).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('calls the handler for a trusted, valid call and broadcasts the change', async () => {
    const { o, services, changes } = options();
    const r = await handleCall(o, 'trackerStart', trusted, [{ location: 'home' }]);
    expect(r).toMatchObject({ ok: true, value: { state: 'working' } });
    expect(services.calls).toEqual(['tracker.start']);
    expect(changes.map((c) => c.topic)).toEqual(['tracker']);
    await handleCall(o, 'trackerStatus', trusted, []);
    expect(changes).toHaveLength(1);
  });

  it('registers exactly one handler per contract method and removes them again', () => {
    const { o } = options();
    const handled: string[] = [];
    const removed: string[] = [];
    const off = registerIpc({ handle: (c) => void handled.push(c), removeHandler: (c) => void removed.push(c) }, o);
    expect(handled).toEqual(API_METHODS.map(channelOf));
    off();
    expect(removed).toEqual(handled);
  });
});
