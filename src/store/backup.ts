/**
 * Backups with SQLite's online backup API (better-sqlite3 `db.backup`): a consistent copy even while
 * the app writes. Daily (the last 14 kept) and before every migration, next to the database in
 * `backups/`. A backup is written to a temporary name and renamed, so a half-written file never
 * looks like a backup.
 */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export const DAILY_BACKUPS_KEPT = 14;

export function backupDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function stemOf(dbPath: string): string {
  const name = basename(dbPath);
  return name.slice(0, name.length - extname(name).length) || name;
}

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/** A name no other process or call uses at the same time (36 simultaneous first opens each back up). */
export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Removes a temporary SQLite file and whatever journal files SQLite made beside it. */
export function removeSqliteFile(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Copies the live database to `file` with the online backup API, through a temporary name of its
 * own (`<file>.<pid>-<random>.part`), so two processes never share or delete each other's part
 * file; a failure (disk full) leaves no part file behind.
 */
export async function backupTo(db: Database.Database, file: string): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${uniqueSuffix()}.part`;
  try {
    await db.backup(part);
    renameSync(part, file);
  } catch (e) {
    removeSqliteFile(part);
    throw e;
  }
  return file;
}

export function listBackups(dbPath: string): string[] {
  const dir = backupDirFor(dbPath);
  if (!existsSync(dir)) return [];
  const stem = stemOf(dbPath);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.sqlite'))
    .sort()
    .map((f) => join(dir, f));
}

/** The newest backup of any kind, by modification order of the names (they carry the date), or null. */
export function newestBackup(dbPath: string): string | null {
  const all = listBackups(dbPath).sort((a, b) => basename(a).replace(/^.*?-(daily|pre-v\d+|manual)-/, '').localeCompare(basename(b).replace(/^.*?-(daily|pre-v\d+|manual)-/, '')));
  return all.at(-1) ?? null;
}

export function dailyBackupFile(dbPath: string, now: number): string {
  return join(backupDirFor(dbPath), `${stemOf(dbPath)}-daily-${new Date(now).toISOString().slice(0, 10)}.sqlite`);
}

/** True when today's daily backup has not been made yet. */
export function dailyBackupDue(dbPath: string, now: number): boolean {
  return !existsSync(dailyBackupFile(dbPath, now));
}

/** Makes today's daily backup unless it exists, then keeps only the newest 14 daily backups. */
export async function dailyBackup(db: Database.Database, dbPath: string, now: number): Promise<string | null> {
  const stem = stemOf(dbPath);
  const file = dailyBackupFile(dbPath, now);
  let made: string | null = null;
  if (!existsSync(file)) made = await backupTo(db, file);
  const dailies = listBackups(dbPath).filter((f) => basename(f).startsWith(`${stem}-daily-`));
  for (const old of dailies.slice(0, Math.max(0, dailies.length - DAILY_BACKUPS_KEPT))) rmSync(old, { force: true });
  return made;
}

export async function preMigrationBackup(db: Database.Database, dbPath: string, fromVersion: number, now: number): Promise<string> {
  return backupTo(db, join(backupDirFor(dbPath), `${stemOf(dbPath)}-pre-v${fromVersion}-${stamp(now)}.sqlite`));
}

export async function manualBackup(db: Database.Database, dbPath: string, now: number, out?: string): Promise<string> {
  return backupTo(db, out ?? join(backupDirFor(dbPath), `${stemOf(dbPath)}-manual-${stamp(now)}.sqlite`));
}
