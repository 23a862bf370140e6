/**
 * Handlers of the issue 8 methods (src/shared/ipc/summary-contract.ts): the employee's anonymised
 * summary (preview first, then save exactly the previewed text) and the representative's aggregate
 * report over files the window read itself. Files go only into the export folder (ExportFolder port).
 */
import { parseDate, zoneClock, type Lang } from '../../core/index';
import type { AggregateReport, GroupDimension, GroupOptions } from '../../core/anonymise/index';
import { problemsText } from '../../shared/formats/problems';
import { parseSummaryFile } from '../../shared/formats/summary';
import { translate, type Params } from '../../shared/i18n/catalog';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { RepAggregateView, SummaryFileInput } from '../../shared/ipc/summary-contract';
import { err, ok, type Result } from '../../shared/result';
import type { ExportFolder } from '../ports/export-folder';
import type { SettingsRepo } from '../ports/settings-repo';
import { buildRepReport, GROUP_OPTIONS_KEY, groupOptionsJson, importSummaries, makeSummary, readGroupOptions, reportCsv, reportHtml, reportJson, RULE_NAMES, sessionWindow, type ImportResult, type SummaryFiles } from '../summary/index';
import type { Services } from './services';
import { userLang } from './user-lang';
import { SUMMARY_API_TEXTS, type SummaryApiTextKey } from './summary-texts';

export { GROUP_OPTIONS_KEY, groupOptionsJson, readGroupOptions };

export interface SummaryService {
  /** The configured group lists the employee picks labels from. */
  groupOptions(): GroupOptions;
  /** Replaces the configured lists (already checked by the contract); an empty list removes its dimension. */
  saveGroupOptions(options: GroupOptions): void;
  /** A fresh random id (UUID) per summary file. */
  newId(): string;
  readonly exports: ExportFolder;
}

type SummaryMethod = 'summaryOptions' | 'summaryOptionsSave' | 'summaryMake' | 'summarySave' | 'repAggregate' | 'repExport';
type SummaryHandler<K extends SummaryMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

export function createSummaryService(d: { settings: SettingsRepo; exports: ExportFolder; newId: () => string }): SummaryService {
  return {
    groupOptions: () => readGroupOptions(d.settings.get(GROUP_OPTIONS_KEY)),
    saveGroupOptions: (options) => d.settings.set(GROUP_OPTIONS_KEY, groupOptionsJson(options)),
    newId: d.newId,
    exports: d.exports,
  };
}

