/**
 * The docs stand on their own (issue 13): no Markdown file of the repository points at the specification
 * outside it (../shared, exchange-format.md, working-time-rules.md), docs/formats.md names every rule id,
 * every plan reason and every `limits` setting the code knows, and docs/rules.md's rule table lists every
 * rule id and not the retired aml.10-5.week-cap. A new rule, reason or setting without docs fails here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ABSENCE_KINDS } from '../../src/core/absence/model';
import { DEFAULT_LIMITS } from '../../src/core/agreement/defaults';
import { CSV_ABSENCE_COLUMNS } from '../../src/app/export/formats/csv';
import { PLAN_RULES } from '../../src/core/planner/plan';
import { RULES } from '../../src/core/rules/catalog';
import { ROOT } from '../helpers/cli';

/** Markdown files of the repository, without dependencies, build output and the copied specification cases. */
function markdownFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    const rel = relative(ROOT, path);
    if (e.isDirectory()) return ['node_modules', 'out', 'dist', 'release', '.git', join('test', 'fixtures', 'spec-cases')].includes(rel) || e.name.startsWith('.') ? [] : markdownFiles(path);
    return e.name.endsWith('.md') ? [rel] : [];
  });
}

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const RULE_IDS = Object.keys(RULES);

describe('the docs', () => {
  it.each(markdownFiles())('%s does not point outside the repository', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/\.\.\/shared|shared\/spec|exchange-format\.md|working-time-rules\.md/);
  });

  const formats = read('docs/formats.md');
  it.each(RULE_IDS)('formats.md names rule %s', (id) => expect(formats).toContain(`\`${id}\``));
  it.each(Object.keys(PLAN_RULES))('formats.md lists plan reason %s', (reason) => expect(formats).toMatch(new RegExp(`^\\| \`${reason}\` \\|`, 'm')));
  it.each(Object.keys(DEFAULT_LIMITS))('formats.md explains the limits setting %s', (key) => expect(formats).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm')));

  // Issue 15: fyrabend.absence/1 and the absence columns of the payroll files.
  it.each(ABSENCE_KINDS)('formats.md and payroll-formats.md name the absence kind %s', (kind) => {
    expect(formats).toMatch(/^## Absence: `fyrabend\.absence\/1`$/m);
    expect(formats.split('## Absence: ')[1]).toContain(`\`${kind}\``);
    expect(read('docs/payroll-formats.md').split('## Absence')[1]).toContain(`\`${kind}\``);
  });
  it.each(CSV_ABSENCE_COLUMNS)('payroll-formats.md names the csv column %s', (col) => expect(read('docs/payroll-formats.md')).toContain(`\`${col}\``));

  const rules = read('docs/rules.md');
  const table = rules.split('\n').filter((l) => /^\| `[a-z]/.test(l));
  it.each(RULE_IDS)("rules.md's rule table has %s", (id) => expect(table.some((l) => l.startsWith(`| \`${id}\` |`))).toBe(true));
  it('rules.md and formats.md list no retired rule in their tables', () => {
    for (const l of [...table, ...formats.split('\n')]) expect(l.startsWith('| `aml.10-5.week-cap`')).toBe(false);
  });
});
