/**
 * Issue 18: a fuzz test over the readers with malformed inputs (fast-check): broken and truncated
 * JSON, impossible dates, wrong types and values, garbage and foreign databases. Every one ends with
 * exit 2, sentences that start with "fyrabend:", no stack trace, and the log unchanged.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

let dir = '';
let db = '';
const VALID = { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T15:45:00+01:00', kind: 'work', note: 'ok' }] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-fuzz-'));
  db = join(dir, 'log.db');
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify(VALID));
  expect((await cli(['import', seed, '--db', db])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' }, cwd: dir });
  return { code, out, err };
}

function logDigest(): string {
  const d = new Database(db, { readonly: true });
  try {
    return createHash('sha256').update(JSON.stringify(d.prepare('SELECT * FROM sessions ORDER BY id').all())).update(JSON.stringify(d.prepare('SELECT * FROM agreements').all())).digest('hex');
  } finally {
    d.close();
  }
}

function expectRefused(r: { code: number; out: string; err: string }): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).toMatch(/^fyrabend: /);
  expect(r.err).not.toMatch(/\n\s+at |internal error|Error:/);
  for (const line of r.err.trimEnd().split('\n')) expect(line).toMatch(/^(fyrabend: | {2})/);
}

const badInstant = fc.oneof(
  fc.constantFrom('2026-02-30T08:00:00+01:00', '2026-13-01T08:00:00+01:00', '2026-03-10T24:30:00+01:00', '2026-03-10T08:00:00', '', 'tomorrow', '9999-99-99T99:99:99Z'),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
);
const badKind = fc.oneof(fc.string().filter((s) => s !== 'work' && s !== 'on-call'), fc.integer(), fc.constant(null));
const badDoc = fc.oneof(
  badInstant.map((v) => ({ ...VALID, sessions: [{ ...VALID.sessions[0], start: v }] })),
  badInstant.map((v) => ({ ...VALID, sessions: [{ ...VALID.sessions[0], end: v }] })),
  badKind.map((v) => ({ ...VALID, sessions: [{ ...VALID.sessions[0], kind: v }] })),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null)).filter((f) => f !== 'fyrabend.sessions/1' && f !== 'fyrabend.agreement/1').map((f) => ({ ...VALID, format: f })),
  fc.anything().filter((v) => !Array.isArray(v)).map((v) => ({ ...VALID, sessions: v })),
  fc.integer({ min: 7 * 24 + 1, max: 100_000 }).map((h) => ({ ...VALID, sessions: [{ start: '2026-03-10T08:00:00+01:00', end: new Date(Date.parse('2026-03-10T07:00:00Z') + h * 3_600_000).toISOString() }] })),
  fc.integer({ min: 1, max: 400 }).map((m) => ({ ...VALID, sessions: [{ start: '2026-03-10T08:00:00+01:00', end: new Date(Date.parse('2026-03-10T07:00:00Z') + m * 60_000).toISOString(), kind: 'on-call' }] })), // overlaps the recorded work session
);

describe('fuzz: import and check refuse malformed input and change nothing', () => {
  it('malformed sessions documents', async () => {
    const before = logDigest();
    await fc.assert(
      fc.asyncProperty(badDoc, async (doc) => {
        const file = join(dir, 'bad.json');
        writeFileSync(file, JSON.stringify(doc));
        expectRefused(await cli(['import', file, '--db', db]));
        expectRefused(await cli(['check', '--sessions', file, '--agreement', file]));
      }),
      { numRuns: 150 },
    );
    expect(logDigest()).toBe(before);
  });

  it('truncated and garbled text', async () => {
    const text = JSON.stringify(VALID);
    const before = logDigest();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 0, max: text.length - 1 }).map((n) => text.slice(0, n)), fc.string({ maxLength: 200 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } })), async (t) => {
        const file = join(dir, 'broken.json');
        writeFileSync(file, t);
        expectRefused(await cli(['import', file, '--db', db]));
      }),
      { numRuns: 150 },
    );
    expect(logDigest()).toBe(before);
  });

  it('command-line values: impossible dates and zones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 99 })).filter(([y, m, d]) => d > new Date(Date.UTC(y, m, 0)).getUTCDate()),
        async ([y, m, d]) => {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expectRefused(await cli(['log', '--db', db, '--from', date]));
        },
      ),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }).filter((z) => { try { new Intl.DateTimeFormat('en', { timeZone: z }); return false; } catch { return true; } }), async (zone) => {
        expectRefused(await cli(['status', '--db', db, '--zone', zone]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzz: garbage and foreign databases are refused unchanged', () => {
  it('random bytes, SQLite files of other programs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 8192 }).map((bytes) => ({ kind: 'bytes' as const, bytes })),
          fc.integer({ min: 1, max: 2 ** 31 - 1 }).filter((id) => id !== 0x46797261).map((id) => ({ kind: 'foreign' as const, id })),
        ),
        async (g) => {
          const file = join(dir, 'other.db');
          rmSync(file, { force: true });
          if (g.kind === 'bytes') writeFileSync(file, g.bytes);
          else {
            const o = new Database(file);
            o.exec(`PRAGMA application_id = ${g.id}; CREATE TABLE sessions (id INTEGER PRIMARY KEY);`);
            o.close();
          }
          const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
          expectRefused(await cli(['status', '--db', file]));
          expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(hash);
        },
      ),
      { numRuns: 80 },
    );
  });
});
