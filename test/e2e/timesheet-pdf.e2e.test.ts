/**
 * The printable timesheet printed to PDF by Chromium (issue 16 item 4): the month and a year of the
 * fixture (a night shift, DST, Easter, on-call) in bokmål. Asserted: every page is A4 landscape
 * (842 × 595 pt, from the HTML's own `@page`), the page count, no cut table (the day table is as
 * wide as the page allows), no almost empty trailing page (the last page carries the signature
 * lines). The PDFs land in test-results/ to look at (pdftoppm makes PNGs of them).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTimesheet } from '../../src/app/export/formats';
import { HTML_PAGE } from '../../src/app/export/formats/html';
import { parsePeriod } from '../../src/app/export/period';
import { buildTimesheet } from '../../src/app/export/timesheet';
import { agreement, fixtureSessions, GENERATED_AT, settings } from '../app/export/fixture';

const CHROMIUM = process.env.FYRABEND_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`[e2e] timesheet PDF NOT RUN: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set FYRABEND_CHROMIUM).`);
const RESULTS = resolve('test-results');

/** Page boxes of a PDF as Chromium writes it (each page object carries its /MediaBox). */
function mediaBoxes(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
}

describe.runIf(hasChromium)('the HTML timesheet printed by Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['2026-03', 1],
    ['2026', 2],
  ] as const)('%s: A4 landscape pages, one page run per month, no cut column, no empty trailing page', async (period, months) => {
    const ts = buildTimesheet({ period, months: parsePeriod(period) ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent: new Map(), generatedAt: GENERATED_AT });
    const html = new TextDecoder().decode(await renderTimesheet(ts, 'html', 'nb'));
    const page = await browser.newPage();
    await page.setContent(html);
    // Printed layout: the day table fits the printable width (297 mm − 2 × 12 mm at 96 dpi).
    await page.emulateMedia({ media: 'print' });
    const printable = ((HTML_PAGE.widthMm - 2 * HTML_PAGE.marginMm) / 25.4) * 96;
    await page.setViewportSize({ width: Math.floor(printable), height: 800 });
    const widths = await page.$$eval('table.days', (ts) => ts.map((t) => (t as HTMLElement).scrollWidth));
    expect(widths).toHaveLength(months);
    for (const w of widths) expect(w).toBeLessThanOrEqual(Math.ceil(printable));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `timesheet-${period}.pdf`), pdf);

    const boxes = mediaBoxes(pdf);
    // A4 landscape in points: 841.89 × 595.28.
    for (const [x0, y0, x1, y1] of boxes) {
      expect(Math.round(x1! - x0!)).toBe(842);
      expect(Math.round(y1! - y0!)).toBe(595);
    }
    // Each month takes two pages (about 22 work days of one or two lines each, then the totals, the
    // pay lines and the signature lines on the second); each month starts on a new page, and
    // nothing comes after the last month's signature (an empty trailing page would be one more).
    expect(boxes).toHaveLength(2 * months);
  });
});
