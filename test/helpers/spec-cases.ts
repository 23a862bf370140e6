/**
 * Loads the worked cases of the specification from the repository's own copy
 * (test/fixtures/spec-cases, copied from shared/spec/cases), so a clone with no shared/ beside it
 * still tests them. test/core/spec-cases-copy.test.ts fails when the copy drifts from shared/.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CASES_DIR = resolve(__dirname, '..', 'fixtures', 'spec-cases');
/** The specification's own cases, present when shared/ lies beside the checkout. */
export const SHARED_CASES_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'spec', 'cases');

export interface SpecCase {
  readonly name: string;
  readonly dir: string;
  readonly sessionsText: string;
  readonly agreementText: string;
  readonly expected: {
    findings: { rule: string; severity: string; key: string; start: string; end: string; measured: number; limit: number }[];
    days: { day: string; hours: number; overtime: number; night: number; sunday: number; outsideAgreed: number }[];
    weeks: { week: string; hours: number; overtime: number; merarbeid: number }[];
  };
}

export function loadSpecCases(): SpecCase[] {
  if (!existsSync(CASES_DIR)) throw new Error(`The spec cases are missing: expected the copy at ${CASES_DIR}.`);
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(CASES_DIR, name);
      return {
        name,
        dir,
        sessionsText: readFileSync(join(dir, 'sessions.json'), 'utf8'),
        agreementText: readFileSync(join(dir, 'agreement.json'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
      };
    });
}

/** Every file below a folder, as relative paths, sorted. */
export function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesBelow(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}
