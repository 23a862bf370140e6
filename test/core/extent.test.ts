import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../src/core/extent';

describe('minOf / maxOf (issue 18: no spread of large arrays into calls)', () => {
  it('equal Math.min(...xs) / Math.max(...xs) for any numbers, the empty list, NaN and -0 included', () => {
    const value = fc.oneof(fc.double(), fc.constant(-0), fc.constant(0), fc.constant(Number.NaN), fc.integer());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (xs) => {
        expect(Object.is(minOf(xs), Math.min(...xs))).toBe(true);
        expect(Object.is(maxOf(xs), Math.max(...xs))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
  });

  it('take a million values (the spread throws "Maximum call stack size exceeded" there)', () => {
    const xs = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...xs)).toThrow(RangeError);
    expect(minOf(xs)).toBe(0);
    expect(maxOf(xs)).toBe(xs.reduce((a, b) => (b > a ? b : a)));
    expect(minOf(new Set([3, 1, 2]))).toBe(1);
  });
});
