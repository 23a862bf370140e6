/** Loads the worked cases of ../shared/spec/cases (read in place, never copied). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SPEC_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'spec');
export const CASES_DIR = join(SPEC_DIR, 'cases');

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
  if (!existsSync(CASES_DIR)) throw new Error(`The spec cases are missing: expected them at ${CASES_DIR} (a checkout of shared/ beside this repository).`);
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
