/**
 * A summary made by a Fyrabend before specification version 2 may count `aml.10-5.week-cap`, a rule
 * version 2 retired (§ 7.7: hours above the averaging cap are overtime). The representative's import reads
 * such a file without those findings (so the colleague still counts towards k and the report), and says in
 * nb, nn and en which file, which rule, how many findings were left out and how to get comparable figures.
 */
import { describe, expect, it } from 'vitest';
import { buildRepReport, importSummaries, reportHtml, reportJson, type SummaryFiles } from '../../../src/app/summary/index';
import { formatSummaryFile, parseSummaryFile, readSummaryFile } from '../../../src/shared/formats/summary';
import { summary } from '../../core/anonymise/helpers';

const RETIRED = 'aml.10-5.week-cap';

/** A summary file as an older Fyrabend wrote it: week-cap counted in the first two weeks, beside a daily-rest violation. */
function olderFile(): string {
  const s = summary({ violation: 'aml.10-8.daily-rest' });
  const text = formatSummaryFile(s);
  const doc = JSON.parse(text) as { format: string; created?: string; weeks: { findings: Record<string, unknown> }[] };
  doc.format = 'fyrabend.summary/1'; // an older Fyrabend wrote version 1: no created week
  delete doc.created;
  doc.weeks[0]!.findings = { [RETIRED]: { violation: 2 }, ...doc.weeks[0]!.findings };
  doc.weeks[1]!.findings = { [RETIRED]: { violation: 1 } };
  return JSON.stringify(doc, null, 2) + '\n';
}

const filesOf = (texts: Record<string, string>): SummaryFiles => ({ read: (p) => ({ ok: true, text: texts[p] as string }), displayName: (p) => p });

describe('summaries that count a retired rule', () => {
  it('are read without the retired rule; the other findings stay', () => {
    const r = readSummaryFile(olderFile());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.retired).toEqual([{ rule: RETIRED, findings: 3 }]);
    expect(r.value.summary.weeks[0]?.findings).toEqual({ 'aml.10-8.daily-rest': { violation: 1 } });
    expect(r.value.summary.weeks[1]?.findings).toEqual({});
    expect(JSON.stringify(r.value.summary)).not.toContain(RETIRED);
    expect(parseSummaryFile(olderFile()).ok).toBe(true);
  });

  it.each([
    ['a count that is not a number', { violation: 'see notes' }],
    ['an unknown severity', { fatal: 1 }],
    ['a count of 0', { violation: 0 }],
  ])('are refused as before when the retired rule holds %s (nothing but counts can ride along)', (_label, counts) => {
    const doc = JSON.parse(formatSummaryFile(summary())) as { weeks: { findings: Record<string, unknown> }[] };
    doc.weeks[0]!.findings = { [RETIRED]: counts };
    const r = parseSummaryFile(JSON.stringify(doc));
    expect(r.ok).toBe(false);
  });

  it.each([
    ['en', /^old\.json was made by an older Fyrabend and counts findings of "Over the single-week cap under averaging \(§ 10-5\)" \(aml\.10-5\.week-cap\), a rule that no longer exists \(3 findings in all\)\. Those findings are left out of the report; the rest of the file is included\. Hours above the cap now count as overtime, .*Ask for a new summary/],
    ['nb', /^old\.json er laget med en eldre utgave av Fyrabend og teller funn av «Over taket for én uke ved gjennomsnittsberegning \(§ 10-5\)», en regel som ikke finnes lenger \(3 funn i alt\)\. Disse funnene er ikke tatt med i rapporten, men resten av filen er det\. Nå regnes timene over taket som overtid;.*Be om et nytt sammendrag/],
    ['nn', /^old\.json er laga med ei eldre utgåve av Fyrabend og tel funn av «Over taket for éi veke ved gjennomsnittsutrekning \(§ 10-5\)», ein regel som ikkje finst lenger \(3 funn i alt\)\. Desse funna er ikkje tekne med i rapporten, men resten av fila er det\. No blir timane over taket rekna som overtid;.*Be om eit nytt samandrag/],
  ] as const)('count in the report, with a note in the reader\'s language (%s)', (lang, note) => {
    const texts: Record<string, string> = { 'old.json': olderFile() };
    for (let i = 0; i < 5; i++) texts[`new-${i}.json`] = formatSummaryFile(summary({ overtime: i }));
    const imported = importSummaries(Object.keys(texts), filesOf(texts), lang);
    expect(imported.rejected).toEqual([]);
    expect(imported.accepted).toHaveLength(6);
    expect(imported.notes).toHaveLength(1);
    expect(imported.notes[0]?.file).toBe('old.json');
    expect(imported.notes[0]?.note).toMatch(note);
    expect(imported.notes[0]?.note).not.toMatch(/\{\w+\}| {2}/);
    const built = buildRepReport(imported, { k: 6, senders: 6 });
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.input.accepted).toBe(6);
    const all = built.value.tables[0]?.rows[0]?.figures;
    expect(all?.contributors).toBe(6);
    // One person's daily-rest finding is below k, so it is hidden (issue 17), but the older file counts.
    expect(all?.rules['aml.10-8.daily-rest']).toMatchObject({ contributors: { suppressed: 'fewer-than-k' }, findings: { suppressed: 'fewer-than-k' } });
    for (const out of [reportJson(built.value), reportHtml(built.value, lang)]) expect(out).not.toContain(RETIRED);
  });
});
