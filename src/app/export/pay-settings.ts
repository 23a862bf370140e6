/**
 * The pay settings (employee number, wage types, tariff overtime rules, Visma options), stored as
 * JSON under one key of the settings port and validated with zod when read.
 */
import * as z from 'zod';
import { DEFAULT_PAY_SETTINGS, VISMA_ENCODINGS, type PaySettings } from '../../core/pay';
import { DEFAULT_OVERTIME_TAKEN_AS, OVERTIME_TAKEN_AS } from '../../core/overtime-basis';
import type { SettingsRepo } from '../ports/settings-repo';

export const PAY_SETTINGS_KEY = 'pay';

const minute = z.number().int().min(0).max(1440);
const condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('after-daily-hours'), hours: z.number().min(0) }),
  z.object({ kind: z.literal('window'), from: minute, to: minute }),
  z.object({ kind: z.literal('weekdays'), days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])) }),
  z.object({ kind: z.literal('red-day') }),
]);

export const paySettingsSchema = z.object({
  employeeNumber: z.string().default(''),
  employeeName: z.string().default(''),
  overtime: z
    .object({
      basis: z.enum(['aml', 'beyond-agreed']),
      classes: z.array(z.object({ id: z.string(), percent: z.number() })),
      rules: z.array(z.object({ class: z.string(), when: condition })),
    })
    .default(DEFAULT_PAY_SETTINGS.overtime as never),
  wageTypes: z.record(z.string(), z.string()).default({}),
  visma: z
    .object({
      wageYear: z.number().int().min(0).default(0),
      runNumber: z.number().int().min(0).default(0),
      department: z.string().default(''),
      project: z.string().default(''),
      encoding: z.enum(VISMA_ENCODINGS).default('windows-1252'),
    })
    .default(DEFAULT_PAY_SETTINGS.visma),
  // Issue 15 item 2: how overtime is taken when no reason says otherwise.
  overtimeTakenAs: z.enum(OVERTIME_TAKEN_AS).default(DEFAULT_OVERTIME_TAKEN_AS),
});

/** The stored pay settings, null when none are stored or the stored text is unreadable. */
export function loadPaySettings(repo: Pick<SettingsRepo, 'get'>): PaySettings | null {
  const text = repo.get(PAY_SETTINGS_KEY);
  if (text === null) return null;
  try {
    const parsed = paySettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as PaySettings) : null;
  } catch {
    return null;
  }
}

export function savePaySettings(repo: Pick<SettingsRepo, 'set'>, settings: PaySettings): void {
  repo.set(PAY_SETTINGS_KEY, JSON.stringify(paySettingsSchema.parse(settings)));
}
