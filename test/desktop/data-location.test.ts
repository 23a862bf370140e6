/** The host's data-location wiring: start-up resolution and its message, the folder picker, and the relaunch (store closed at once, restart later). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shellDataLocation, startupLocation } from '../../src/desktop/data-location';
import { openStore } from '../../src/store/index';

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-shell-loc-'));
  dirs.push(d);
  return d;
};

describe('startupLocation', () => {
  it('uses FYRABEND_DB, else the default, and stops with a message on a broken location.json', () => {
    const d = temp();
    const defaultDb = join(d, 'fyrabend.db');
    expect(startupLocation({}, defaultDb, 'en')).toMatchObject({ ok: true, dbPath: defaultDb, source: 'default' });
    writeFileSync(join(d, 'location.json'), '{');
    expect(startupLocation({ FYRABEND_DB: join(d, 'x.db') }, defaultDb, 'en')).toMatchObject({ ok: true, source: 'env' });
    const r = startupLocation({}, defaultDb, 'nb');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`Fyrabend startet ikke: filen ${join(d, 'location.json')}, som sier hvor dataene ligger, kan ikke brukes ($ er ikke gyldig JSON: filen slutter midt i; sjekk at hele filen er med). Ingen data er rørt. Rett filen, eller slett den for å bruke standardfilen ${defaultDb}, eller sett FYRABEND_DB til databasefilen.`);
  });
});

describe('shellDataLocation', () => {
  it('opens the folder picker on the window, and returns null when cancelled', async () => {
    const d = temp();
    const store = await openStore(join(d, 'fyrabend.db'), { backups: false });
    const seen: unknown[] = [];
    const answers = [{ canceled: false, filePaths: ['/home/kari/Sync'] }, { canceled: true, filePaths: [] }];
    const showOpenDialog = async (options: unknown) => (seen.push(options), answers.shift()!);
    const service = shellDataLocation({ store, nativeBinding: undefined, source: 'default', pointerFile: join(d, 'location.json'), showOpenDialog, shutdown: () => undefined, restart: () => undefined, log: () => undefined });
    await expect(Promise.resolve(service.pick('en'))).resolves.toBe('/home/kari/Sync');
    await expect(Promise.resolve(service.pick('en'))).resolves.toBeNull();
    expect(seen[0]).toEqual({ title: 'Choose a new data folder for Fyrabend', defaultPath: d, properties: ['openDirectory', 'createDirectory'] });
    store.close();
  });

  it('after a move: shuts down (closes the store) at once, restarts after the delay', async () => {
    const d = temp();
    const store = await openStore(join(d, 'fyrabend.db'), { backups: false });
    const steps: string[] = [];
    const service = shellDataLocation({
      store, nativeBinding: undefined, source: 'default', pointerFile: join(d, 'location.json'),
      showOpenDialog: () => Promise.reject(new Error('no picker here')),
      shutdown: () => (steps.push('shutdown'), store.close()),
      restart: () => void steps.push('restart'),
      restartDelayMs: 1000,
      log: () => undefined,
    });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const r = await service.move(join(d, 'moved'), 'en');
    expect(r.ok).toBe(true);
    expect(steps).toEqual(['shutdown']);
    vi.advanceTimersByTime(999);
    expect(steps).toEqual(['shutdown']);
    vi.advanceTimersByTime(1);
    expect(steps).toEqual(['shutdown', 'restart']);
  });

  it('restarts even when stopping throws (the pointer already names the new folder)', async () => {
    const d = temp();
    const store = await openStore(join(d, 'fyrabend.db'), { backups: false });
    const logged: string[] = [];
    let restarted = 0;
    const service = shellDataLocation({
      store, nativeBinding: undefined, source: 'default', pointerFile: join(d, 'location.json'),
      showOpenDialog: () => Promise.reject(new Error('no picker here')),
      shutdown: () => {
        throw new Error('not yet started');
      },
      restart: () => void restarted++,
      restartDelayMs: 10,
      log: (m) => void logged.push(m),
    });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    expect((await service.move(join(d, 'moved'), 'en')).ok).toBe(true);
    vi.advanceTimersByTime(10);
    expect(restarted).toBe(1);
    expect(logged).toEqual(['stopping before the restart failed']);
    store.close();
  });
});
