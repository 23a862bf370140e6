/**
 * The xlsx timesheet opened by a real spreadsheet program (issue 16 item 4): LibreOffice converts it
 * to PDF headless, honouring the sheet's page setup. Asserted: one A4 landscape page for the month
 * (fit to one page wide: no column cut onto a second page). Runs only where LibreOffice is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTimesheet } from '../../src/app/export/formats';
import { parsePeriod } from '../../src/app/export/period';
import { buildTimesheet } from '../../src/app/export/timesheet';
import { agreement, fixtureSessions, GENERATED_AT, settings } from '../app/export/fixture';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE) console.log('[e2e] xlsx in LibreOffice NOT RUN: no soffice. Install it with: apt-get install -y --no-install-recommends libreoffice-calc');

describe.runIf(SOFFICE !== undefined)('the xlsx timesheet in LibreOffice', () => {
  it('prints the month on one A4 landscape page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-lo-'));
    try {
      const ts = buildTimesheet({ period: '2026-03', months: parsePeriod('2026-03') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent: new Map(), generatedAt: GENERATED_AT });
      writeFileSync(join(dir, 'ts.xlsx'), await renderTimesheet(ts, 'xlsx', 'nb'));
      const r = spawnSync(SOFFICE as string, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'ts.xlsx')], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      const pdf = readFileSync(join(dir, 'ts.pdf')).toString('latin1');
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
      const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf)?.[1] ?? boxes.length);
      expect(pages).toBe(1);
      for (const [x0, y0, x1, y1] of boxes) expect([Math.round(x1! - x0!), Math.round(y1! - y0!)]).toEqual([842, 595]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
