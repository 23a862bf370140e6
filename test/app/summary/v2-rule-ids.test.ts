/**
 * Issue 13 (specification version 2): the new rule ids `aml.10-6.total-week` (§ 10-6 (8) last sentence) and
 * `aml.10-9.overtime-break` (§ 10-9 (2)) reach every output that lists rule ids — the findings (JSON and CLI
 * text), the employee's summary and its preview, the representative's report (HTML, JSON, CSV, fixed rule
 * list) — and the retired `aml.10-5.week-cap` appears in none of them.
 */
import { describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../../src/core/agreement/defaults';
import { evaluate } from '../../../src/core/engine/evaluate';
import type { Session } from '../../../src/core/model';
import { buildRepReport, importSummaries, makeSummary, reportCsv, reportHtml, reportJson, RULE_NAMES, type SummaryFiles } from '../../../src/app/summary/index';
import { findingsDocument, toJsonText } from '../../../src/shared/formats/report';
import { formatReportText } from '../../../src/cli/report-text';
import { work } from '../export/fixture';

const agreement = defaultAgreement();
const NEW = ['aml.10-6.total-week', 'aml.10-9.overtime-break'] as const;
const RETIRED = 'aml.10-5.week-cap';

/** Week 2026-W46: Monday–Saturday 06:00–11:00 and 11:30–18:30 (12 h a day, 72 h): above 69 h, and every day 2 h+ past the agreed end (15:45; Saturday: the 9 h mark) without a pause. */
function heavyWeek(): Session[] {
  return ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'].flatMap((d) => [work(d, '06:00', '11:00'), work(d, '11:30', '18:30')]);
}

describe('version 2 rule ids in every output', () => {
  const sessions = heavyWeek();
  const report = evaluate({ sessions, agreement });

  it('the engine finds both new rules for the 72-hour week, and no retired rule', () => {
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining([...NEW]));
    expect(report.findings.find((f) => f.rule === 'aml.10-6.total-week')).toMatchObject({ key: '2026-W46', measured: 72, limit: 69, severity: 'violation' });
    expect(report.findings.filter((f) => f.rule === 'aml.10-9.overtime-break').map((f) => f.key)).toEqual(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14']);
  });

  it.each(['nb', 'nn', 'en'] as const)('findings JSON and CLI text (%s) name the new rules and never the retired one', (lang) => {
    const json = toJsonText(findingsDocument(report));
    const text = formatReportText(report, lang);
    for (const id of NEW) expect(json).toContain(id);
    // The CLI text names rules in words; English adds the id after the name.
    for (const id of NEW) expect(text).toContain(lang === 'en' ? id : RULE_NAMES[id][lang].replace(/\s*\(§.*\)$/, ''));
    for (const out of [json, text]) expect(out).not.toContain(RETIRED);
  });

  it('the summary counts them; the representative report lists and names them in nb, nn and en', () => {
    let n = 0;
    const texts = Array.from({ length: 6 }, () =>
      makeSummary({ sessions, agreement, period: '2026-11', groups: {}, groupOptions: {}, summaryId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, now: Date.UTC(2026, 11, 2), lang: 'en' }),
    ).map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value.text;
    });
    const file = JSON.parse(texts[0]!) as { weeks: { week: string; findings: Record<string, unknown> }[] };
    const w46 = file.weeks.find((w) => w.week === '2026-W46');
    expect(w46?.findings['aml.10-6.total-week']).toEqual({ violation: 1 });
    expect(w46?.findings['aml.10-9.overtime-break']).toEqual({ warning: 6 });
    for (const t of texts) expect(t).not.toContain(RETIRED);

    const files: SummaryFiles = { read: (p) => ({ ok: true, text: texts[Number(p)]! }), displayName: (p) => `${p}.json` };
    // The same content under six ids is six people (issue 17: no matching by content).
    const imported = importSummaries(texts.map((_, i) => String(i)), files, 'en');
    expect(imported.accepted).toHaveLength(6);
    expect(imported.notes).toEqual([]);
    const built = buildRepReport(imported, { k: 6, senders: 6 });
    if (!built.ok) throw new Error(built.error.message);
    const rep = built.value;
    expect(rep.rules).toEqual(expect.arrayContaining([...NEW]));
    expect(rep.rules).not.toContain(RETIRED);
    const all = rep.tables[0]?.rows[0]?.figures;
    expect(all?.contributors).toBe(6);
    expect(all?.rules['aml.10-6.total-week']).toMatchObject({ contributors: 6, withViolation: 6, findings: 6 });
    expect(all?.rules['aml.10-9.overtime-break']).toMatchObject({ contributors: 6, withViolation: 0, findings: 36 });
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const html = reportHtml(rep, lang);
      for (const id of NEW) expect(html).toContain(RULE_NAMES[id][lang].replace(/&/g, '&amp;'));
      expect(html).not.toContain(RETIRED);
      const csv = reportCsv(rep, lang);
      for (const id of NEW) expect(csv).toContain(id);
      expect(csv).not.toContain(RETIRED);
    }
    const json = reportJson(rep);
    for (const id of NEW) expect(json).toContain(id);
    expect(json).not.toContain(RETIRED);
  });
});
