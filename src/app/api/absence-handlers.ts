/** Handlers of absence and the flexitime balance (issue 15), spread into HANDLERS; without the service (a build without it) they refuse. */
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import type { Services } from './services';
import { userLang } from './user-lang';

const TEXTS = defineCatalog<'off'>({
  nb: { off: 'Fravær kan ikke registreres her. Start Fyrabend på nytt og prøv igjen.' },
  nn: { off: 'Fråvær kan ikkje registrerast her. Start Fyrabend på nytt og prøv igjen.' },
  en: { off: 'Absence cannot be recorded here. Restart Fyrabend and try again.' },
});

type AbsenceMethod = 'absenceList' | 'absenceSave' | 'absenceDelete' | 'balancePeriod' | 'balanceCarriedOverSet';
type AbsenceHandler<K extends AbsenceMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

const off = (s: Services): Result<never> => err({ code: 'absence.off', message: translate(TEXTS, userLang(s), 'off') });

export const ABSENCE_HANDLERS: { readonly [K in AbsenceMethod]: AbsenceHandler<K> } = {
  absenceList: async (s, input) => (s.absences ? ok(s.absences.list(input?.from, input?.to)) : off(s)),
  absenceSave: async (s, input) => (s.absences ? s.absences.save(input) : off(s)),
  absenceDelete: async (s, input) => (s.absences ? s.absences.remove(input.id, input.reason) : off(s)),
  balancePeriod: async (s, input) => {
    if (!s.absences) return off(s);
    const b = s.absences.balance(input.from, input.to);
    return ok({ from: input.from, to: input.to, worked: b.worked, expected: b.expected, balance: b.balance, saldo: s.absences.saldo(input.to), days: b.days.map(({ date, worked, expected, balance, redDay, kinds }) => ({ date, worked, expected, balance, redDay, kinds })) });
  },
  balanceCarriedOverSet: async (s, input) => {
    if (!s.absences) return off(s);
    const r = s.absences.setCarriedOver(input);
    return r.ok ? ok(null) : r;
  },
};
