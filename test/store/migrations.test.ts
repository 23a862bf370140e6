import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, StoreError, describeStoreError, listBackups, LATEST_VERSION } from '../../src/store/index';
import { tempDir } from './helpers';

/** Rows seeded at each schema version, in that version's shape. */
const SEEDS: Record<number, string> = {
  1: `
    INSERT INTO sessions (id, start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source)
      VALUES (1, 1773126000000, 1773153900000, 'Europe/Oslo', 'work', 'home', 'employer', 0, 'release', 'manual'),
             (2, 1773172800000, 1773176400000, 'Europe/Oslo', 'on-call', 'other', 'own', 1, NULL, 'import');
    INSERT INTO availability (id, start_ms, end_ms, zone) VALUES (1, 1773162000000, 1773165600000, 'Europe/Oslo');
    INSERT INTO agreements (valid_from, json, saved_ms) VALUES ('2026-01-01', '{"format":"fyrabend.agreement/1"}', 1767225600000);
    INSERT INTO settings (key, value) VALUES ('zone', '"Europe/Oslo"');
    INSERT INTO audit_log (id, at_ms, action, session_id, before_json, after_json, reason) VALUES (1, 1773160000000, 'add', 1, NULL, '{}', 'forgot to start');`,
  2: `
    INSERT INTO locked_periods (id, from_ms, to_ms, locked_ms, label) VALUES (1, 1772319600000, 1774994400000, 1775000000000, '2026-03');
    INSERT INTO audit_log (id, at_ms, action, session_id, before_json, after_json, reason) VALUES (2, 1775000100000, 'edit', 1, '{}', '{}', 'typo');
    INSERT INTO corrections (id, locked_period_id, audit_id, at_ms) VALUES (1, 1, 2, 1775000100000);`,
  4: `
    INSERT INTO overtime_reasons (id, session_id, session_start_ms, recorded_ms, reasons_json, text) VALUES (1, 1, 1773126000000, 1773154000000, '["agreed-end"]', 'release');
    INSERT INTO warning_deliveries (key, line_ms) VALUES ('warn:agreed-end:1773153900000', 1773153900000);`,
};

const TABLES = ['sessions', 'availability', 'agreements', 'settings', 'audit_log', 'locked_periods', 'corrections', 'open_session', 'tracker_state', 'overtime_reasons', 'warning_deliveries', 'pending_warnings', 'warning_snooze', 'payroll_submissions', 'absences'];

function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
  db.close();
  return out;
}

const SESSION_V3 = [
  { id: 1, start_ms: 1773126000000, end_ms: 1773153900000, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', break_with_duties: 0, note: 'release', source: 'manual', review: null },
  { id: 2, start_ms: 1773172800000, end_ms: 1773176400000, zone: 'Europe/Oslo', kind: 'on-call', location: 'other', initiative: 'own', break_with_duties: 1, note: null, source: 'import', review: null },
];

describe('migrations', () => {
  // Version 0 (a file with no tables) is never on disk: a new log is built complete before it is linked into place, and an empty file is refused (identity.test.ts).
  it.each(Array.from({ length: LATEST_VERSION - 1 }, (_, v) => v + 1))('migrate from version %i to the newest keeps every row exactly', async (from) => {
    const path = join(tempDir(), 'f.db');
    const old = await openDatabase(path, { targetVersion: from, backups: false });
    for (let v = 1; v <= from; v++) old.exec(SEEDS[v] ?? '');
    old.close();
    const db = await openDatabase(path, { now: () => Date.parse('2026-04-01T10:00:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    const rows = dump(path);
    const expected = {
      sessions: from >= 1 ? SESSION_V3 : [],
      availability: from >= 1 ? [{ id: 1, start_ms: 1773162000000, end_ms: 1773165600000, zone: 'Europe/Oslo' }] : [],
      agreements: from >= 1 ? [{ valid_from: '2026-01-01', json: '{"format":"fyrabend.agreement/1"}', saved_ms: 1767225600000 }] : [],
      settings: from >= 1 ? [{ key: 'zone', value: '"Europe/Oslo"' }] : [],
      audit_log: [
        ...(from >= 1 ? [{ id: 1, at_ms: 1773160000000, action: 'add', session_id: 1, before_json: null, after_json: '{}', reason: 'forgot to start' }] : []),
        ...(from >= 2 ? [{ id: 2, at_ms: 1775000100000, action: 'edit', session_id: 1, before_json: '{}', after_json: '{}', reason: 'typo' }] : []),
      ],
      locked_periods: from >= 2 ? [{ id: 1, from_ms: 1772319600000, to_ms: 1774994400000, locked_ms: 1775000000000, label: '2026-03' }] : [],
      corrections: from >= 2 ? [{ id: 1, locked_period_id: 1, audit_id: 2, at_ms: 1775000100000 }] : [],
      open_session: [],
      tracker_state: [],
      overtime_reasons: from >= 4 ? [{ id: 1, session_id: 1, session_start_ms: 1773126000000, recorded_ms: 1773154000000, reasons_json: '["agreed-end"]', text: 'release', ground: null, taken_as: 'pay' }] : [],
      warning_deliveries: from >= 4 ? [{ key: 'warn:agreed-end:1773153900000', line_ms: 1773153900000 }] : [],
      pending_warnings: [],
      warning_snooze: [],
      payroll_submissions: [],
      absences: [],
    };
    expect(rows).toEqual(expected);
    // a backup was taken before migrating an existing database, and it holds the old version
    const pre = listBackups(path).filter((f) => f.includes(`-pre-v${from}-`));
    expect(pre).toHaveLength(from > 0 ? 1 : 0);
    if (from > 0) {
      const b = new Database(pre[0]!, { readonly: true });
      expect(b.pragma('user_version', { simple: true })).toBe(from);
      b.close();
    }
  });

  it('refuses a database newer than the app, leaving it byte-identical', async () => {
    const path = join(tempDir(), 'f.db');
    (await openDatabase(path, { backups: false })).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const hash = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = hash();
    const e = await openDatabase(path).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe('newer-version');
    expect(describeStoreError(e as StoreError, 'en')).toContain(`newer Fyrabend (schema version ${LATEST_VERSION + 1}; this version knows up to ${LATEST_VERSION}). It was not opened and not changed`);
    expect(hash()).toBe(before);
  });
});
