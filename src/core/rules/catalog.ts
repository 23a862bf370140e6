/** Every rule the engine checks, with its legal reference and default severity (spec §3 table). */
import type { RuleId, Severity } from '../model';

export interface RuleInfo {
  readonly id: RuleId;
  readonly ref: string;
  readonly severity: Severity;
  /** What the key names: a work day, an ISO week, a red day, the night's date or the overtime year's first date. */
  readonly key: 'day' | 'week' | 'red-day' | 'night' | 'year';
}

const r = (id: RuleId, ref: string, severity: Severity, key: RuleInfo['key']): RuleInfo => ({ id, ref, severity, key });

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'aml.10-6.overtime-day': r('aml.10-6.overtime-day', 'AML § 10-6 (2)', 'needs-basis', 'day'),
  'aml.10-6.overtime-week': r('aml.10-6.overtime-week', 'AML § 10-6 (2)', 'needs-basis', 'week'),
  'aml.10-6.overtime-week-limit': r('aml.10-6.overtime-week-limit', 'AML § 10-6 (4)', 'violation', 'week'),
  'aml.10-6.overtime-4-weeks': r('aml.10-6.overtime-4-weeks', 'AML § 10-6 (4)', 'violation', 'week'),
  'aml.10-6.overtime-year': r('aml.10-6.overtime-year', 'AML § 10-6 (4)', 'violation', 'year'),
  'aml.10-6.total-day': r('aml.10-6.total-day', 'AML § 10-6 (8)', 'violation', 'day'),
  'aml.10-6.total-8-weeks': r('aml.10-6.total-8-weeks', 'AML § 10-6 (8)', 'violation', 'week'),
  'aml.10-6.total-week': r('aml.10-6.total-week', 'AML § 10-6 (8)', 'violation', 'week'),
  'aml.10-8.daily-rest': r('aml.10-8.daily-rest', 'AML § 10-8 (1)', 'violation', 'day'),
  'aml.10-8.weekly-rest': r('aml.10-8.weekly-rest', 'AML § 10-8 (2)', 'violation', 'week'),
  'aml.10-8.sunday-following': r('aml.10-8.sunday-following', 'AML § 10-8 (4)', 'violation', 'red-day'),
  'aml.10-9.break': r('aml.10-9.break', 'AML § 10-9 (1)', 'warning', 'day'),
  'aml.10-9.overtime-break': r('aml.10-9.overtime-break', 'AML § 10-9 (2)', 'warning', 'day'),
  'aml.10-10.sunday': r('aml.10-10.sunday', 'AML § 10-10 (1)', 'needs-basis', 'red-day'),
  'aml.10-11.night': r('aml.10-11.night', 'AML § 10-11 (1)', 'needs-basis', 'night'),
  'agreement.outside-hours': r('agreement.outside-hours', 'forskrift 2002-07-05-715 § 2', 'warning', 'day'),
  'agreement.outside-availability': r('agreement.outside-availability', 'forskrift 2002-07-05-715 § 2', 'warning', 'day'),
  'absence.work-while-absent': r('absence.work-while-absent', 'folketrygdloven kap. 8 / ferieloven § 5', 'warning', 'day'),
  'forskrift.agreement-missing': r('forskrift.agreement-missing', 'forskrift 2002-07-05-715 §§ 1–2', 'warning', 'week'),
};
