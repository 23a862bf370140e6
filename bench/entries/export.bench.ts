/** Bench: export a year (2026, about 250 work days) in every timesheet format. Target < 500 ms. */
import { renderTimesheet, TIMESHEET_FORMATS } from '../../src/app/export/formats';
import { parsePeriod } from '../../src/app/export/period';
import { buildTimesheet } from '../../src/app/export/timesheet';
import type { Session } from '../../src/core/model';
import { addDays, weekdayOf } from '../../src/core/time/civil';
import { agreement, GENERATED_AT, settings, stdDay, work } from '../../test/app/export/fixture';
import type { BenchEntry } from '../types';

function yearOfSessions(): Session[] {
  const out: Session[] = [];
  for (let d = '2025-12-29'; d <= '2027-01-03'; d = addDays(d, 1)) {
    const wd = weekdayOf(d);
    if (wd === 'sat' || wd === 'sun') continue;
    out.push(...stdDay(d));
    if (d.endsWith('5')) out.push(work(d, '19:00', '22:30'));
  }
  return out;
}

const bench: BenchEntry = { id: 'export', run: async (ctx) => {
  const sessions = yearOfSessions();
  const months = parsePeriod('2026') ?? [];
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const ts = buildTimesheet({ period: '2026', months, sessions, agreements: [agreement], settings, sent: new Map(), generatedAt: GENERATED_AT });
    for (const f of TIMESHEET_FORMATS) await renderTimesheet(ts, f, 'nb');
    return performance.now() - t0;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < ctx.runs(5); i++) times.push(await once());
  times.sort((a, b) => a - b);
  return [{ name: 'timesheet export, one year, all six formats (build + render), in-process', value: Math.round((times[times.length >> 1] as number) * 10) / 10, unit: 'ms', target: { max: 500 } }];
} };

export default bench;
