/**
 * `fyrabend rep aggregate` with a summary from a Fyrabend before specification version 2 that counts the
 * retired `aml.10-5.week-cap` (§ 7.7): the file is included, stderr carries the note in the chosen
 * language, and the report names no retired rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSummaryFile } from '../../src/shared/formats/summary';
import { summary } from '../core/anonymise/helpers';
import { ensureCliBuilt, fyrabend } from '../helpers/cli';

let dir = '';
const files: string[] = [];

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-rep-retired-'));
  for (let i = 0; i < 6; i++) {
    const text = formatSummaryFile(summary({ overtime: i }));
    const path = join(dir, `s${i}.json`);
    writeFileSync(path, i === 0 ? text.replace('"findings": {}', '"findings": { "aml.10-5.week-cap": { "violation": 1 } }') : text);
    files.push(path);
  }
  expect(readFileSync(files[0]!, 'utf8')).toContain('aml.10-5.week-cap');
});

describe('fyrabend rep aggregate and a retired rule', () => {
  it.each([
    ['nb', /^fyrabend: s0\.json er laget med en eldre utgave av Fyrabend .*«[^»]*», en regel som ikke finnes lenger \(1 funn i alt\)/m],
    ['nn', /^fyrabend: s0\.json er laga med ei eldre utgåve av Fyrabend .*«[^»]*», ein regel som ikkje finst lenger \(1 funn i alt\)/m],
    ['en', /^fyrabend: s0\.json was made by an older Fyrabend .*\(aml\.10-5\.week-cap\).*1 finding in all/m],
  ])('includes the file and notes what was left out (%s)', (lang, note) => {
    const out = join(dir, `report-${lang}.json`);
    const r = fyrabend(['rep', 'aggregate', ...files, '--senders', '6', '--k', '6', '--out', out, '--lang', lang]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(note);
    const report = readFileSync(out, 'utf8');
    expect(JSON.parse(report).input).toMatchObject({ files: 6, accepted: 6, rejected: 0 });
    expect(report).not.toContain('week-cap');
  });
});