function refuse(s: Services, code: string, key: SummaryApiTextKey, params: Params = {}): Result<never> {
  return err({ code, message: translate(SUMMARY_API_TEXTS, userLang(s), key, params) });
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** The import over texts the window read: size first (the larger of the stated size and the text's), then the text; reasons in `lang`. */
export function importTexts(files: readonly SummaryFileInput[], lang: Lang): ImportResult {
  const byKey = new Map(files.map((f, i) => [String(i), f] as const));
  const access: SummaryFiles = {
    size: (k) => {
      const f = byKey.get(k) as SummaryFileInput;
      return Math.max(f.size, f.text === undefined ? 0 : utf8Bytes(f.text));
    },
    read: (k) => {
      const f = byKey.get(k) as SummaryFileInput;
      if (f.text === undefined) throw Object.assign(new Error('not read'), { code: 'EUNREAD' });
      return f.text;
    },
    displayName: (k) => baseName((byKey.get(k) as SummaryFileInput).name),
  };
  return importSummaries([...byKey.keys()], access, lang);
}

function aggregateView(s: Services, input: InputOf<'repAggregate'>): RepAggregateView & { report: AggregateReport | null } {
  const lang = userLang(s);
  const imported = importTexts(input.files, lang);
  const built = buildRepReport(imported, { k: input.k });
  const report = built.ok ? built.value : null;
  const ruleNames: Record<string, string> = {};
  for (const rule of report?.rules ?? []) ruleNames[rule] = RULE_NAMES[rule][lang];
  return {
    report,
    rejected: imported.rejected,
    duplicates: imported.duplicates,
    otherPeriod: report ? imported.accepted.filter((a) => a.summary.period !== report.period).map((a) => ({ file: a.file, period: a.summary.period })) : [],
    notes: imported.notes,
    ruleNames,
  };
}

async function write(s: Services, exports: ExportFolder, name: string, text: string): Promise<Result<{ path: string; name: string }>> {
  try {
    const path = await exports.write(name, text);
    return ok({ path, name: baseName(path) });
  } catch (e) {
    s.log('export write failed', e);
    return refuse(s, 'write-failed', 'writeFailed');
  }
}

const summaryFileName = (period: string): string => `fyrabend-summary-${period}.json`;

export const SUMMARY_HANDLERS: { readonly [K in SummaryMethod]: SummaryHandler<K> } = {
  summaryOptions: async (s) => (s.summaries ? ok({ groupOptions: s.summaries.groupOptions() }) : refuse(s, 'summaries-off', 'off')),

  summaryOptionsSave: async (s, input) => {
    if (!s.summaries) return refuse(s, 'summaries-off', 'off');
    s.summaries.saveGroupOptions(input.groupOptions);
    return ok({ groupOptions: s.summaries.groupOptions() });
  },

  summaryMake: async (s, input) => {
    if (!s.summaries) return refuse(s, 'summaries-off', 'off');
    const window = sessionWindow(input.period);
    if (!window) return refuse(s, 'bad-period', 'badPeriod', { period: input.period });
    const agreement = s.work.agreementOn(window.to);
    if (!agreement) return refuse(s, 'no-agreement', 'noAgreement', { date: window.to });
    const clock = zoneClock(s.work.zone());
    const from = clock.startOfDay(parseDate(window.from));
    const to = clock.startOfDay(parseDate(window.to) + 1);
    const groups: Record<string, string> = {};
    for (const [k, v] of Object.entries(input.groups)) if (v !== undefined) groups[k] = v;
    const made = makeSummary({
      sessions: s.work.sessions(from, to, s.now()),
      availability: s.work.availability(from, to),
      agreement,
      period: input.period,
      groups,
      groupOptions: s.summaries.groupOptions(),
      newId: () => s.summaries?.newId() ?? '',
      lang: userLang(s),
    });
    if (!made.ok) {
      if (made.error.code === 'bad-group') {
        const [dimension, value] = Object.entries(groups).find(([k, v]) => !(s.summaries?.groupOptions()[k as GroupDimension] ?? []).includes(v)) ?? ['', ''];
        return refuse(s, 'bad-group', 'badGroup', { dimension, value });
      }
      return refuse(s, 'bad-period', 'badPeriod', { period: input.period });
    }
    return ok({ period: input.period, preview: made.value.preview, text: made.value.text, fileName: summaryFileName(input.period) });
  },

  summarySave: async (s, input) => {
    if (!s.summaries) return refuse(s, 'summaries-off', 'off');
    const parsed = parseSummaryFile(input.text);
    if (!parsed.ok) return refuse(s, 'bad-summary', 'badFile', { reason: problemsText(null, parsed.error, userLang(s)) });
    return write(s, s.summaries.exports, summaryFileName(parsed.value.period), input.text);
  },

  repAggregate: async (s, input) => ok(aggregateView(s, input)),

  repExport: async (s, input) => {
    if (!s.summaries) return refuse(s, 'summaries-off', 'off');
    const { report } = aggregateView(s, input);
    if (!report) return refuse(s, 'no-summaries', 'noSummaries');
    const lang = userLang(s);
    const text = input.format === 'json' ? reportJson(report) : input.format === 'csv' ? reportCsv(report, lang) : reportHtml(report, lang);
    return write(s, s.summaries.exports, `report-${report.period}.${input.format}`, text);
  },
};
