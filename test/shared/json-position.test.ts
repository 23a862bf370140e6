/** The JSON scanner that tells where a bad file breaks: agrees with JSON.parse on what is valid, and points at the right character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/shared/formats/json-position';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": tru}', 9],
    ['{"a": "x\n"}', 8],
    ['{"a": 1}}', 8],
    ['x', 0],
    ['{"a": 01}', 7],
    ['{"a": -}', 7],
    ['{"a": "\\q"}', 8],
    ['{"a": "\\u12g4"}', 8],
    ['{"format": "x",\n "sessions": [}', 30],
    ['{"format": ', 11],
    ['{"a": "open', 11],
    ['[', 1],
    ['{"a": 1}', -1],
    [' [1, -2.5e3, true, false, null, "\\u00e5\\n", {"b": []}] \n', -1],
  ])('%j → %d', (text, at) => {
    expect(jsonErrorOffset(text)).toBe(at);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '"a"', '1', '-', '0', '.5', 'e3', 'true', 'nul', 'null', ' ', '\n', '\\', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing wrong in any JSON.stringify output', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(jsonErrorOffset(JSON.stringify(v, null, 2))).toBe(-1);
      }),
    );
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\r\n\r\nb', 5, { line: 3, column: 1 }],
  ])('%j at %d', (text, offset, want) => {
    expect(lineAndColumn(text, offset)).toEqual(want);
  });
});
