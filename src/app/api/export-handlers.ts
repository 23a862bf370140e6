/**
 * Handlers of the payroll methods in the window (src/shared/ipc/export-contract.ts): pay settings,
 * the preview of a month (nothing written, nothing marked), the export (preview file, "Send to
 * payroll", "Export the whole month again", dry run for the confirm step), the status of each month
 * and "Show in folder". The export runs the same use case as `fyrabend export timesheet`, so a bad
 * setting gets the same clear message before any file is written.
 */
import { DEFAULT_PAY_SETTINGS, validateOvertimeRules, type PaySettings } from '../../core/pay';
import { translate } from '../../shared/i18n/catalog';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { ExportPreview, ExportStatus, MonthStatus } from '../../shared/ipc/export-contract';
import { err, ok, type Result } from '../../shared/result';
import { checkSettings, checkTimesheet, exportTimesheet, vismaSettingsProblem } from '../export/export-timesheet';
import { exportFileName } from '../export/file-name';
import { FORMAT_EXTENSION } from '../export/formats';
import { classLabel } from '../export/formats/common';
import { loadTimesheet } from '../export/load-timesheet';
import type { FileSink } from '../ports/file-sink';
import { EXPORT_API_TEXTS } from './export-texts';
import type { PayrollService } from './payroll-service';
import type { Services } from './services';
import { userLang } from './user-lang';

type ExportMethod = 'paySettingsGet' | 'paySettingsSave' | 'exportPreview' | 'exportTimesheet' | 'exportStatus' | 'exportShowInFolder';
type ExportHandler<K extends ExportMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

const off = (s: Services): Result<never> => err({ code: 'payroll-off', message: translate(EXPORT_API_TEXTS, userLang(s), 'off') });

export { exportFileName };

/** The folder part of a full path (either separator). */
const folderOf = (path: string): string => path.replace(/[\\/][^\\/]*$/, '');
const nameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

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

function status(s: Services, payroll: PayrollService, year: string): Result<ExportStatus> {
  const loaded = loadTimesheet(year, payroll.settings() ?? DEFAULT_PAY_SETTINGS, userLang(s), payroll.data);
  if (!loaded.ok) return loaded;
  const months: MonthStatus[] = loaded.value.ts.months
    .filter((m) => m.days.length > 0 || m.submittedAt !== null)
    .map((m) => ({ month: m.label, status: m.submittedAt === null ? 'not-sent' : m.changed ? 'changed' : 'sent', workedMs: m.workedMs, firstAt: m.submittedAt, lastAt: m.lastSubmittedAt }));
  return ok({ months });
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
    const visma = vismaSettingsProblem(settings, userLang(s), true);
    if (visma) return err({ code: `pay-settings.${visma.code}`, message: visma.message });
    const wageTypes: Record<string, string> = {};
    for (const [id, v] of Object.entries(settings.wageTypes)) if (v.trim() !== '') wageTypes[id] = v.trim();
    s.payroll.saveSettings({ ...settings, wageTypes });
    const saved = s.payroll.settings();
    return saved ? ok({ settings: saved, stored: true }) : err({ code: 'pay-settings.unreadable', message: translate(EXPORT_API_TEXTS, userLang(s), 'off') });
  },

  exportPreview: async (s, input) => (s.payroll ? preview(s, s.payroll, input.period) : off(s)),

  exportStatus: async (s, input) => (s.payroll ? status(s, s.payroll, input.year) : off(s)),

  exportTimesheet: async (s, input) => {
    const payroll = s.payroll;
    if (!payroll) return off(s);
    const lang = userLang(s);
    const mode = input.mode ?? 'preview';
    const dryRun = input.dryRun === true;
    const name = exportFileName(input.period, input.format, payroll.settings()?.employeeNumber ?? '');
    let chosen: string | null = null;
    if (input.saveAs && !dryRun) {
      if (!payroll.dialogs || !payroll.sink) return err({ code: 'no-dialog', message: translate(EXPORT_API_TEXTS, lang, 'noDialog') });
      const folder = payroll.lastFolder();
      const ext = FORMAT_EXTENSION[input.format];
      chosen = await payroll.dialogs.chooseSavePath({ defaultPath: folder ? `${folder}/${name}` : name, filters: [{ name: ext.toUpperCase(), extensions: [ext] }] });
      if (chosen === null) {
        return ok({ path: '', name, format: input.format, mode, dryRun, cancelled: true, locked: [], corrected: [], corrections: 0, repeats: null, message: '' });
      }
    }
    let written: string | null = null;
    // The use case writes through a FileSink to `out`. Without a dialog `out` is the base name and
    // the export folder picks the free path; with one, the chosen path is written atomically.
    const files: FileSink = {
      writeAtomic: async (out, data) => {
        if (chosen !== null && payroll.sink) {
          await payroll.sink.writeAtomic(out, data);
          written = out;
        } else written = await payroll.files.write(name, data);
      },
    };
    const r = await exportTimesheet({ period: input.period, format: input.format, out: chosen ?? name, lang, mode, dryRun }, { ...payroll.data, paySettings: () => payroll.settings(), files });
    if (!r.ok) return r;
    const path: string = written ?? '';
    if (path) {
      payroll.remember(path);
      if (chosen !== null) payroll.saveLastFolder(folderOf(path));
    }
    const v = r.value;
    const message = path ? v.message.replace(chosen ?? name, path) : v.message;
    return ok({ path, name: path ? nameOf(path) : name, format: input.format, mode, dryRun, cancelled: false, locked: v.locked, corrected: v.corrected, corrections: v.corrections, repeats: v.repeats, message });
  },

  exportShowInFolder: async (s, input) => {
    const payroll = s.payroll;
    if (!payroll) return off(s);
    if (!payroll.dialogs) return err({ code: 'no-dialog', message: translate(EXPORT_API_TEXTS, userLang(s), 'noDialog') });
    if (!payroll.wrote(input.path)) return err({ code: 'not-written', message: translate(EXPORT_API_TEXTS, userLang(s), 'notWritten') });
    await payroll.dialogs.showInFolder(input.path);
    return ok(null);
  },
};
