/**
 * Every worked case of the specification (the copy in test/fixtures/spec-cases): same set of (rule, severity, key); day hours and week
 * overtime within 0.01 h (cases/README.md). The copy is checked against shared/spec/cases by spec-cases-copy.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/index';
import { parseAgreementFile } from '../../src/shared/formats/agreement';
import { parseSessionsFile } from '../../src/shared/formats/sessions';
import { findingsDocument } from '../../src/shared/formats/report';
import { loadSpecCases } from '../helpers/spec-cases';

const cases = loadSpecCases();

describe('spec worked cases', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const s = parseSessionsFile(c.sessionsText);
    const a = parseAgreementFile(c.agreementText);
    if (!s.ok || !a.ok) throw new Error(`case files do not parse: ${JSON.stringify(!s.ok ? s.error : !a.ok ? a.error : '')}`);
    const report = evaluate({ sessions: s.value.sessions, agreement: a.value, availability: s.value.availability });
    const doc = findingsDocument(report) as { findings: { rule: string; severity: string; key: string }[] };
    const triple = (f: { rule: string; severity: string; key: string }) => `${f.rule} | ${f.severity} | ${f.key}`;
    expect(doc.findings.map(triple).sort()).toEqual(c.expected.findings.map(triple).sort());
    // Stricter than cases/README.md asks: the interval and figures of each finding equal the reference's.
    const figures = (f: { rule: string; key: string; start: string; end: string; measured: number; limit: number }) =>
      `${f.rule} ${f.key} ${f.start}–${f.end} ${f.measured}/${f.limit}`;
    expect((doc.findings as unknown as Parameters<typeof figures>[0][]).map(figures).sort()).toEqual(c.expected.findings.map(figures).sort());

    expect(report.days.map((d) => d.day)).toEqual(c.expected.days.map((d) => d.day));
    report.days.forEach((d, i) => expect(d.hours).toBeCloseTo(c.expected.days[i]!.hours, 2));
    expect(report.weeks.map((w) => w.week)).toEqual(c.expected.weeks.map((w) => w.week));
    report.weeks.forEach((w, i) => expect(w.overtime).toBeCloseTo(c.expected.weeks[i]!.overtime, 2));
  });
});
