/**
 * Issue 21 item 5: `fyrabend export timesheet` of a whole year (2026, ~2 200 sessions in a log made
 * by `fyrabend import`) against `node -e 0` in the same run: every format but xlsx ≤ 3×, xlsx ≤ 5×,
 * in wall time (interleaved medians) and in instructions (callgrind, when valgrind is installed).
 * The export is a preview (marks nothing), so every run exports the same log. Needs the bundle
 * (`npm run build:cli`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIMESHEET_FORMATS } from '../../src/app/export/formats';
import { defaultAgreement, type Session } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { formatSessionsFile } from '../../src/shared/formats/sessions';
import { generateSessions } from '../lib/generate';
import { BIN, ratioResults, type Command } from '../lib/process';
import type { BenchEntry } from '../types';

const ENV = { FYRABEND_LANG: 'en' };

/** The generated year without the few sessions that overlap the one before (an import refuses overlaps). */
function yearOfSessions(): Session[] {
  const out: Session[] = [];
  let end = -Infinity;
  for (const s of generateSessions(2026, 1).sort((a, b) => a.start - b.start)) {
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}

const PAY = {
  employeeNumber: '1042',
  employeeName: 'Kari Nordmann',
  overtime: { basis: 'aml', classes: [{ id: 'overtime-40', percent: 40 }], rules: [] },
  wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170' },
  visma: { wageYear: 2026, runNumber: 3, department: 'Bærum', project: '', encoding: 'windows-1252' },
};

const bench: BenchEntry = {
  id: 'export-cli',
  run: async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-export-cli-'));
    try {
      const db = join(dir, 'fyrabend.db');
      const sessions = yearOfSessions();
      writeFileSync(join(dir, 'agreement.json'), JSON.stringify(agreementToJson(defaultAgreement())));
      writeFileSync(join(dir, 'sessions.json'), formatSessionsFile(sessions, [], 'Europe/Oslo'));
      writeFileSync(join(dir, 'pay.json'), JSON.stringify(PAY));
      const cli = (...argv: string[]) => execFileSync(process.execPath, [BIN, ...argv, '--db', db], { cwd: dir, env: { ...process.env, ...ENV }, stdio: 'pipe' });
      cli('import', join(dir, 'agreement.json'));
      cli('import', join(dir, 'sessions.json'));
      cli('settings', 'pay', '--file', join(dir, 'pay.json'));

      const commands = TIMESHEET_FORMATS.map((format) => ({
        what: `\`fyrabend export timesheet --period 2026 --format ${format}\`, a year (${sessions.length} sessions)`,
        cmd: { argv: [BIN, 'export', 'timesheet', '--period', '2026', '--format', format, '--out', join(dir, `year.${format}`), '--db', db], env: ENV } satisfies Command,
        max: format === 'xlsx' ? 5 : 3,
      }));
      return ratioResults(ctx, commands, ctx.runs(9));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
