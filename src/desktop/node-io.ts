/**
 * Small adapters from Node to the injectable modules: gdbus processes (lock signals, idle time on
 * Wayland), the autostart file system, the store-backed backups, the real time and host zone. Plain
 * Node (no Electron): the Electron platform uses them, and so can a test platform.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BackupService } from '../app/api/services';
import { readWarningSettings } from '../app/warnings/warning-service';
import { translate } from '../shared/i18n/catalog';
import { IPC_ISSUE_TEXTS } from '../shared/i18n/ipc-issues';
import type { BackupInfo } from '../shared/ipc/dto';
import { backupDirFor, type Store } from '../store/index';
import { restoreKeepingPayroll } from '../store/restore-carry';
import type { AutostartDeps } from './autostart';
import { readHostZone } from './host-zone';
import { systemTime, systemTimer } from './notify/system-time';
import type { PlatformTime } from './platform';
import { GDBUS_IDLE_CALLS, parseGdbusNumber, type IdleProbe } from './idle-source';
import type { LineProcess } from './linux-lock';

export function spawnGdbusLines(args: readonly string[]): LineProcess | null {
  try {
    const child = spawn('gdbus', [...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.on('error', () => undefined);
    const rl = createInterface({ input: child.stdout });
    return { onLine: (l) => void rl.on('line', l), kill: () => void child.kill() };
  } catch {
    return null;
  }
}

export function gdbusIdleProbe(name: 'mutter' | 'freedesktop-screensaver'): IdleProbe {
  const { args, unit } = GDBUS_IDLE_CALLS[name];
  return {
    name,
    read: () =>
      new Promise((resolve) => {
        execFile('gdbus', [...args], { timeout: 2000 }, (error, stdout) => {
          const n = error ? null : parseGdbusNumber(String(stdout));
          resolve(n === null ? null : unit === 'ms' ? n / 1000 : n);
        });
      }),
  };
}

export const nodeAutostartFs: AutostartDeps['fs'] = {
  writeFile: (p, t) => writeFileSync(p, t, { mode: 0o644 }),
  remove: (p) => rmSync(p, { force: true }),
  mkdir: (p) => void mkdirSync(p, { recursive: true }),
};

function info(file: string): BackupInfo {
  const s = statSync(file);
  return { name: basename(file), createdAt: s.mtimeMs, bytes: s.size };
}

/** Backups of the store; a restore closes the database and relaunches the app. */
export function storeBackups(store: () => Store, now: () => number, nativeBinding: string | undefined, relaunch: () => void): BackupService {
  return {
    create: async () => info(await store().backup()),
    list: () => store().backups().map(info).sort((a, b) => b.createdAt - a.createdAt),
    restore: (name) => {
      const s = store();
      const file = join(backupDirFor(s.path), name);
      if (!s.backups().includes(file)) return { ok: false, error: { code: 'backup.unknown', message: translate(IPC_ISSUE_TEXTS, readWarningSettings(s.settings).lang, 'backup.choose') } };
      s.close(); // releases this app's shared lock, so the restore may take the exclusive one
      // the store is closed either way, so the app relaunches; a failed restore left the old database in use
      // the replaced log's payroll record is carried into the restored one (issue 16): later changes are corrections
      return restoreKeepingPayroll(s.path, file, now(), nativeBinding ? { nativeBinding } : {})
        .then(() => undefined)
        .finally(relaunch);
    },
  };
}

/** The real clock: Date.now, performance.now, setTimeout/setInterval, and the host zone read fresh (host-zone.ts). */
export function nodeTime(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): PlatformTime {
  return {
    ...systemTime,
    ...systemTimer,
    hostZone: () => readHostZone({ platform, env, readlink: readlinkSync, intlZone: systemTime.hostZone }),
    every: (ms, fn) => {
      const h = setInterval(fn, ms);
      return () => clearInterval(h);
    },
  };
}
