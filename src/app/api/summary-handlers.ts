/**
 * Handlers of the issue 8 methods (src/shared/ipc/summary-contract.ts): the employee's anonymised
 * summary (preview first, then save exactly the previewed text) and the representative's aggregate
 * report over files the window read itself. Files go only into the export folder (ExportFolder port).
 */
import { parseDate, zoneClock, type Lang } from '../../core/index';
import { contactOk, INVITE_FORMAT, type AggregateReport, type GroupDimension, type GroupOptions, type Invite } from '../../core/anonymise/index';
import { formatInviteFile, parseInviteFile } from '../../shared/formats/invite';
import { problemsText } from '../../shared/formats/problems';
import { parseSummaryFile } from '../../shared/formats/summary';
import { translate, type Params } from '../../shared/i18n/catalog';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { RepAggregateView, SummaryFileInput } from '../../shared/ipc/summary-contract';
import { err, ok, type Result } from '../../shared/result';
import type { ExportFolder } from '../ports/export-folder';
import type { SettingsRepo } from '../ports/settings-repo';
import { buildRepReport, GROUP_OPTIONS_KEY, groupOptionsJson, importSummaries, installationSummaryIds, makeSummary, readGroupOptions, reportCsv, reportJson, reportSelection, viewHtml, reportView, RULE_NAMES, sessionWindow, type ImportResult, type RepReportError, type SummaryFiles } from '../summary/index';
import type { SummaryCrypto } from '../ports/summary-crypto';
import type { Services } from './services';
import { userLang } from './user-lang';
import { SUMMARY_API_TEXTS, type SummaryApiTextKey } from './summary-texts';

export { GROUP_OPTIONS_KEY, groupOptionsJson, readGroupOptions };

export interface SummaryService {
  /** The configured group lists the employee picks labels from. */
  groupOptions(): GroupOptions;
  /** Replaces the configured lists (already checked by the contract); an empty list removes its dimension. */
  saveGroupOptions(options: GroupOptions): void;
  /** The installation's summary id of a period (issue 17: HMAC of the period under the installation's secret). */
  summaryId(period: string): string;
  readonly exports: ExportFolder;
  /** A fresh random UUID (version 4), for invitations. */
  randomUuid(): string;
}

type SummaryMethod = 'summaryOptions' | 'summaryOptionsSave' | 'summaryMake' | 'summarySave' | 'repAggregate' | 'repExport' | 'repInvite';
type SummaryHandler<K extends SummaryMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

export function createSummaryService(d: { settings: SettingsRepo; exports: ExportFolder; crypto: SummaryCrypto }): SummaryService {
  return {
    groupOptions: () => readGroupOptions(d.settings.get(GROUP_OPTIONS_KEY)),
    saveGroupOptions: (options) => d.settings.set(GROUP_OPTIONS_KEY, groupOptionsJson(options)),
    summaryId: installationSummaryIds(d.settings, d.crypto),
    randomUuid: () => uuidV4(d.crypto.randomHex(16)),
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
    read: (k, limits) => {
      const f = byKey.get(k) as SummaryFileInput;
      const size = Math.max(f.size, f.text === undefined ? 0 : utf8Bytes(f.text));
      if (size > limits.maxBytes) return { ok: false, problem: 'too-large', size };
      if (f.text === undefined) throw Object.assign(new Error('not read'), { code: 'EUNREAD' });
      return { ok: true, text: f.text };
    },
    displayName: (k) => baseName((byKey.get(k) as SummaryFileInput).name),
  };
  return importSummaries([...byKey.keys()], access, lang);
}

/** Why no report was made, in the user's language. */
export function repProblemText(e: RepReportError, lang: Lang): string {
  const t = (key: SummaryApiTextKey, p: Params = {}) => translate(SUMMARY_API_TEXTS, lang, key, p);
  if (e.code === 'too-many-ids') return t('tooManyIds', { ids: e.ids, senders: e.senders, files: e.files });
  if (e.code === 'no-summaries') return t('noSummaries');
  if (e.code === 'bad-period') return t('badPeriod', { period: e.period });
  return t('badSettings');
}

