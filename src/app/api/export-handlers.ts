/**
 * Handlers of the issue 7 methods in the window (src/shared/ipc/export-contract.ts): pay settings,
 * the preview of a month (nothing written, nothing locked) and the export into the export folder.
 * The export runs the same use case as `fyrabend export timesheet`, so a bad setting gets the same
 * clear message before any file is written.
 */
import { DEFAULT_PAY_SETTINGS, validateOvertimeRules, type PaySettings } from '../../core/pay';
import { translate } from '../../shared/i18n/catalog';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { ExportPreview } from '../../shared/ipc/export-contract';
import { err, ok, type Result } from '../../shared/result';
import { checkSettings, checkTimesheet, exportTimesheet } from '../export/export-timesheet';
import { FORMAT_EXTENSION } from '../export/formats';
import { classLabel } from '../export/formats/common';
import { loadTimesheet } from '../export/load-timesheet';
import type { FileSink } from '../ports/file-sink';
import { EXPORT_API_TEXTS } from './export-texts';
import type { PayrollService } from './payroll-service';
import type { Services } from './services';
import { userLang } from './user-lang';

type ExportMethod = 'paySettingsGet' | 'paySettingsSave' | 'exportPreview' | 'exportTimesheet';
type ExportHandler<K extends ExportMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

const off = (s: Services): Result<never> => err({ code: 'payroll-off', message: translate(EXPORT_API_TEXTS, userLang(s), 'off') });

/** The file name of a period's export, as the CLI names it. */
export function exportFileName(period: string, format: keyof typeof FORMAT_EXTENSION): string {
  return `fyrabend-timesheet-${period}${format === 'csv-excel' ? '-excel' : ''}.${FORMAT_EXTENSION[format]}`;
}

function preview(s: Services, payroll: PayrollService, period: string): Result<ExportPreview> {
  const lang = userLang(s);
  const stored = payroll.settings();
  const settings = stored ?? DEFAULT_PAY_SETTINGS;
  const loaded = loadTimesheet(period, settings, lang, payroll.data);
  if (!loaded.ok) return loaded;
  const { ts } = loaded.value;
  const month = ts.months[0];
  const problem = checkSettings(stored, 'csv', lang) ?? checkTimesheet(ts, 'csv', lang);
  const classNames: Record<string, string> = {};
  for (const id of ts.classOrder) classNames[id] = classLabel(ts, id, lang);
  return ok({
    period,
    classOrder: ts.classOrder,
    classNames,
    days: (month?.days ?? []).map((d) => ({ day: d.day, workedMs: d.workedMs, classes: d.classes })),
    totals: month?.totals ?? {},
    workedMs: month?.workedMs ?? 0,
    submittedAt: month?.submittedAt ?? null,
    corrections: ts.corrections,
    problem: problem?.message ?? null,
  });
}

export const EXPORT_HANDLERS: { readonly [K in ExportMethod]: ExportHandler<K> } = {
  paySettingsGet: async (s) => {
    if (!s.payroll) return off(s);
    const stored = s.payroll.settings();
    return ok({ settings: stored ?? DEFAULT_PAY_SETTINGS, stored: stored !== null });
  },

  paySettingsSave: async (s, input) => {
    if (!s.payroll) return off(s);
    const settings: PaySettings = input.settings;
    const problem = validateOvertimeRules(settings.overtime)[0];
    if (problem) return err({ code: `pay-settings.${problem.code}`, message: translate(EXPORT_API_TEXTS, userLang(s), `rule.${problem.code}`, { subject: problem.subject }) });
    const wageTypes: Record<string, string> = {};
    for (const [id, v] of Object.entries(settings.wageTypes)) if (v.trim() !== '') wageTypes[id] = v.trim();
    s.payroll.saveSettings({ ...settings, wageTypes });
    const saved = s.payroll.settings();
    return saved ? ok({ settings: saved, stored: true }) : err({ code: 'pay-settings.unreadable', message: translate(EXPORT_API_TEXTS, userLang(s), 'off') });
  },

  exportPreview: async (s, input) => (s.payroll ? preview(s, s.payroll, input.period) : off(s)),

  exportTimesheet: async (s, input) => {
    const payroll = s.payroll;
    if (!payroll) return off(s);
    const name = exportFileName(input.period, input.format);
    let written: string | null = null;
    // The use case writes through a FileSink to `out`; here `out` is the base name and the export
    // folder picks the free path, which is what the window is told.
    const files: FileSink = {
      writeAtomic: async (_name, data) => {
        written = await payroll.files.write(name, data);
      },
    };
    const r = await exportTimesheet({ period: input.period, format: input.format, out: name, lang: userLang(s) }, { ...payroll.data, paySettings: () => payroll.settings(), files });
    if (!r.ok) return r;
    const path: string = written ?? name;
    return ok({ path, name: path.split(/[\\/]/).pop() ?? path, format: input.format, locked: r.value.locked, corrections: r.value.corrections });
  },
};
