/** unionIntervalsShared (issue 21): the same union as unionIntervals, handing back an input object only where a run is that one interval. */
import { describe, expect, it } from 'vitest';
import { unionIntervals, unionIntervalsShared } from '../../src/core/time/interval';
import type { Interval } from '../../src/core/model';
import { rng } from '../../bench/lib/generate';

type Tagged = Interval & { readonly tag: number; readonly work: boolean };

function randomList(random: () => number): Tagged[] {
  const n = Math.floor(random() * 12);
  const out: Tagged[] = [];
  let t = 0;
  for (let k = 0; k < n; k++) {
    t += Math.floor(random() * 6) - 1;
    const len = Math.floor(random() * 5) - 1;
    out.push({ start: t, end: t + len, tag: k, work: random() < 0.7 });
  }
  if (random() < 0.3) out.sort(() => random() - 0.5);
  return out;
}

const plain = (xs: readonly Interval[]) => xs.map((x) => ({ start: x.start, end: x.end }));

describe('unionIntervalsShared', () => {
  it('gives the union unionIntervals gives, sorted or not, with or without a filter', () => {
    const random = rng(7);
    for (let round = 0; round < 3000; round++) {
      const list = randomList(random);
      expect(plain(unionIntervalsShared(list))).toEqual(unionIntervals(list));
      const keep = (i: Tagged) => i.work;
      expect(plain(unionIntervalsShared(list, keep))).toEqual(unionIntervals(list.filter(keep)));
    }
  });

  it('hands back an input object only for a run that is exactly that interval, and never changes the input', () => {
    const random = rng(11);
    for (let round = 0; round < 3000; round++) {
      const list = randomList(random);
      const before = JSON.stringify(list);
      const out = unionIntervalsShared(list);
      expect(JSON.stringify(list)).toBe(before);
      for (const x of out) {
        const source = list.find((i) => i === x);
        if (source) {
          // a shared object: no other non-empty interval touches it
          const others = list.filter((i) => i !== source && i.end > i.start && i.start <= source.end && i.end >= source.start);
          expect(others).toEqual([]);
        }
      }
    }
    const a = { start: 0, end: 5 };
    const b = { start: 10, end: 20 };
    const c = { start: 15, end: 25 };
    const out = unionIntervalsShared([a, b, c]);
    expect(out[0]).toBe(a);
    expect(out[1]).toEqual({ start: 10, end: 25 });
    expect(out[1]).not.toBe(b);
  });
});
