/**
 * Representative side (issue 8): bad files are skipped with a clear reason without stopping the others,
 * duplicates count once, and the exported report is self-contained and never shows a suppressed cell as 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildRepReport, importSummaries, reportCsv, reportHtml, reportJson, type SummaryFiles } from '../../../src/app/summary/index';
import { formatSummaryFile } from '../../../src/shared/formats/summary';
import { summary } from '../../core/anonymise/helpers';

let dir = '';
const reads: string[] = [];
const files: SummaryFiles = {
  size: (p) => statSync(p).size,
  read: (p) => (reads.push(basename(p)), readFileSync(p, 'utf8')),
  displayName: (p) => basename(p),
};
const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-rep-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importSummaries', () => {
  it('skips malformed, truncated, wrong-version and oversized files with a reason, and imports the rest', () => {
    const good = Array.from({ length: 7 }, (_, i) => put(`good-${i}.json`, formatSummaryFile(summary({ overtime: i / 2, groups: { department: i < 6 ? 'IT' : 'Sales' } }))));
    const valid = formatSummaryFile(summary());
    const malformed = put('malformed.json', valid.replace('"overtime": 0,', '"overtime": "lots",'));
    const rounding = put('rounding.json', valid.replace('"overtime": 0,', '"overtime": 0.3,'));
    const extra = put('extra.json', valid.replace('"period"', '"name": "Kari Nordmann", "period"'));
    const truncated = put('truncated.json', valid.slice(0, valid.length / 2));
    const version = put('version.json', valid.replace('fyrabend.summary/1', 'fyrabend.summary/2'));
    const other = put('other.json', '{"format": "fyrabend.sessions/1", "sessions": []}');
    const huge = join(dir, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB on stat, nothing on disk
    closeSync(fd);
    const missing = join(dir, 'missing.json');
    reads.length = 0;
    const t0 = performance.now();
    const r = importSummaries([good[0]!, malformed, rounding, extra, truncated, version, other, huge, missing, ...good.slice(1)], files, 'en');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(reads).not.toContain('huge.json'); // refused by size before reading
    expect(r.accepted.map((a) => a.file)).toEqual(good.map((g) => basename(g)));
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.file, x.reason]));
    expect(reasons['malformed.json']).toMatch(/^malformed\.json: \$\.weeks\[0\]\.overtime expected a number, got the text "lots"/);
    expect(reasons['rounding.json']).toMatch(/\$\.weeks\[0\]\.overtime expected hours rounded to half hours/);
    expect(reasons['extra.json']).toMatch(/extra\.json: \$ has unknown field\(s\) 'name'/);
    expect(reasons['truncated.json']).toMatch(/truncated\.json: \$ is not complete JSON/);
    expect(reasons['version.json']).toMatch(/version\.json: \$\.format is "fyrabend\.summary\/2", a version this Fyrabend cannot read; expected "fyrabend\.summary\/1"/);
    expect(reasons['other.json']).toMatch(/other\.json: \$\.format is "fyrabend\.sessions\/1"; expected "fyrabend\.summary\/1", so this is not a Fyrabend summary/);
    expect(reasons['huge.json']).toMatch(/huge\.json: \$ is 100\.0 MB, larger than the 256 kB a summary can be/);
    expect(reasons['missing.json']).toBe('missing.json does not exist.');
  });

  it.each([
    ['nb', /^malformed\.json: \$\.weeks\[0\]\.overtime skal være et tall, men er teksten "lots"\.$/, /^truncated\.json: \$ er ikke fullstendig JSON: filen er avkortet/, /^huge\.json: \$ er 100,0 MB, større enn de 256 kB/, 'missing.json finnes ikke.'],
    ['nn', /^malformed\.json: \$\.weeks\[0\]\.overtime skal vere eit tal, men er teksten "lots"\.$/, /^truncated\.json: \$ er ikkje fullstendig JSON: fila er avkorta/, /^huge\.json: \$ er 100,0 MB, større enn dei 256 kB/, 'missing.json finst ikkje.'],
  ] as const)('gives the reasons in %s', (lang, malformedReason, truncatedReason, hugeReason, missingReason) => {
    const valid = formatSummaryFile(summary());
    const malformed = put('malformed.json', valid.replace('"overtime": 0,', '"overtime": "lots",'));
    const truncated = put('truncated.json', valid.slice(0, valid.length / 2));
    const huge = join(dir, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const r = importSummaries([malformed, truncated, huge, join(dir, 'missing.json')], files, lang);
    expect(r.rejected.map((x) => x.reason)).toEqual([expect.stringMatching(malformedReason), expect.stringMatching(truncatedReason), expect.stringMatching(hugeReason), missingReason]);
  });

  it('counts the same file twice, and the same content under a new id, once', () => {
    const a = summary({ overtime: 1 });
    const pa = put('a.json', formatSummaryFile(a));
    const pa2 = put('a-copy.json', formatSummaryFile(a));
    const pb = put('b.json', formatSummaryFile({ ...a, id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }));
    const pc = put('c.json', formatSummaryFile(summary({ overtime: 2 })));
    const r = importSummaries([pa, pa2, pb, pc], files, 'en');
    expect(r.accepted.map((x) => x.file)).toEqual(['a.json', 'c.json']);
    expect(r.duplicates).toEqual([
      { file: 'a-copy.json', of: 'a.json', by: 'id' },
      { file: 'b.json', of: 'a.json', by: 'content' },
    ]);
    expect(importSummaries([pa, pa2, pb, pc], files, 'en', 'id').accepted).toHaveLength(3);
  });
});

describe('buildRepReport and the exports', () => {
  const imported = (ss: ReturnType<typeof summary>[]) => ({ files: ss.length, accepted: ss.map((s, i) => ({ file: `${i}.json`, summary: s })), rejected: [], duplicates: [] });
  const ss = [...Array.from({ length: 8 }, (_, i) => summary({ overtime: i, groups: { department: 'IT' }, violation: 'aml.10-8.daily-rest' })), ...Array.from({ length: 2 }, () => summary({ groups: { department: 'Sales' } }))];

  it.each([4, 0, 2.5])('refuses k = %d', (k) => {
    const r = buildRepReport(imported(ss), { k });
    expect(r.ok ? '' : r.error.code).toBe('bad-k');
  });

  it('picks the most common period and rejects an empty import', () => {
    const r = buildRepReport(imported([...ss, summary({ period: '2026-10' })]));
    expect(r.ok && r.value.period).toBe('2026-11');
    expect(r.ok && r.value.input.otherPeriod).toBe(1);
    const e = buildRepReport(imported([]));
    expect(e.ok ? '' : e.error.code).toBe('no-summaries');
  });

  it('report.html is self-contained (no scripts, no external resources, inline SVG charts) and shows suppression as text', () => {
    const r = buildRepReport(imported(ss));
    if (!r.ok) throw new Error(r.error.message);
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const html = reportHtml(r.value, lang);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      expect(html).not.toMatch(/(src|href)=/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      expect(html).toContain('<svg');
      expect(html).toContain("default-src 'none'");
    }
    const en = reportHtml(r.value, 'en');
    expect(en).toContain('suppressed (fewer than 6)');
    expect(en).toContain('suppressed (protects a small group)');
    // No file names ever reach the report.
    expect(en).not.toContain('.json');
    expect(reportJson(r.value)).not.toContain('.json');
  });

  it('report.csv has one line per cell and writes suppressed cells as text, never 0', () => {
    const r = buildRepReport(imported(ss));
    if (!r.ok) throw new Error(r.error.message);
    const lines = reportCsv(r.value, 'en').trim().split('\r\n');
    expect(lines[0]).toBe('period,k,dimension,group,measure,rule,week,value');
    const sales = lines.filter((l) => l.includes(',department,Sales,'));
    expect(sales.length).toBeGreaterThan(10);
    for (const l of sales) expect(l.endsWith(',suppressed (fewer than 6)')).toBe(true);
    const total = lines.find((l) => l.startsWith('2026-11,6,all,All,contributors,'));
    expect(total).toBe('2026-11,6,all,All,contributors,,,10');
    // IT (8) is hidden too: otherwise total − IT would give Sales.
    expect(lines.find((l) => l.includes(',department,IT,contributors,'))).toMatch(/suppressed \(protects a small group\)$/);
  });
});
