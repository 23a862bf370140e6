/** The Electron-only parts that run under Node: the preload (with a mocked electron module) and where the native binary lives. */
import { describe, expect, it, vi } from 'vitest';
import { nativeBindingPath } from '../../electron/main/native';

describe('native binding path', () => {
  it('uses the checkout build in development and resources when packaged', () => {
    expect(nativeBindingPath({ electronVersion: '45.4.1', isPackaged: false, appRoot: '/src/fyrabend', resourcesPath: '/x' })).toBe('/src/fyrabend/.native/electron-45.4.1/better_sqlite3.node');
    expect(nativeBindingPath({ electronVersion: '45.4.1', isPackaged: true, appRoot: '/x', resourcesPath: '/opt/Fyrabend/resources' })).toBe('/opt/Fyrabend/resources/native/better_sqlite3.node');
  });
});

describe('preload', () => {
  it('exposes exactly the contract methods and events, invoking only contract channels', async () => {
    const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
    const invoked: unknown[][] = [];
    const listeners: string[] = [];
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (k: string, v: Record<string, (...a: unknown[]) => unknown>) => (exposed[k] = v) },
      ipcRenderer: { invoke: (...a: unknown[]) => (invoked.push(a), Promise.resolve({ ok: true, value: null })), on: (c: string) => listeners.push(c), removeListener: (c: string) => listeners.push(`-${c}`) },
    }));
    await import('../../electron/preload/index');
    const { API_METHODS } = await import('../../src/shared/ipc/channels');
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(exposed.api!).sort()).toEqual([...API_METHODS, 'onStateChanged', 'onNavigate'].sort());
    await exposed.api!.trackerStatus!();
    await exposed.api!.sessionsDelete!({ id: 's1', reason: 'r' });
    expect(invoked).toEqual([['fyrabend:trackerStatus'], ['fyrabend:sessionsDelete', { id: 's1', reason: 'r' }]]);
    const off = exposed.api!.onStateChanged!(() => undefined) as () => void;
    off();
    expect(listeners).toEqual(['fyrabend:event:stateChanged', '-fyrabend:event:stateChanged']);
    vi.doUnmock('electron');
  });
});
