/**
 * Absence use cases (issue 15): list, save (add or edit) and delete absences, each checked for meaning
 * and audited; the balance of a period (worked − expected − overtime paid out, plus what was carried
 * over from before Fyrabend); and the balance carried over, which is entered once (a settings value). Refusals are one
 * sentence in the user's language.
 */
import { balanceOf, type Absence, type Agreement, type Balance, type Instant, type Lang, type Session } from '../../core/index';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import { parseAbsenceJson } from '../../shared/formats/absence';
import { problemsText } from '../../shared/formats/problems';
import { err, ok, type Result } from '../../shared/result';
import type { AbsenceRepo, StoredAbsence } from '../ports/absence-repo';
import type { SettingsRepo } from '../ports/settings-repo';
import type { OvertimeReasonRepo } from '../warnings/overtime-reason';
import { createPaidOvertimeCache, paidOvertimeByDate } from './paid-overtime';

export const CARRIED_OVER_KEY = 'balance.carriedOver';

export interface CarriedOver {
  /** Hours (may be negative). */
  readonly hours: number;
  /** The local date from which Fyrabend's own balance counts. */
  readonly from: string;
}

export interface AbsenceDeps {
  readonly absences: AbsenceRepo;
  readonly settings: SettingsRepo;
  readonly now: () => Instant;
  readonly zone: () => string;
  readonly lang: () => Lang;
  readonly agreements: () => readonly Agreement[];
  /** Work sessions overlapping [from, to) (the running one up to now). */
  readonly sessions: (from: Instant, to: Instant) => readonly Session[];
  /**
   * The recorded overtime reasons (issue 15 item 2): a reason that says `time-off` keeps its day's
   * overtime in the balance; all other overtime is paid and left out of it (paid-overtime.ts).
   */
  readonly overtimeReasons?: Pick<OvertimeReasonRepo, 'listBetween'>;
}

type Key = 'notFound' | 'carriedTwice' | 'carriedBad' | 'reason';

const TEXTS = defineCatalog<Key>({
  nb: {
    notFound: 'Fant ikke fraværet (id {id}); det kan være slettet. Oppdater listen og prøv igjen.',
    carriedTwice: 'Saldoen fra før Fyrabend er allerede lagt inn ({hours} t fra {from}). Den legges inn bare én gang; rett heller enkeltdager.',
    carriedBad: 'Saldoen fra før Fyrabend må være et antall timer mellom −500 og 500 og en gyldig dato.',
    reason: 'lagt inn av deg',
  },
  nn: {
    notFound: 'Fann ikkje fråværet (id {id}); det kan vere sletta. Oppdater lista og prøv igjen.',
    carriedTwice: 'Saldoen frå før Fyrabend er alt lagd inn ({hours} t frå {from}). Han vert lagd inn berre éin gong; rett heller einskilde dagar.',
    carriedBad: 'Saldoen frå før Fyrabend må vere eit tal timar mellom −500 og 500 og ein gyldig dato.',
    reason: 'lagt inn av deg',
  },
  en: {
    notFound: 'The absence (id {id}) was not found; it may have been deleted. Refresh the list and try again.',
    carriedTwice: 'The balance from before Fyrabend is already entered ({hours} h from {from}). It is entered only once; correct single days instead.',
    carriedBad: 'The balance from before Fyrabend must be a number of hours between −500 and 500 and a valid date.',
    reason: 'entered by you',
  },
});

export interface AbsenceService {
  list(from?: string, to?: string): readonly StoredAbsence[];
  save(input: { readonly id?: string; readonly absence: unknown; readonly reason?: string }): Result<StoredAbsence>;
  remove(id: string, reason?: string): Result<null>;
  /** Worked − expected in the local dates [from, to] (no carried-over balance). */
  balance(from: string, to: string): Balance;
  /** The running flexitime balance (fleksisaldo) up to and including `to`: carried over plus every day since it (or since the first agreement). */
  saldo(to: string): number;
  /**
   * What `date` itself adds to the running balance: saldo(date) − saldo(the day before), read from
   * that date's sessions alone (0 before the balance starts). The tray keeps the days before cached.
   */
  saldoOfDay(date: string): number;
  carriedOver(): CarriedOver | null;
  setCarriedOver(c: CarriedOver): Result<CarriedOver>;
}

