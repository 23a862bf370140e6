/**
 * Issue 14 item 4: the handler listing the recorded overtime reasons of a period (spread into
 * HANDLERS). Without the warning service (warnings off) there is nothing recorded: an empty list.
 */
import { parseDate, zoneClock } from '../../core/index';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/result';
import type { Services } from './services';

type BasisMethod = 'overtimeReasonsList';
type BasisHandler<K extends BasisMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

export const BASIS_HANDLERS: { readonly [K in BasisMethod]: BasisHandler<K> } = {
  overtimeReasonsList: async (s, input) => {
    const clock = zoneClock(s.work.zone());
    const from = clock.startOfDay(parseDate(input.from));
    const to = clock.startOfDay(parseDate(input.to) + 1);
    return ok(s.warnings.listOvertimeReasons?.(from, to) ?? []);
  },
};
