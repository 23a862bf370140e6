/**
 * Every worked case of ../shared/spec/cases: same set of (rule, severity, key); day hours and week
 * overtime within 0.01 h (cases/README.md). The cases are loaded from the spec folder, not copied.
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

    expect(report.days.map((d) => d.day)).toEqual(c.expected.days.map((d) => d.day));
    report.days.forEach((d, i) => expect(d.hours).toBeCloseTo(c.expected.days[i]!.hours, 2));
    expect(report.weeks.map((w) => w.week)).toEqual(c.expected.weeks.map((w) => w.week));
    report.weeks.forEach((w, i) => expect(w.overtime).toBeCloseTo(c.expected.weeks[i]!.overtime, 2));
  });
});
