/** The host's log file (src/desktop/log-file.ts): one line per entry, the home folder as ~, rotation by size, never failing the app. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogFile, rotatedName } from '../../src/desktop/log-file';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-log-'));
  dirs.push(d);
  return d;
};
const T = Date.parse('2026-11-24T09:00:00Z');

describe('the log file', () => {
  it('writes one line per entry with time and level, the home folder as ~, an error by its message', () => {
    const dir = join(temp(), 'logs');
    const log = new LogFile({ dir, now: () => T, home: '/home/kari' });
    log.write('info', 'database: /home/kari/.local/share/fyrabend/fyrabend.db (default)');
    log.write('error', 'tray refresh failed', new Error('boom\n  at x'));
    log.write('warn', 'two\nlines');
    expect(readFileSync(log.file, 'utf8')).toBe(
      [
        '2026-11-24T09:00:00.000Z INFO  database: ~/.local/share/fyrabend/fyrabend.db (default)',
        '2026-11-24T09:00:00.000Z ERROR tray refresh failed boom   at x',
        '2026-11-24T09:00:00.000Z WARN  two lines',
        '',
      ].join('\n'),
    );
  });

  it('rotates before a line would pass the size limit, keeping the newest files only', () => {
    const dir = temp();
    const log = new LogFile({ dir, now: () => T, maxBytes: 100, keep: 3 });
    for (let i = 0; i < 10; i++) log.write('info', `line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual([rotatedName(0), rotatedName(1), rotatedName(2)].sort());
    expect(readFileSync(join(dir, rotatedName(0)), 'utf8')).toMatch(/line 9/);
    expect(readFileSync(join(dir, rotatedName(1)), 'utf8')).toMatch(/line 8/);
    expect(readFileSync(join(dir, rotatedName(2)), 'utf8')).toMatch(/line 7/);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(100);
  });

  it('a file where the log folder should be does not throw either', () => {
    const dir = temp();
    writeFileSync(join(dir, 'logs'), 'not a folder');
    const log = new LogFile({ dir: join(dir, 'logs'), now: () => T });
    expect(() => log.write('info', 'x')).not.toThrow();
  });
});
