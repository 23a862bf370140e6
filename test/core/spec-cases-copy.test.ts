/**
 * The repository's copy of the worked cases (test/fixtures/spec-cases) must equal the
 * specification's (shared/spec/cases) whenever shared/ lies beside the checkout, so the copy the
 * tests read cannot drift. Without shared/ (a clone on its own) there is nothing to compare, and the
 * test says so when it runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, SHARED_CASES_DIR, filesBelow } from '../helpers/spec-cases';

const shared = existsSync(SHARED_CASES_DIR);
if (!shared) console.log(`spec-cases copy check: ${SHARED_CASES_DIR} is not there (a clone without shared/), so the copy is not compared with it.`);

describe.runIf(shared)('the copy of the spec cases', () => {
  it('holds the same files as shared/spec/cases', () => {
    expect(filesBelow(CASES_DIR)).toEqual(filesBelow(SHARED_CASES_DIR));
  });

  it.each(shared ? filesBelow(SHARED_CASES_DIR).map((f) => [f]) : [])('%s is byte-identical', (file) => {
    expect(readFileSync(join(CASES_DIR, file)).equals(readFileSync(join(SHARED_CASES_DIR, file))), `${file} differs: copy shared/spec/cases again (cp -r ../shared/spec/cases/. test/fixtures/spec-cases/)`).toBe(true);
  });
});
