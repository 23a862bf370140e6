/** Issue 14 item 3 on the command line: `fyrabend start --at` and `stop --at` outside recovery, and their refusals. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { formatInstant } from '../../src/core/index';

const dir = mkdtempSync(join(tmpdir(), 'fyrabend-at-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], lang = 'en_GB.UTF-8') {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: lang, FYRABEND_ZONE: 'Europe/Oslo' }, cwd: dir });
  return { code, out, err };
}
const iso = (ms: number) => formatInstant(ms, 'Europe/Oslo');
const H = 3_600_000;

describe('fyrabend start --at / stop --at', () => {
  it('starts two hours ago and stops an hour ago; the log has that session', async () => {
    const db = join(dir, 'a.db');
    const now = Date.now();
    const start = Math.floor((now - 2 * H) / 60_000) * 60_000;
    const end = start + H;
    expect(await cli(['start', '--at', iso(start), '--db', db])).toMatchObject({ code: 0 });
    expect(await cli(['stop', '--at', iso(end), '--db', db])).toMatchObject({ code: 0, out: expect.stringMatching(/^Stopped at .*Saved .*\(1 h/) });
    const log = await cli(['log', '--format', 'json', '--db', db]);
    expect(JSON.parse(log.out).sessions).toEqual([expect.objectContaining({ start: iso(start), end: iso(end) })]);
  });

  const refusals: [string, string[], RegExp][] = [
    ['a start in the future', ['start', '--at', iso(Date.now() + 2 * H)], /^fyrabend: The start time .* is in the future/],
    ['a clock time that is not one', ['start', '--at', '25:00'], /^fyrabend: --at must be a time today like 07:45/],
    ['a stop with nothing running', ['stop', '--at', iso(Date.now() - H)], /^fyrabend: No session is running/],
    ['a date without an offset', ['stop', '--at', '2026-03-10T16:30'], /^fyrabend: --at must be a time today like 07:45/],
  ];
  it.each(refusals)('refuses %s (exit 2, one sentence)', async (_name, args, message) => {
    const r = await cli([...args, '--db', join(dir, 'b.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('refuses a start inside the session already recorded, naming it, in nb', async () => {
    const db = join(dir, 'c.db');
    const start = Math.floor((Date.now() - 3 * H) / 60_000) * 60_000;
    await cli(['start', '--at', iso(start), '--db', db]);
    await cli(['stop', '--at', iso(start + H), '--db', db]);
    const r = await cli(['start', '--at', iso(start + 30 * 60_000), '--db', db], 'nb_NO.UTF-8');
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/^fyrabend: Tidspunktet .* overlapper økten .* som allerede er registrert/) });
  });

  it('start --help names --at and --reason', async () => {
    expect((await cli(['start', '--help'])).out).toMatch(/--at HH:MM\|ISO\] \[--reason TEXT\]/);
    expect((await cli(['stop', '--help'])).out).toMatch(/^Usage: fyrabend stop \[--at HH:MM\|ISO\] \[--reason TEXT\]/);
  });
});
