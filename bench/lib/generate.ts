/** Deterministic generator of realistic sessions for benchmarks: split days, evenings, weekends, holidays off. */
import { zoneClock, dayNumber, isRedDay, type Session } from '../../src/core/index';

/** A small seeded PRNG (mulberry32), so every run measures the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;

/** About 2 500 sessions a year (ten years ≈ 25 000) of a home-office worker in Europe/Oslo, from `fromYear` for `years` years. */
export function generateSessions(fromYear: number, years: number, seed = 42): Session[] {
  const random = rng(seed);
  const clock = zoneClock('Europe/Oslo');
  const out: Session[] = [];
  const push = (day: number, fromMin: number, toMin: number, extra: Partial<Session> = {}) => {
    const start = clock.toInstant(day, fromMin);
    const end = clock.toInstant(day, toMin);
    if (end > start) out.push({ start, end, kind: 'work', location: random() < 0.6 ? 'home' : 'office', initiative: 'employer', breakWithDuties: false, ...extra });
  };
  for (let d = dayNumber(fromYear, 1, 1); d < dayNumber(fromYear + years, 1, 1); d++) {
    const weekday = (((d + 3) % 7) + 7) % 7;
    const red = isRedDay(d);
    if (weekday < 5 && !red && random() > 0.04) {
      const start = 7 * 60 + 30 + Math.floor(random() * 90);
      const lunch = 11 * 60 + 15 + Math.floor(random() * 45);
      // A home-office day logged in pieces: coffee, meetings, lunch.
      const end = 15 * 60 + 30 + Math.floor(random() * 120);
      const morning = [start, start + 40, start + 45, start + 85, start + 90, start + 130, start + 135, lunch];
      const afternoon = [lunch + 30, lunch + 80, lunch + 85, lunch + 130, lunch + 135, lunch + 170, lunch + 175, end - 30, end - 25, end];
      for (const times of [morning, afternoon]) for (let k = 0; k + 1 < times.length; k += 2) push(d, times[k] as number, times[k + 1] as number);
      if (random() < 0.15) push(d, 19 * 60 + Math.floor(random() * 120), 21 * 60 + Math.floor(random() * 150), { initiative: random() < 0.5 ? 'own' : 'employer' });
      if (random() < 0.03) push(d, 22 * 60, 24 * 60 - 1);
    } else if (random() < 0.12) {
      push(d, 10 * 60 + Math.floor(random() * 300), 16 * 60 + Math.floor(random() * 180));
    }
  }
  return out.filter((s) => s.end - s.start >= MIN);
}
