/**
 * README.md's command-line example is real output: its sessions file, run through `fyrabend check` with the
 * agreement it describes (Monday–Friday 08:00–15:45), gives exactly the findings (rule, severity, key and
 * every figure shown, in order), days and weeks of the shortened JSON the README prints. A change of the
 * rules that changes this output fails here until the README is updated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuilt, fyrabend, ROOT } from '../helpers/cli';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);
const sessions = blocks.find((b) => b.format === 'fyrabend.sessions/1');
const shown = blocks.find((b) => b.format === 'fyrabend.findings/1') as { zone: string; findings: Record<string, unknown>[]; days: unknown[]; weeks: unknown[] } | undefined;
const day = [['08:00', '15:45']];
const agreement = { format: 'fyrabend.agreement/1', validFrom: '2026-01-01', workingTime: { weeklyHours: 37.5, windows: { mon: day, tue: day, wed: day, thu: day, fri: day } } };

let dir = '';
beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-readme-'));
});

describe('README example', () => {
  it('shows a sessions file and a findings document', () => {
    expect(readme).toMatch(/npx fyrabend check --sessions sessions\.json --agreement agreement\.json/);
    expect(sessions).toBeDefined();
    expect(shown).toBeDefined();
  });

  it('is what `fyrabend check` prints, shortened', () => {
    const s = join(dir, 'sessions.json');
    const a = join(dir, 'agreement.json');
    writeFileSync(s, JSON.stringify(sessions));
    writeFileSync(a, JSON.stringify(agreement));
    const r = fyrabend(['check', '--sessions', s, '--agreement', a]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { zone: string; findings: Record<string, unknown>[]; days: unknown[]; weeks: unknown[] };
    expect(out.zone).toBe(shown?.zone);
    // Every field the README shows (all but its "…" placeholder) has the printed value, finding by finding.
    const shortened = out.findings.map((f, i) => Object.fromEntries(Object.keys(shown?.findings[i] ?? {}).filter((k) => k !== '...').map((k) => [k, f[k]])));
    expect(shortened).toEqual(shown?.findings.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== '...'))));
    expect(out.days).toEqual(shown?.days);
    expect(out.weeks).toEqual(shown?.weeks);
  });
});
