/** `fyrabend plan --sessions F --agreement F --now ISO [--lead MIN] [--lang nb|nn|en]`: upcoming warnings for an open session ending at `now`. */
import { plan } from '../../core/index';
import { formatProblem, problemText } from '../../shared/formats/problems';
import { parseInstantText } from '../../shared/formats/time-fields';
import { planDocument, toJsonText } from '../../shared/formats/report';
import { UsageError, type CliArgs, type CliIo, type Command, type ExitCode } from '../command';
import { langOf } from '../db';
import { readAgreement, readSessions, requireOption } from '../input-files';
import { u } from '../usage-texts';

export const planCommand: Command = {
  name: ['plan'],
  summary: 'What happens if I keep working? Prints fyrabend.plan/1 JSON for an open session at --now.',
  usage: 'plan --sessions FILE --agreement FILE --now 2026-11-24T15:20:00+01:00 [--lead MINUTES] [--lang nb|nn|en]',
  async run(args: CliArgs, io: CliIo): Promise<ExitCode> {
    const lang = langOf(args, io);
    const sessionsPath = requireOption(args, 'sessions', 'sessions.json', lang);
    const agreementPath = requireOption(args, 'agreement', 'agreement.json', lang);
    const nowText = requireOption(args, 'now', '2026-11-24T15:20:00+01:00', lang);
    const now = parseInstantText(nowText);
    if (!now.ok) throw new UsageError(`--now ${problemText(formatProblem('--now', now.code, now.params), lang)}`);
    const leadText = args.options.lead;
    const lead = leadText === undefined ? 15 : typeof leadText === 'string' && leadText.trim() !== '' ? Number(leadText) : NaN;
    if (!Number.isFinite(lead) || lead < 0 || lead > 240) throw new UsageError(u(lang, 'bad-lead', { value: String(leadText) }));
    const { sessions } = await readSessions(io, sessionsPath, lang);
    const agreement = await readAgreement(io, agreementPath, lang);
    io.stdout(toJsonText(planDocument(plan({ sessions, agreement, now: now.ms, leadMinutes: lead }), agreement.zone)));
    return 0;
  },
};
