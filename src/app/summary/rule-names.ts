/** Short plain-language names of the rules, for the summary preview and the representative's report. */
import type { Lang, RuleId } from '../../core/model';

type Names = Readonly<Record<Lang, string>>;
const n = (nb: string, nn: string, en: string): Names => ({ nb, nn, en });

export const RULE_NAMES: Readonly<Record<RuleId, Names>> = {
  'aml.10-6.overtime-day': n('Overtid på en dag (§ 10-6)', 'Overtid på ein dag (§ 10-6)', 'Overtime in a day (§ 10-6)'),
  'aml.10-6.overtime-week': n('Overtid i en uke (§ 10-6)', 'Overtid i ei veke (§ 10-6)', 'Overtime in a week (§ 10-6)'),
  'aml.10-6.overtime-week-limit': n('Over 10 timer overtid i en uke (§ 10-6 (4))', 'Over 10 timar overtid i ei veke (§ 10-6 (4))', 'Over 10 h overtime in a week (§ 10-6 (4))'),
  'aml.10-6.overtime-4-weeks': n('Over 25 timer overtid på 4 uker (§ 10-6 (4))', 'Over 25 timar overtid på 4 veker (§ 10-6 (4))', 'Over 25 h overtime in 4 weeks (§ 10-6 (4))'),
  'aml.10-6.overtime-year': n('Over 200 timer overtid i året (§ 10-6 (4))', 'Over 200 timar overtid i året (§ 10-6 (4))', 'Over 200 h overtime in the year (§ 10-6 (4))'),
  'aml.10-6.total-day': n('Over 13 timer på en dag (§ 10-6 (8))', 'Over 13 timar på ein dag (§ 10-6 (8))', 'Over 13 h in a day (§ 10-6 (8))'),
  'aml.10-6.total-8-weeks': n('Over 48 timer i snitt over 8 uker (§ 10-6 (8))', 'Over 48 timar i snitt over 8 veker (§ 10-6 (8))', 'Over 48 h average over 8 weeks (§ 10-6 (8))'),
  'aml.10-6.total-week': n('Over 69 timer i én uke (§ 10-6 (8))', 'Over 69 timar i éi veke (§ 10-6 (8))', 'Over 69 h in a single week (§ 10-6 (8))'),
  'aml.10-8.daily-rest': n('For kort døgnhvile (§ 10-8 (1))', 'For kort døgnkvile (§ 10-8 (1))', 'Too short daily rest (§ 10-8 (1))'),
  'aml.10-8.weekly-rest': n('For kort ukehvile (§ 10-8 (2))', 'For kort vekekvile (§ 10-8 (2))', 'Too short weekly rest (§ 10-8 (2))'),
  'aml.10-8.sunday-following': n('Arbeid to søn-/helligdager på rad (§ 10-8 (4))', 'Arbeid to sun-/heilagdagar på rad (§ 10-8 (4))', 'Work on two Sundays/holidays in a row (§ 10-8 (4))'),
  'aml.10-9.break': n('Manglende pause (§ 10-9 (1))', 'Manglande pause (§ 10-9 (1))', 'Missing break (§ 10-9 (1))'),
  'aml.10-9.overtime-break': n('Manglende pause ved overtid (§ 10-9 (2))', 'Manglande pause ved overtid (§ 10-9 (2))', 'Missing break during overtime (§ 10-9 (2))'),
  'aml.10-10.sunday': n('Søn- og helligdagsarbeid (§ 10-10)', 'Sun- og heilagdagsarbeid (§ 10-10)', 'Sunday and holiday work (§ 10-10)'),
  'aml.10-11.night': n('Nattarbeid (§ 10-11)', 'Nattarbeid (§ 10-11)', 'Night work (§ 10-11)'),
  'agreement.outside-hours': n('Arbeid utenfor avtalt arbeidstid', 'Arbeid utanfor avtalt arbeidstid', 'Work outside agreed working time'),
  'agreement.outside-availability': n('Tilgjengelig utenfor avtalt tid', 'Tilgjengeleg utanfor avtalt tid', 'Available outside agreed time'),
  'absence.work-while-absent': n('Arbeid på sykedag eller feriedag', 'Arbeid på sjukedag eller feriedag', 'Work on a sick day or holiday'),
  'forskrift.agreement-missing': n('Mangler hjemmekontoravtale', 'Manglar heimekontoravtale', 'No home-office agreement'),
};
