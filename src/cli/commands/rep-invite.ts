/**
 * `fyrabend rep invite --period 2026-Q4 --groups groups.json [--k 6] --contact "…" --out invite.json [--lang nb|nn|en]`
 * Makes the representative's invitation (`fyrabend.invite/1`, issue 17): the period, the group lists
 * everyone picks from, k and a contact text. Employees open it with `fyrabend summary --invite` or on the
 * Union summary page; the summaries then carry its id.
 */
import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { contactOk, DEFAULT_K, INVITE_FORMAT, MIN_K, parsePeriod, type Invite } from '../../core/anonymise/index';
import { formatInviteFile } from '../../shared/formats/invite';
import { UsageError, type CliArgs, type CliIo, type Command } from '../command';
import { langOf } from '../db';
import { parseGroupOptions } from '../group-options';
import { readText, requireOption } from '../input-files';
import { r } from '../rep-texts';
import { t } from '../session-texts';
import { u } from '../usage-texts';
import { problemText, formatProblem } from '../../shared/formats/problems';

export const repInviteCommand: Command = {
  name: ['rep', 'invite'],
  summary: 'Make an invitation (fyrabend.invite/1) for employees: the period, the group lists to pick from, k and how to reach you.',
  usage: 'rep invite --period 2026-Q4 --groups groups.json [--k 6] --contact "…" --out invite.json [--lang nb|nn|en]',
  run(args: CliArgs, io: CliIo) {
    const lang = langOf(args, io);
    const period = requireOption(args, 'period', '2026-Q4', lang);
    if (!parsePeriod(period)) throw new UsageError(u(lang, 'bad-period', { value: period }));
    const kOption = args.options.k;
    const k = kOption === undefined ? DEFAULT_K : typeof kOption === 'string' && kOption.trim() !== '' ? Number(kOption) : NaN;
    if (!Number.isInteger(k) || k < MIN_K) throw new UsageError(u(lang, 'bad-k', { min: MIN_K, below: MIN_K - 1, value: String(kOption) }));
    const contactOption = args.options.contact;
    if (typeof contactOption !== 'string') throw new UsageError(r(lang, 'invite-missing-contact'));
    const contact = contactOption.trim();
    if (!contactOk(contact)) throw new UsageError(`--contact ${problemText(formatProblem('$', 'invite.contact'), lang)}`);
    const groupsFile = requireOption(args, 'groups', 'groups.json', lang);
    const groups = parseGroupOptions(readText(io, groupsFile, 'groups', lang), basename(groupsFile), lang);
    const out = requireOption(args, 'out', 'invite.json', lang);
    const invite: Invite = { format: INVITE_FORMAT, id: randomUUID(), period, k, groups, contact };
    const target = resolve(io.cwd, out);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, formatInviteFile(invite));
      renameSync(tmp, target);
    } catch (e) {
      throw new UsageError(t(lang, 'cannot-write', { file: out, detail: e instanceof Error ? e.message : String(e) }));
    }
    io.stdout(`${r(lang, 'invite-done', { id: invite.id, period, out })}\n`);
    return 0;
  },
};
