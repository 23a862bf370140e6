/**
 * Issue 15: the flexitime balance (fleksisaldo) of ten years in-process: generated sessions, an
 * agreement change halfway (37.5 h, then 30 h a week), five weeks of holiday, sick days and part days
 * of time off in lieu each year, every red day; the whole history in one balanceOf call, under 100 ms.
 */
import { balanceOf, defaultAgreement, type Absence } from '../../src/core/index';
import { generateSessions, rng } from '../lib/generate';
import { median, timeIt } from '../lib/timing';
import type { BenchEntry } from '../types';

const FROM_YEAR = 2016;
const YEARS = 10;

function absencesOf(fromYear: number, years: number): Absence[] {
  const random = rng(15);
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: Absence[] = [];
  for (let y = fromYear; y < fromYear + years; y++) {
    out.push({ kind: 'ferie', from: `${y}-07-01`, to: `${y}-07-21`, hours: null });
    out.push({ kind: 'ferie', from: `${y}-12-27`, to: `${y}-12-31`, hours: null });
    out.push({ kind: 'ferie', from: `${y}-02-20`, to: `${y}-02-26`, hours: null });
    for (let k = 0; k < 8; k++) {
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      out.push({ kind: 'sykdom', from: `${y}-${pad(m)}-${pad(d)}`, to: `${y}-${pad(m)}-${pad(d)}`, hours: null, document: 'egenmelding' });
    }
    for (let k = 0; k < 6; k++) {
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      out.push({ kind: 'avspasering', from: `${y}-${pad(m)}-${pad(d)}`, to: `${y}-${pad(m)}-${pad(d)}`, hours: 2.5 });
    }
  }
  return out;
}

const bench: BenchEntry = {
  id: 'balance',
  run: async (ctx) => {
    const sessions = generateSessions(FROM_YEAR, YEARS);
    const half = `${FROM_YEAR + YEARS / 2}-01-01`;
    const agreements = [defaultAgreement({ validFrom: `${FROM_YEAR}-01-01` }), defaultAgreement({ validFrom: half, weeklyHours: 30 })];
    const absences = absencesOf(FROM_YEAR, YEARS);
    const input = { sessions, agreements, absences, zone: 'Europe/Oslo', from: `${FROM_YEAR}-01-01`, to: `${FROM_YEAR + YEARS - 1}-12-31`, carriedOver: 12.5 };
    ctx.log(`${sessions.length} sessions, ${absences.length} absences, ${YEARS} years`);
    const runs = timeIt(() => balanceOf(input), ctx.runs(7));
    return [{ name: `flexitime balance in-process, 10 years (${sessions.length} sessions, ${absences.length} absences, an agreement change)`, value: median(runs), unit: 'ms', target: { max: 100 } }];
  },
};

export default bench;
