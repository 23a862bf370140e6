/**
 * Representative side (issues 8 and 17): bad files are skipped with a clear reason without stopping the
 * others; only regular files are read, bounded in size (a FIFO, /dev/zero and /dev/urandom are refused on
 * the open handle); the newest file per id counts; the report is refused when the files hold more people
 * than handed them in; and the screen, report.html, report.json and report.csv show the same numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { buildRepReport, importSummaries, reportCsv, reportHtml, reportJson, reportView, type ImportResult, type SummaryFiles } from '../../../src/app/summary/index';
import { contributionOf, type Summary } from '../../../src/core/anonymise/index';
import { readBounded } from '../../../src/cli/bounded-read';
import { formatSummaryFile } from '../../../src/shared/formats/summary';
import { summary } from '../../core/anonymise/helpers';
import { personArb, toSummary } from '../../core/anonymise/population';

let dir = '';
const reads: string[] = [];
const files: SummaryFiles = {
  read: (p, limits) => (reads.push(basename(p)), readBounded(p, limits)),
  displayName: (p) => basename(p),
};
const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
const sparse = (name: string, bytes: number) => {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes); // 100 MB on stat, nothing on disk
  closeSync(fd);
  return path;
};

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
    const version = put('version.json', valid.replace('fyrabend.summary/2', 'fyrabend.summary/3'));
    const other = put('other.json', '{"format": "fyrabend.sessions/1", "sessions": []}');
    const huge = sparse('huge.json', 100 * 1024 * 1024);
    const missing = join(dir, 'missing.json');
    reads.length = 0;
    const r = importSummaries([good[0]!, malformed, rounding, extra, truncated, version, other, huge, missing, ...good.slice(1)], files, 'en');
    expect(r.accepted.map((a) => a.file)).toEqual(good.map((g) => basename(g)));
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.file, x.reason]));
    expect(reasons['malformed.json']).toMatch(/^malformed\.json: \$\.weeks\[0\]\.overtime expected a number, got the text "lots"/);
    expect(reasons['rounding.json']).toMatch(/\$\.weeks\[0\]\.overtime expected hours rounded to half hours/);
    expect(reasons['extra.json']).toMatch(/extra\.json: \$ has an unknown field 'name'/);
    expect(reasons['truncated.json']).toMatch(/truncated\.json: \$ is not complete JSON/);
    expect(reasons['version.json']).toMatch(/version\.json: \$\.format is "fyrabend\.summary\/3", a version this Fyrabend cannot read; expected "fyrabend\.summary\/2"/);
    expect(reasons['other.json']).toMatch(/other\.json: \$\.format is "fyrabend\.sessions\/1"; expected "fyrabend\.summary\/2", so this is not a Fyrabend summary/);
    expect(reasons['huge.json']).toMatch(/huge\.json: \$ is 100\.0 MB, larger than the 256 kB a summary can be/);
    expect(reasons['missing.json']).toBe('missing.json does not exist.');
  });

  it('still reads a version 1 file of an older Fyrabend (a random id, no created week)', () => {
    const v1 = formatSummaryFile({ ...summary({ overtime: 1 }), format: 'fyrabend.summary/1', created: undefined } as unknown as Summary);
    expect(v1).not.toContain('created');
    const r = importSummaries([put('v1.json', v1)], files, 'en');
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]?.created).toBeUndefined();
  });

  it.each([
    ['nb', /^malformed\.json: \$\.weeks\[0\]\.overtime skal være et tall, men er teksten "lots"\.$/, /^truncated\.json: \$ er ikke fullstendig JSON: filen er avkortet/, /^huge\.json: \$ er 100,0 MB, større enn de 256 kB/, 'missing.json finnes ikke.'],
    ['nn', /^malformed\.json: \$\.weeks\[0\]\.overtime skal vere eit tal, men er teksten "lots"\.$/, /^truncated\.json: \$ er ikkje fullstendig JSON: fila er avkorta/, /^huge\.json: \$ er 100,0 MB, større enn dei 256 kB/, 'missing.json finst ikkje.'],
  ] as const)('gives the reasons in %s', (lang, malformedReason, truncatedReason, hugeReason, missingReason) => {
    const valid = formatSummaryFile(summary());
    const malformed = put('malformed.json', valid.replace('"overtime": 0,', '"overtime": "lots",'));
    const truncated = put('truncated.json', valid.slice(0, valid.length / 2));
    const huge = sparse('huge.json', 100 * 1024 * 1024);
    const r = importSummaries([malformed, truncated, huge, join(dir, 'missing.json')], files, lang);
    expect(r.rejected.map((x) => x.reason)).toEqual([expect.stringMatching(malformedReason), expect.stringMatching(truncatedReason), expect.stringMatching(hugeReason), missingReason]);
  });

  it.runIf(existsSync('/dev/zero'))('/dev/zero and /dev/urandom are refused on the open handle as not regular files, in no time', () => {
    const t0 = performance.now();
    const r = importSummaries(['/dev/zero', '/dev/urandom'], files, 'en');
    expect(performance.now() - t0).toBeLessThan(2000); // the old reader grew to 12 GB here; this one reads nothing
    expect(r.rejected.map((x) => x.reason)).toEqual(['zero is not a regular file (for example a device or a named pipe) and was not read.', 'urandom is not a regular file (for example a device or a named pipe) and was not read.']);
  });

  it('a FIFO without a writer is refused without waiting for one', () => {
    const fifo = join(dir, 'pipe.json');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      console.log('mkfifo is not available here; the FIFO case did not run');
      return;
    }
    const r = importSummaries([fifo], files, 'nb');
    expect(r.rejected.map((x) => x.reason)).toEqual(['pipe.json er ikke en vanlig fil (for eksempel en enhet eller en navngitt rørledning) og ble ikke lest.']);
  });

  it('reads at most the limit even when the file grows or lies about its size, and gives up after the timeout', () => {
    const p = put('big.json', 'x'.repeat(300 * 1024));
    expect(readBounded(p, { maxBytes: 256 * 1024, timeoutMs: 5000 })).toEqual({ ok: false, problem: 'too-large', size: 300 * 1024 });
    let t = 0;
    const slowClock = () => (t += 3000); // every look at the clock is three seconds later
    expect(readBounded(p, { maxBytes: 512 * 1024, timeoutMs: 5000 }, slowClock)).toEqual({ ok: false, problem: 'timeout', seconds: 5 });
  });

  it('keeps the newest file per id (by its created week) and says which were replaced; identical figures under other ids all count', () => {
    const id = '11111111-2222-8333-8444-555555555555';
    const older = put('older.json', formatSummaryFile(summary({ id, created: '2026-W48', overtime: 1 })));
    const newer = put('newer.json', formatSummaryFile(summary({ id, created: '2026-W50', overtime: 2 })));
    const copy = put('copy.json', formatSummaryFile(summary({ id, created: '2026-W50', overtime: 2 })));
    const twins = Array.from({ length: 3 }, (_, i) => put(`twin-${i}.json`, formatSummaryFile(summary({ overtime: 0 }))));
    const r = importSummaries([older, newer, copy, ...twins], files, 'en');
    expect(r.accepted.map((x) => x.file)).toEqual(['newer.json', 'twin-0.json', 'twin-1.json', 'twin-2.json']);
    expect(r.duplicates).toEqual([
      { file: 'older.json', of: 'newer.json', by: 'replaced' },
      { file: 'copy.json', of: 'newer.json', by: 'duplicate' },
    ]);
  });
});

const imported = (ss: readonly Summary[]): ImportResult => ({ files: ss.length, accepted: ss.map((s, i) => ({ file: `${i}.json`, id: s.id, period: s.period, ...(s.invite ? { invite: s.invite } : {}), contribution: contributionOf(s) })), rejected: [], duplicates: [], notes: [] });

describe('buildRepReport: limits on what one sender can do', () => {
  const ss = [...Array.from({ length: 8 }, (_, i) => summary({ overtime: i, groups: { department: 'IT' }, violation: 'aml.10-8.daily-rest' })), ...Array.from({ length: 2 }, () => summary({ groups: { department: 'Sales' } }))];

  it.each([4, 0, 2.5])('refuses k = %d', (k) => {
    const r = buildRepReport(imported(ss), { k, senders: 10 });
    expect(r.ok ? '' : r.error.code).toBe('bad-k');
  });

  it.each([0, -1, 2.5])('refuses senders = %d', (senders) => {
    const r = buildRepReport(imported(ss), { senders });
    expect(r.ok ? '' : r.error.code).toBe('bad-senders');
  });

  it('picks the most common period, states files, ids and senders, and rejects an empty import', () => {
    const r = buildRepReport(imported([...ss, summary({ period: '2026-10' })]), { senders: 11 });
    expect(r.ok && r.value.period).toBe('2026-11');
    expect(r.ok && r.value.input).toMatchObject({ files: 11, accepted: 10, otherPeriod: 1, senders: 11 });
    const e = buildRepReport(imported([]), { senders: 1 });
    expect(e.ok ? '' : e.error.code).toBe('no-summaries');
  });

  it('the five-file attack: five perturbed files with fresh ids from one sender make the report refused, with the reason', () => {
    // Legal has one real member; a colleague in IT hands in five more "Legal" files with one week's hours changed by 0–4.
    const real = [...Array.from({ length: 20 }, () => summary({ groups: { department: 'IT' }, overtime: 1 })), summary({ groups: { department: 'Legal' }, overtime: 3, night: 2 })];
    const fakes = Array.from({ length: 5 }, (_, i) => {
      const s = summary({ groups: { department: 'Legal' }, overtime: 1 });
      return { ...s, weeks: s.weeks.map((w, j) => (j === 0 ? { ...w, hours: w.hours + i } : w)) };
    });
    const r = buildRepReport(imported([...real, ...fakes]), { senders: real.length });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'too-many-ids', ids: 26, senders: 21 });
    // Without the fakes, Legal stays hidden.
    const honest = buildRepReport(imported(real), { senders: real.length });
    if (!honest.ok) throw new Error(honest.error.message);
    const legal = honest.value.tables.find((t) => t.dimension === 'department')!.rows.find((x) => x.label === 'Legal')!;
    expect(legal.figures.contributors).toEqual({ suppressed: 'fewer-than-k' });
  });

  it('property: one sender adding up to five perturbed files never gets a report when --senders is given truthfully', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 30 }), fc.array(personArb, { minLength: 1, maxLength: 5 }), (people, extra) => {
        const ss = people.map(toSummary);
        const r = buildRepReport(imported([...ss, ...extra.map(toSummary)]), { senders: ss.length });
        expect(r.ok ? 'made' : r.error.code).toBe('too-many-ids');
        // Re-exports by the sender's own installation (same id, later week) replace, never add.
        const again = extra.map((p) => ({ ...toSummary(p), id: ss[0]!.id, created: '2026-W51' }));
        const all = [...ss, ...again];
        const d = importSummaries(all.map((_, i) => String(i)), { read: (p) => ({ ok: true, text: formatSummaryFile(all[Number(p)]!) }), displayName: (p) => p }, 'en');
        expect(d.accepted).toHaveLength(ss.length);
        expect(buildRepReport(d, { senders: ss.length }).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('an invitation leaves out summaries made for another request', () => {
    const invite = '99999999-9999-4999-8999-999999999999';
    const mine = Array.from({ length: 6 }, () => summary({ invite }));
    const other = Array.from({ length: 2 }, () => summary({ invite: '88888888-8888-4888-8888-888888888888' }));
    const none = [summary()];
    const r = buildRepReport(imported([...mine, ...other, ...none]), { senders: 6, invite });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.input).toMatchObject({ accepted: 6, otherInvite: 3 });
  });
});

describe('one rendering of numbers: screen, report.html, report.json and report.csv', () => {
  const ss = [
    ...Array.from({ length: 7 }, (_, i) => summary({ overtime: i / 2 + 1.5, groups: { department: 'IT' }, violation: 'aml.10-8.daily-rest' })),
    ...Array.from({ length: 7 }, (_, i) => summary({ overtime: (i % 3) / 2 + 0.5, groups: { department: 'Sales' }, night: 1 })),
    ...Array.from({ length: 2 }, () => summary({ groups: { department: 'Legal' } })),
  ];
  const built = buildRepReport(imported(ss), { senders: ss.length });
  if (!built.ok) throw new Error(built.error.message);
  const report = built.value;

  /** Every published number of the model, in order. */
  const numbers = (): number[] => {
    const out: number[] = [];
    JSON.parse(JSON.stringify(report.tables), (_k, v: unknown) => (typeof v === 'number' && out.push(v), v));
    return out;
  };

  it.each(['nb', 'nn', 'en'] as const)('every number of the model appears the same in the view (the screen) and report.html, with a decimal comma in %s', (lang) => {
    const view = reportView(report, lang);
    const html = reportHtml(report, lang);
    const texts = view.tables.flatMap((t) => [...t.rows.flatMap((r) => r.cells.map((c) => c.text)), ...t.ruleRows.flatMap((r) => r.cells.map((c) => c.text)), ...t.trends.flatMap((tr) => (tr.points ?? []).map((p) => p.text))]).join(' | ');
    expect(numbers().some((n) => !Number.isInteger(n))).toBe(true);
    for (const n of numbers()) {
      const written = lang === 'en' ? String(n) : String(n).replace('.', ',');
      expect(texts).toContain(written);
      expect(html).toContain(written);
    }
    if (lang !== 'en') expect(texts).not.toMatch(/\d\.\d/);
    for (const t of view.tables) for (const r of t.rows) for (const c of r.cells) expect(html).toContain(c.text.replace(/&/g, '&amp;'));
  });

  it('report.json and report.csv carry the same rounded numbers (with a dot)', () => {
    const json = JSON.parse(reportJson(report));
    expect(json.tables).toEqual(JSON.parse(JSON.stringify(report.tables)));
    const csvValues = reportCsv(report, 'nb').trim().split('\r\n').slice(1).map((l) => l.split(',').pop()!);
    const csvNumbers = csvValues.filter((v) => /^-?\d+(\.\d+)?$/.test(v)).map(Number);
    expect(csvNumbers).toEqual(expect.arrayContaining([...new Set(numbers())]));
    expect(csvValues.some((v) => /\d,\d/.test(v))).toBe(false);
  });

  it('report.html is self-contained (no scripts, no external resources, inline SVG charts) and shows hidden figures as text', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const html = reportHtml(report, lang);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      expect(html).not.toMatch(/(src|href)=/i);
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      expect(html).toContain('<svg');
      expect(html).toContain("default-src 'none'");
    }
    const en = reportHtml(report, 'en');
    expect(en).toContain('suppressed (fewer than 6)');
    expect(en).toContain('suppressed (protects a small group)');
    expect(en).not.toContain('.json');
    expect(reportJson(report)).not.toContain('.json');
  });

  it('report.csv has one line per figure and writes hidden figures as text, never 0', () => {
    const lines = reportCsv(report, 'en').trim().split('\r\n');
    expect(lines[0]).toBe('period,k,p,dimension,group,measure,rule,week,value');
    const legal = lines.filter((l) => l.includes(',department,Legal,'));
    expect(legal.length).toBeGreaterThan(10);
    for (const l of legal) expect(l.endsWith(',suppressed (fewer than 6)')).toBe(true);
    expect(lines.find((l) => l.startsWith('2026-11,6,85,all,All,contributors,'))).toMatch(/,suppressed \(protects a small group\)$|,16$/);
  });
});
