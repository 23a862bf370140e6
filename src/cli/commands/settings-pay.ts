/**
 * `fyrabend settings pay --show | --file pay.json [--db F]` (issue 16 item 6): prints the pay
 * settings as JSON, or sets them from a file with the same checks as the window (the IPC schema,
 * the overtime rules, the Visma fields). Every problem is listed with its JSON path (and, for
 * broken JSON, line and column); on any problem nothing is saved.
 */
import { checkPaySettingsInput } from '../../app/export/pay-settings-input';
import { loadPaySettings, savePaySettings } from '../../app/export/pay-settings';
import { DEFAULT_PAY_SETTINGS } from '../../core/pay';
import { ioReason, parseJsonText, problemText } from '../../shared/formats/problems';
import { openStore } from '../../store/index';
import { UsageError, type CliArgs, type Command } from '../command';
import { dbPathOf, langOf, storeErrorsAsUsage } from '../db';
import { tt } from '../timesheet-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function flag(args: CliArgs, name: string, lang: Parameters<typeof tt>[0]): boolean {
  const v = args.options[name];
  if (v === undefined) return false;
  if (v !== true) throw new UsageError(tt(lang, 'flag-value', { name, value: v }));
  return true;
}

export const settingsPayCommand: Command = {
  name: ['settings', 'pay'],
  summary: 'Print the pay settings as JSON (--show), or set them from a JSON file (--file) with the same checks as the window.',
  usage: 'settings pay --show | --file FILE [--db FILE] [--lang nb|nn|en]',
  async run(args, io) {
    const lang = langOf(args, io);
    const show = flag(args, 'show', lang);
    const file = str(args.options.file);
    if (args.options.file === true) throw new UsageError(tt(lang, 'pay-show-or-file'));
    if (show && file) throw new UsageError(tt(lang, 'pay-show-and-file'));
    if (!show && !file) throw new UsageError(tt(lang, 'pay-show-or-file'));

    if (file) {
      // Read and check the file before the database is opened: a bad file changes nothing.
      let text: string;
      try {
        text = io.readFile(file);
      } catch (e) {
        throw new UsageError(tt(lang, 'pay-read', { file, reason: ioReason(e, lang) }));
      }
      const json = parseJsonText(text);
      if (!json.ok) {
        io.stderr(`fyrabend: ${tt(lang, 'pay-problem', { file, path: json.problem.path, message: problemText(json.problem, lang) })}\n`);
        return 2;
      }
      const checked = checkPaySettingsInput(json.value, lang);
      if (!checked.ok) {
        for (const p of checked.problems) io.stderr(`fyrabend: ${tt(lang, 'pay-problem', { file, path: p.path, message: p.message })}\n`);
        return 2;
      }
      return storeErrorsAsUsage(lang, async () => {
        const store = await openStore(dbPathOf(args, io));
        try {
          savePaySettings(store.settings, checked.value);
        } finally {
          store.close();
        }
        io.stdout(`${tt(lang, 'pay-saved', { file })}\n`);
        return 0 as const;
      });
    }

    return storeErrorsAsUsage(lang, async () => {
      const store = await openStore(dbPathOf(args, io));
      try {
        const stored = loadPaySettings(store.settings);
        if (!stored) io.stderr(`${tt(lang, 'pay-none')}\n`);
        io.stdout(`${JSON.stringify(stored ?? DEFAULT_PAY_SETTINGS, null, 2)}\n`);
        return 0 as const;
      } finally {
        store.close();
      }
    });
  },
};
