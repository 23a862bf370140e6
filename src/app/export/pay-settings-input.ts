/**
 * Pay settings given from outside (the window's form, `fyrabend settings pay --file`), checked one
 * way for both (issue 16 item 6): the IPC schema (PaySettingsInputSchema), the overtime rules
 * (AML § 10-6 (11): at least 40 %) and the Visma department and project. Every problem comes with
 * its JSON path; on any problem nothing is saved.
 */
import type { z } from 'zod';
import type { Lang } from '../../core/model';
import { validateOvertimeRules, type PaySettings } from '../../core/pay';
import { translate } from '../../shared/i18n/catalog';
import { IPC_ISSUE_TEXTS, isIssueKey } from '../../shared/i18n/ipc-issues';
import { jsonPath, problemsOf, problemText } from '../../shared/formats/problems';
import { PaySettingsInputSchema } from '../../shared/ipc/export-contract';
import { EXPORT_API_TEXTS } from '../api/export-texts';
import { vismaSettingsProblem } from './export-timesheet';

export interface PaySettingsProblem {
  /** JSON path, e.g. `$.visma.project`. */
  readonly path: string;
  readonly message: string;
}

function zodProblems(error: z.ZodError, lang: Lang): PaySettingsProblem[] {
  const generic = problemsOf(error);
  return error.issues.map((issue, i) => {
    const path = jsonPath(issue.path);
    if (isIssueKey(issue.message)) return { path, message: translate(IPC_ISSUE_TEXTS, lang, issue.message) };
    const p = generic[i];
    return { path, message: p ? problemText(p, lang) : translate(IPC_ISSUE_TEXTS, lang, 'generic.notAllowed') };
  });
}

/** The settings ready to save (wage types trimmed, empty ones left out), or every problem found. */
export function checkPaySettingsInput(input: unknown, lang: Lang): { ok: true; value: PaySettings } | { ok: false; problems: PaySettingsProblem[] } {
  const parsed = PaySettingsInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, lang) };
  const settings = parsed.data as PaySettings;
  const problems: PaySettingsProblem[] = validateOvertimeRules(settings.overtime).map((p) => ({
    path: '$.overtime',
    message: translate(EXPORT_API_TEXTS, lang, `rule.${p.code}`, { subject: p.subject }),
  }));
  const visma = vismaSettingsProblem(settings, lang, true);
  if (visma) problems.push({ path: `$.visma.${visma.field}`, message: visma.message });
  if (problems.length) return { ok: false, problems };
  const wageTypes: Record<string, string> = {};
  for (const [id, v] of Object.entries(settings.wageTypes)) if (v.trim() !== '') wageTypes[id] = v.trim();
  return { ok: true, value: { ...settings, wageTypes } };
}
