/** The `--invite FILE` option of `summary` and `rep aggregate` (issue 17): read bounded, parsed strictly, one clear sentence on a problem. */
import { basename, resolve } from 'node:path';
import type { Invite } from '../core/anonymise/index';
import type { Lang } from '../core/model';
import { ioReason, problemsText } from '../shared/formats/problems';
import { MAX_INVITE_BYTES, parseInviteFile } from '../shared/formats/invite';
import { translate } from '../shared/i18n/catalog';
import { SUMMARY_TEXTS } from '../app/summary/index';
import { readBounded } from './bounded-read';
import { UsageError, type CliArgs, type CliIo } from './command';
import { r } from './rep-texts';

export function readInviteOption(args: CliArgs, io: CliIo, lang: Lang): Invite | null {
  const v = args.options.invite;
  if (v === undefined) return null;
  const path = typeof v === 'string' ? v : '';
  const file = basename(path);
  let read;
  try {
    read = readBounded(resolve(io.cwd, path), { maxBytes: MAX_INVITE_BYTES, timeoutMs: 5000 });
  } catch (e) {
    throw new UsageError(`${file || '--invite'} ${ioReason(e, lang)}.`);
  }
  if (!read.ok) {
    const reason =
      read.problem === 'not-regular'
        ? translate(SUMMARY_TEXTS, lang, 'readNotRegular', { file })
        : read.problem === 'timeout'
          ? translate(SUMMARY_TEXTS, lang, 'readTimeout', { file, seconds: read.seconds })
          : translate(SUMMARY_TEXTS, lang, 'inviteTooLarge', { file, kb: MAX_INVITE_BYTES / 1024 });
    throw new UsageError(reason);
  }
  const parsed = parseInviteFile(read.text);
  if (!parsed.ok) throw new UsageError(r(lang, 'invite-read', { file, reason: problemsText(null, parsed.error, lang, 1) }));
  return parsed.value;
}
