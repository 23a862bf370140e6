/** `fyrabend check --sessions F --agreement F [--from D --to D] [--format json|text]`: evaluate (exchange-format.md). */
import { evaluate } from '../../core/index';
import { findingsDocument, toJsonText } from '../../shared/formats/report';
import { UsageError, type CliArgs, type CliIo, type Command, type ExitCode } from '../command';
import { langOf } from '../lang';
import { readAgreement, readSessions, requireOption } from '../input-files';
import { formatReportText } from '../report-text';
import { t } from '../session-texts';
import { dateOption } from '../values';
import { u } from '../usage-texts';

export const checkCommand: Command = {
  name: ['check'],
  summary: 'Check sessions against AML chapter 10 and the agreement; prints fyrabend.findings/1 JSON.',
  usage: 'check --sessions FILE --agreement FILE [--from YYYY-MM-DD --to YYYY-MM-DD] [--format json|text] [--lang nb|nn|en]',
  async run(args: CliArgs, io: CliIo): Promise<ExitCode> {
    const lang = langOf(args, io);
    const sessionsPath = requireOption(args, 'sessions', 'sessions.json', lang);
    const agreementPath = requireOption(args, 'agreement', 'agreement.json', lang);
    const format = args.options.format ?? 'json';
    if (format !== 'json' && format !== 'text') throw new UsageError(t(lang, 'bad-option', { name: 'format', allowed: 'json, text', value: String(format) }));
    for (const name of ['from', 'to']) dateOption(args, name, lang);
    const { sessions, availability } = await readSessions(io, sessionsPath, lang);
    const agreement = await readAgreement(io, agreementPath, lang);
    const from = typeof args.options.from === 'string' ? args.options.from : undefined;
    const to = typeof args.options.to === 'string' ? args.options.to : undefined;
    if (from && to && from > to) throw new UsageError(u(lang, 'from-after-to', { from, to }));
    const report = evaluate({ sessions, agreement, availability, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (format === 'text') io.stdout(formatReportText(report, lang));
    else io.stdout(toJsonText(findingsDocument(report)));
    return 0;
  },
};
