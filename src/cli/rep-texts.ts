/**
 * What `fyrabend rep aggregate`, `rep invite` and `summary --invite` say about the options of issue 17
 * (senders, dominance, invitations) and their results, in nb, nn and en.
 */
import type { Lang } from '../core/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';
import { countedText } from '../shared/i18n/plural';

const en = {
  'senders-missing': 'say how many people handed in files: --senders N (the report is refused when the files hold more people than that)',
  'senders-bad': '--senders must be a whole number of at least 1, not "{value}"',
  'p-bad': '--p must be a number from {min} to {max} (no single person may hold more than p % of a figure), not "{value}"',
  replaced: '{file} was replaced by {of}: a newer summary of the same person and period.',
  same: '{file} is the same person and week as {of}; counted once.',
  'other-invite': '{file}: it was not made for this invitation.',
  done: countedText('en', '{files|file|files} read, {ids|person|people} (different ids) for {period} combined, handed in by {senders} (k = {k}, p = {p} %); {skipped} skipped, {replaced} replaced, {duplicates|duplicate|duplicates}. Written: {out}'),
  'invite-missing-contact': 'missing --contact; for example --contact "Kari, union representative, kari@example.org"',
  'invite-done': 'Invitation {id} for {period} written: {out}. Send it to everyone asked to hand in a summary.',
  'invite-read': '{file}: {reason}',
  'invite-period': '--period {period} is not the invitation\'s period {invite}; leave --period out or use the invitation\'s',
} as const;

type Key = keyof typeof en;

const REP_TEXTS = defineCatalog<Key>({
  en,
  nb: {
    'senders-missing': 'si hvor mange personer som leverte filer: --senders N (rapporten lages ikke når filene gjelder flere personer enn det)',
    'senders-bad': '--senders må være et helt tall på minst 1, ikke «{value}»',
    'p-bad': '--p må være et tall fra {min} til {max} (ingen enkeltperson kan stå for mer enn p % av et tall), ikke «{value}»',
    replaced: '{file} ble erstattet av {of}: et nyere sammendrag fra samme person og periode.',
    same: '{file} gjelder samme person og uke som {of}; telt én gang.',
    'other-invite': '{file}: det ble ikke laget for denne invitasjonen.',
    done: countedText('nb', '{files|fil|filer} lest, {ids|person|personer} (ulike id-er) for {period} slått sammen, levert av {senders} (k = {k}, p = {p} %); hoppet over: {skipped}, erstattet: {replaced}, telt én gang: {duplicates}. Lagret: {out}'),
    'invite-missing-contact': 'mangler --contact; for eksempel --contact "Kari, tillitsvalgt, kari@example.org"',
    'invite-done': 'Invitasjon {id} for {period} lagret: {out}. Send den til alle som blir bedt om et sammendrag.',
    'invite-read': '{file}: {reason}',
    'invite-period': '--period {period} er ikke invitasjonens periode {invite}; utelat --period eller bruk invitasjonens',
  },
  nn: {
    'senders-missing': 'sei kor mange personar som leverte filer: --senders N (rapporten blir ikkje laga når filene gjeld fleire personar enn det)',
    'senders-bad': '--senders må vere eit heilt tal på minst 1, ikkje «{value}»',
    'p-bad': '--p må vere eit tal frå {min} til {max} (ingen einskildperson kan stå for meir enn p % av eit tal), ikkje «{value}»',
    replaced: '{file} vart bytt ut med {of}: eit nyare samandrag frå same person og periode.',
    same: '{file} gjeld same person og veke som {of}; talt éin gong.',
    'other-invite': '{file}: det vart ikkje laga for denne invitasjonen.',
    done: countedText('nn', '{files|fil lesen|filer lesne}, {ids|person|personar} (ulike id-ar) for {period} slått saman, leverte av {senders} (k = {k}, p = {p} %); hoppa over: {skipped}, bytte ut: {replaced}, talt éin gong: {duplicates}. Lagra: {out}'),
    'invite-missing-contact': 'manglar --contact; til dømes --contact "Kari, tillitsvald, kari@example.org"',
    'invite-done': 'Invitasjon {id} for {period} lagra: {out}. Send henne til alle som blir bedne om eit samandrag.',
    'invite-read': '{file}: {reason}',
    'invite-period': '--period {period} er ikkje perioden i invitasjonen, {invite}; la vere å gje --period eller bruk perioden i invitasjonen',
  },
});

export function r(lang: Lang, key: Key, params: Params = {}): string {
  return translate(REP_TEXTS, lang, key, params);
}