function aggregateView(s: Services, input: InputOf<'repAggregate'>): RepAggregateView & { report: AggregateReport | null } {
  const lang = userLang(s);
  const imported = importTexts(input.files, lang);
  const invite = input.invite === undefined ? null : parseInviteFile(input.invite);
  if (invite && !invite.ok) {
    const problem = translate(SUMMARY_API_TEXTS, lang, 'badInvite', { reason: problemsText(null, invite.error, lang, 1) });
    return { report: null, rejected: imported.rejected, duplicates: imported.duplicates, otherPeriod: [], otherInvite: [], notes: imported.notes, view: null, problem, ruleNames: {} };
  }
  const inviteId = invite?.ok ? invite.value.id : undefined;
  const built = buildRepReport(imported, { k: input.k, p: input.p, senders: input.senders, ...(invite?.ok ? { period: invite.value.period, invite: invite.value.id } : {}) });
  const report = built.ok ? built.value : null;
  const ruleNames: Record<string, string> = {};
  for (const rule of report?.rules ?? []) ruleNames[rule] = RULE_NAMES[rule][lang];
  const selection = report ? reportSelection(imported, report.period, inviteId) : null;
  return {
    report,
    rejected: imported.rejected,
    duplicates: imported.duplicates,
    otherPeriod: selection ? selection.otherPeriod.map((a) => ({ file: a.file, period: a.period })) : [],
    otherInvite: selection ? selection.otherInvite.map((a) => ({ file: a.file })) : [],
    notes: imported.notes,
    view: report ? reportView(report, lang) : null,
    problem: built.ok || built.error.code === 'no-summaries' ? null : repProblemText(built.error, lang),
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
    const invite = input.invite === undefined ? null : parseInviteFile(input.invite);
    if (invite && !invite.ok) return refuse(s, 'bad-invite', 'badInvite', { reason: problemsText(null, invite.error, userLang(s), 1) });
    if (invite?.ok && invite.value.period !== input.period) return refuse(s, 'bad-invite', 'invitePeriod', { period: invite.value.period });
    const groupOptions = invite?.ok ? invite.value.groups : s.summaries.groupOptions();
    const made = makeSummary({
      sessions: s.work.sessions(from, to, s.now()),
      availability: s.work.availability(from, to),
      // Issue 15: the week's count of days worked while sick or on holiday goes into the summary.
      ...(s.absences ? { absences: s.absences.list(window.from, window.to) } : {}),
      agreement,
      period: input.period,
      groups,
      groupOptions,
      ...(invite?.ok ? { invite: invite.value.id } : {}),
      summaryId: (period) => s.summaries?.summaryId(period) ?? '',
      now: s.now(),
      lang: userLang(s),
    });
    if (!made.ok) {
      if (made.error.code === 'bad-group') {
        const [dimension, value] = Object.entries(groups).find(([k, v]) => !(groupOptions[k as GroupDimension] ?? []).includes(v)) ?? ['', ''];
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
    const { report, view, problem } = aggregateView(s, input);
    if (problem) return err({ code: 'no-report', message: problem });
    if (!report || !view) return refuse(s, 'no-summaries', 'noSummaries');
    const lang = userLang(s);
    const text = input.format === 'json' ? reportJson(report) : input.format === 'csv' ? reportCsv(report, lang) : viewHtml(view);
    return write(s, s.summaries.exports, `report-${report.period}.${input.format}`, text);
  },

  repInvite: async (s, input) => {
    if (!s.summaries) return refuse(s, 'summaries-off', 'off');
    const contact = input.contact.trim();
    if (!contactOk(contact)) return refuse(s, 'bad-contact', 'badContact');
    const invite: Invite = { format: INVITE_FORMAT, id: s.summaries.randomUuid(), period: input.period, k: input.k, groups: s.summaries.groupOptions(), contact };
    return write(s, s.summaries.exports, `invite-${input.period}.json`, formatInviteFile(invite));
  },
};

/** A version 4 UUID from 16 random bytes given as hex. */
function uuidV4(hex: string): string {
  const h = hex.toLowerCase().padEnd(32, '0');
  const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
