/** readBounded reads every byte of a regular file of any size up to the limit (a short read ends it only where fstat says the file ends). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBounded } from '../../src/cli/bounded-read';

const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBounded', () => {
  for (const size of [0, 1, 3_000, 65_535, 65_536, 65_537, 131_072, 200_001, 256 * 1024]) {
    it(`reads a file of ${size} bytes whole`, () => {
      const text = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
      const p = join(dir, `f-${size}.txt`);
      writeFileSync(p, text);
      expect(readBounded(p, { maxBytes: 256 * 1024, timeoutMs: 5000 })).toEqual({ ok: true, text });
    });
  }
  it('refuses one byte over the limit', () => {
    const p = join(dir, 'over.txt');
    writeFileSync(p, 'y'.repeat(1025));
    expect(readBounded(p, { maxBytes: 1024, timeoutMs: 5000 })).toEqual({ ok: false, problem: 'too-large', size: 1025 });
  });
});
