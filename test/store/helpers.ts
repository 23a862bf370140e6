/** Test helpers: real SQLite files in fresh temp folders, and a fake clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Clock } from '../../src/app/ports/clock';
import type { SessionInput } from '../../src/app/ports/session-repo';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-store-'));
  made.push(d);
  return d;
}

export class FakeClock implements Clock {
  private ticks: { every: number; next: number; fn: () => void }[] = [];
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  every(intervalMs: number, tick: () => void): () => void {
    const entry = { every: intervalMs, next: this.t + intervalMs, fn: tick };
    this.ticks.push(entry);
    return () => {
      this.ticks = this.ticks.filter((e) => e !== entry);
    };
  }
  /** Moves time forward, firing due ticks in order. */
  advance(ms: number): void {
    const target = this.t + ms;
    for (;;) {
      const due = this.ticks.filter((e) => e.next <= target).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.t = due.next;
      due.next += due.every;
      due.fn();
    }
    this.t = target;
  }
  /** Moves time without firing ticks (the machine was asleep or the process dead). */
  jump(ms: number): void {
    this.t += ms;
    for (const e of this.ticks) e.next = this.t + e.every;
  }
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
/** 2026-03-10T08:00:00+01:00 */
export const T0 = Date.parse('2026-03-10T07:00:00Z');

export function session(startOffsetMin: number, minutes: number, extra: Partial<SessionInput> = {}): SessionInput {
  return {
    start: T0 + startOffsetMin * MIN,
    end: T0 + (startOffsetMin + minutes) * MIN,
    zone: 'Europe/Oslo',
    kind: 'work',
    location: 'home',
    initiative: 'employer',
    breakWithDuties: false,
    ...extra,
  };
}