export function createAbsenceService(d: AbsenceDeps): AbsenceService {
  const t = (key: Key, params?: Record<string, string | number>) => translate(TEXTS, d.lang(), key, params);
  // The classified older history, kept between refreshes (issue 15 Bench; paid-overtime.ts).
  const classified = createPaidOvertimeCache();
  const carriedOver = (): CarriedOver | null => {
    const text = d.settings.get(CARRIED_OVER_KEY);
    if (!text) return null;
    try {
      const v = JSON.parse(text) as CarriedOver;
      return typeof v.hours === 'number' && typeof v.from === 'string' ? v : null;
    } catch {
      return null;
    }
  };
  /** Where the running balance starts: the carried-over balance's date, else the first agreement's. */
  const firstDate = (c: CarriedOver | null): string | null => c?.from ?? d.agreements().reduce<string | null>((m, a) => (m === null || a.validFrom < m ? a.validFrom : m), null);
  const balance = (from: string, to: string): Balance => {
    const [lo, hi] = [from, to].map((date) => Date.parse(`${date}T00:00:00Z`));
    // Overtime paid out is not in the balance; the classification needs the whole first and last weeks.
    const week = 8 * 86_400_000;
    const around = d.sessions((lo as number) - week, (hi as number) + week);
    // Local dates lie within a day of their UTC midnight; take a margin either side (one read of the store: these lie in `around`).
    const [a, b] = [(lo as number) - 2 * 86_400_000, (hi as number) + 3 * 86_400_000];
    const sessions = around.filter((s) => s.start < b && s.end > a);
    const absences: readonly Absence[] = d.absences.list(from, to);
    const paidOvertime = paidOvertimeByDate({ agreements: d.agreements, settings: d.settings, ...(d.overtimeReasons ? { reasons: d.overtimeReasons } : {}) }, around, from, to, classified);
    return balanceOf({ sessions, agreements: d.agreements(), absences, zone: d.zone(), from, to, paidOvertime });
  };
  return {
    list: (from, to) => d.absences.list(from, to),
    save: ({ id, absence, reason }) => {
      const parsed = parseAbsenceJson(absence);
      if (!parsed.ok) return err({ code: 'absence.invalid', message: problemsText(null, parsed.error, d.lang(), 3) });
      const why = reason?.trim() || t('reason');
      if (id === undefined) return ok(d.absences.add(parsed.value, d.now(), why));
      if (!d.absences.get(id)) return err({ code: 'absence.not-found', message: t('notFound', { id }) });
      return ok(d.absences.edit(id, parsed.value, d.now(), why));
    },
    remove: (id, reason) => {
      if (!d.absences.get(id)) return err({ code: 'absence.not-found', message: t('notFound', { id }) });
      d.absences.remove(id, d.now(), reason?.trim() || t('reason'));
      return ok(null);
    },
    balance,
    saldo: (to) => {
      const c = carriedOver();
      const first = firstDate(c);
      if (first === null || first > to) return c?.hours ?? 0;
      return balance(first, to).balance + (c?.hours ?? 0);
    },
    // Each date's worked, expected and paid hours are its own (paidOvertimeByDate reads the weeks
    // around it), so the balance of [first, date] is that of [first, date − 1] plus this.
    saldoOfDay: (date) => {
      const first = firstDate(carriedOver());
      return first === null || first > date ? 0 : balance(date, date).balance;
    },
    carriedOver,
    setCarriedOver: (c) => {
      const existing = carriedOver();
      if (existing) return err({ code: 'absence.carried-twice', message: t('carriedTwice', { hours: existing.hours, from: existing.from }) });
      const date = parseAbsenceJson({ kind: 'annet', from: c.from, to: c.from });
      if (!Number.isFinite(c.hours) || Math.abs(c.hours) > 500 || !date.ok) return err({ code: 'absence.carried-bad', message: t('carriedBad') });
      d.settings.set(CARRIED_OVER_KEY, JSON.stringify({ hours: c.hours, from: c.from }));
      return ok(c);
    },
  };
}
