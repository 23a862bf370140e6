/** Export periods: a month `YYYY-MM` or a year `YYYY`, as the list of months it covers. */
import { addDays } from '../../core/time/civil';

export interface Month {
  /** `YYYY-MM` */
  readonly label: string;
  /** First and last local date, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
}

function month(year: number, m: number): Month {
  const label = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  const next = m === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${String(year).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
  return { label, from: `${label}-01`, to: addDays(next, -1) };
}

/** The months of a period text, or null when it is neither `YYYY-MM` nor `YYYY`. */
export function parsePeriod(text: string): Month[] | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  // issue 18 item 4: a sensible range (9999-12 would end in the year 10000, where the zone arithmetic fails)
  if (year < 1970 || year > 2199) return null;
  if (m[2] === undefined) return Array.from({ length: 12 }, (_, i) => month(year, i + 1));
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return [month(year, mo)];
}
