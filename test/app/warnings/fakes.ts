/**
 * Fakes for the warning scheduler: a wall + monotonic clock whose timers count monotonic time
 * (like setTimeout: they stand still in suspend), a recording notifier, sources, a hand-made
 * planner, and local-time helpers for Europe/Oslo.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { Agreement, DayWindow, Instant, Plan, PlanItem, PlanReason, Session, Weekday } from '../../../src/core/model';
import { DEFAULT_LIMITS, PLAN_RULES } from '../../../src/core/index';
import type { DndReader, DndState } from '../../../src/app/ports/dnd';
import type { IdleReader } from '../../../src/app/ports/idle';
import type { NotificationRequest, Notifier } from '../../../src/app/ports/notifier';
import type { TimeSource, Timer, TimerHandle } from '../../../src/app/ports/timer';
import { ok, err, type Result } from '../../../src/shared/result';
import type { OpenSession, PlanFn, WarningSettings, WarningSnapshot, WarningSources } from '../../../src/app/warnings/sources';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/app/warnings/sources';

export const ZONE = 'Europe/Oslo';
export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** `2026-03-28 16:00` (Oslo wall time) → instant; pass an offset (`+01:00`) for the repeated autumn hour. */
export function oslo(local: string): Instant {
  const iso = local.replace(' ', 'T');
  return /[+-]\d\d:\d\d$/.test(iso) ? Date.parse(iso) : fromZonedTime(iso, ZONE).getTime();
}

/** Instant → `2026-03-28 16:00 +01:00` in Oslo. */
export function osloText(t: Instant): string {
  return formatInTimeZone(t, ZONE, 'yyyy-MM-dd HH:mm xxx');
}

interface FakeTimerEntry {
  readonly id: number;
  readonly dueMono: number;
  readonly fn: () => void;
}

export class FakeTime implements TimeSource, Timer {
  private wall: Instant;
  private mono = 1_000_000;
  private zone = ZONE;
  private seq = 0;
  private timers: FakeTimerEntry[] = [];
  /** Awaited after each fired timer so the async wake-up completes before time moves on. */
  settle: () => Promise<void> = () => Promise.resolve();

  constructor(start: Instant) {
    this.wall = start;
  }

  now(): Instant {
    return this.wall;
  }
  monotonic(): number {
    return this.mono;
  }
  hostZone(): string {
    return this.zone;
  }
  set(delayMs: number, fn: () => void): TimerHandle {
    const entry = { id: ++this.seq, dueMono: this.mono + Math.max(0, delayMs), fn };
    this.timers.push(entry);
    return entry.id;
  }
  clear(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  armed(): number {
    return this.timers.length;
  }

  /** Lets `ms` of awake time pass, firing timers in order. */
  async advance(ms: number): Promise<void> {
    const target = this.mono + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.dueMono - b.dueMono || a.id - b.id)[0];
      if (!next || next.dueMono > target) break;
      this.wall += next.dueMono - this.mono;
      this.mono = next.dueMono;
      this.timers = this.timers.filter((t) => t !== next);
      next.fn();
      await this.settle();
    }
    this.wall += target - this.mono;
    this.mono = target;
  }

  /** Advances to a wall instant (no jumps in between). */
  async advanceTo(t: Instant): Promise<void> {
    await this.advance(t - this.wall);
  }

  /** The machine sleeps: wall time moves, monotonic time and timers stand still. */
  sleep(ms: number): void {
    this.wall += ms;
  }

  /** The system clock is set: wall time jumps, nothing else moves. */
  setWall(t: Instant): void {
    this.wall = t;
  }

  setZone(zone: string): void {
    this.zone = zone;
  }
}

export interface Shown {
  readonly at: Instant;
  readonly request: NotificationRequest;
}

export class FakeNotifier implements Notifier {
  readonly shown: Shown[] = [];
  fail = false;
  constructor(private readonly time: TimeSource) {}
  show(request: NotificationRequest): Promise<Result<void>> {
    if (this.fail) return Promise.resolve(err({ code: 'notify.failed', message: 'no notification server' }));
    this.shown.push({ at: this.time.now(), request });
    return Promise.resolve(ok(undefined));
  }
}

export class FakeDnd implements DndReader {
  state: DndState = 'off';
  read(): Promise<DndState> {
    return Promise.resolve(this.state);
  }
}

export class FakeIdle implements IdleReader {
  seconds: number | null = 3600;
  idleSeconds(): Promise<number | null> {
    return Promise.resolve(this.seconds);
  }
}

const NONE: readonly DayWindow[] = [];

/** An agreement with the given weekday windows (default Mon–Fri 08:00–16:00) in Europe/Oslo. */
export function agreement(windows: Partial<Record<Weekday, readonly DayWindow[]>> = {}): Agreement {
  const day: readonly DayWindow[] = [{ from: 8 * 60, to: 16 * 60 }];
  const base = { mon: day, tue: day, wed: day, thu: day, fri: day, sat: NONE, sun: NONE };
  return {
    zone: ZONE,
    validFrom: '2026-01-01',
    weeklyHours: 37.5,
    windows: { ...base, ...windows },
    availability: { mon: NONE, tue: NONE, wed: NONE, thu: NONE, fri: NONE, sat: NONE, sun: NONE },
    homeOffice: null,
    limits: DEFAULT_LIMITS,
    exempt: null,
  };
}

export class FakeSources implements WarningSources {
  open: OpenSession | null = null;
  sessions: Session[] = [];
  agreement: Agreement | null = agreement();
  settings: WarningSettings = { ...DEFAULT_WARNING_SETTINGS, lang: 'en' };
  load(): WarningSnapshot {
    return { open: this.open, sessions: this.sessions, agreement: this.agreement, settings: this.settings };
  }
}

export function openSession(start: Instant, id = 's1'): OpenSession {
  return { id, start, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false };
}

const RULE_OF = PLAN_RULES;

export interface Line {
  readonly reason: PlanReason;
  readonly line: Instant;
}

export function item(reason: PlanReason, at: Instant, line: Instant): PlanItem {
  const t = osloText(line);
  return { at, line, reason, rule: RULE_OF[reason], message: { nb: `${reason} ${t} (nb)`, nn: `${reason} ${t} (nn)`, en: `${reason} ${t} (en)` } };
}

/**
 * A hand-made planner: the lines come from a function of the input (so agreement and session
 * edits can move them); `at` is the line minus the lead time, except for reasons reached "at" the line.
 */
export function handPlanner(lines: (input: Parameters<PlanFn>[0]) => readonly Line[]): PlanFn & { calls: number } {
  const fn = Object.assign(
    (input: Parameters<PlanFn>[0]): Plan => {
      fn.calls++;
      const items = lines(input).map((l) => item(l.reason, l.reason === 'agreed-end' ? l.line : l.line - input.leadMinutes * MIN, l.line));
      const upcoming = items.filter((i) => i.line > input.now).sort((a, b) => a.at - b.at || a.reason.localeCompare(b.reason));
      const passed = items.filter((i) => i.line <= input.now);
      return { now: input.now, upcoming, passed };
    },
    { calls: 0 },
  );
  return fn;
}
