import { join } from 'node:path';
import { SessionEditor, Tracker } from '../../../src/app/tracker/index';
import type { TrackerNotices } from '../../../src/app/tracker/tracker';
import { DEFAULT_TRACKER_SETTINGS, type TrackerSettings } from '../../../src/app/tracker/settings';
import { openStore, type Store } from '../../../src/store/index';
import { FakeClock, T0, tempDir } from '../../store/helpers';

export interface Rig {
  store: Store;
  clock: FakeClock;
  tracker: Tracker;
  editor: SessionEditor;
  /** A second tracker on the same file: another process, e.g. the CLI (no heartbeats). */
  cli: Tracker;
  path: string;
}

export async function rig(
  settings: Partial<TrackerSettings> = {},
  agreedEnd?: (start: number) => number | null,
  at = T0,
  notices?: TrackerNotices,
  presenceKnown = true,
): Promise<Rig> {
  const path = join(tempDir(), 'fyrabend.db');
  const clock = new FakeClock(at);
  const store = await openStore(path, { now: () => clock.now() });
  const s = { ...DEFAULT_TRACKER_SETTINGS, ...settings };
  const base = { sessions: store.sessions, state: store.trackerState, clock, settings: s, zone: () => 'Europe/Oslo', presenceKnown: () => presenceKnown, notices, ...(agreedEnd ? { agreedEnd } : {}) };
  return {
    store,
    clock,
    path,
    tracker: new Tracker({ ...base, heartbeats: true }),
    cli: new Tracker({ ...base, heartbeats: false }),
    editor: new SessionEditor({ sessions: store.sessions, locks: store.locks, clock }),
  };
}
