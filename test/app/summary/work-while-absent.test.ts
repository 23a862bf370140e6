/**
 * Issue 15: the union summary counts the days worked while sick or on holiday per week (the
 * `absence.work-while-absent` findings, one per day), and nothing else about the absence leaves the
 * laptop: no date, no kind, no note, no sick-note field.
 */
import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../src/core/absence/model';
import { defaultAgreement } from '../../../src/core/agreement/defaults';
import type { Session } from '../../../src/core/model';
import { makeSummary } from '../../../src/app/summary/index';

const agreement = defaultAgreement({ validFrom: '2026-01-01' });
/** Oslo is UTC+1 in November. */
const day = (date: string, from: string, to: string): Session => ({ start: Date.parse(`${date}T${from}:00+01:00`), end: Date.parse(`${date}T${to}:00+01:00`), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
const WEEK_SESSIONS = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10'].map((d) => day(d, '08:00', '15:30'));
const RULE = 'absence.work-while-absent';

function summarise(absences: readonly Absence[] | undefined) {
  const r = makeSummary({ sessions: WEEK_SESSIONS, agreement, period: '2026-11', groups: {}, groupOptions: {}, summaryId: () => '00000000-0000-4000-8000-000000000000', now: Date.parse('2026-12-02T09:00:00Z'), lang: 'en', ...(absences ? { absences } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('work while absent in the union summary', () => {
  it.each([
    ['no absences given', undefined, {}],
    ['two sick days worked in W45', [{ kind: 'sykdom', from: '2026-11-04', to: '2026-11-05', hours: null, document: 'sykmelding', note: 'influensa' }], { '2026-W45': 2 }],
    ['a holiday worked in W45 and W46, one day each', [{ kind: 'ferie', from: '2026-11-06', to: '2026-11-09', hours: null }], { '2026-W45': 1, '2026-W46': 1 }],
    ['time off in lieu is not a day off that warns', [{ kind: 'avspasering', from: '2026-11-02', to: '2026-11-02', hours: null }], {}],
    ['a sick day without work', [{ kind: 'sykt-barn', from: '2026-11-12', to: '2026-11-12', hours: null }], {}],
  ] as const)('%s', (_name, absences, expected) => {
    const made = summarise(absences as readonly Absence[] | undefined);
    const counts = Object.fromEntries(made.summary.weeks.flatMap((w) => {
      const c = w.findings[RULE];
      return c ? [[w.week, Object.values(c).reduce((s, n) => s + (n ?? 0), 0)]] : [];
    }));
    expect(counts).toEqual(expected);
    // Only the counts per week: no date, kind, sick-note field or note of an absence in the file.
    for (const word of ['2026-11-04', 'sykdom', 'sykmelding', 'influensa', 'ferie', 'sykt-barn']) expect(made.text).not.toContain(word);
  });
});
