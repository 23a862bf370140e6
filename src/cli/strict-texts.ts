/** What the strict command line (strict-args.ts) says about a misspelt or misplaced argument, in nb, nn and en. */
import type { Lang } from '../core/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';

const en = {
  unknown: '{option} is not an option of "fyrabend {command}"{hint}',
  hint: ' (did you mean {option}?)',
  'needs-value': '--{name} needs a value, for example --{name} {example}',
  'no-value': '--{name} is a switch and takes no value; write just --{name}',
  stray: '"{word}" is not expected after "fyrabend {command}"; put a value after its option, or quote a text with spaces',
  usage: 'usage: fyrabend {usage}',
};
type Key = keyof typeof en;

export const STRICT_TEXTS = defineCatalog<Key>({
  en,
  nb: {
    unknown: '{option} er ikke et valg for «fyrabend {command}»{hint}',
    hint: ' (mente du {option}?)',
    'needs-value': '--{name} trenger en verdi, for eksempel --{name} {example}',
    'no-value': '--{name} er en bryter og tar ingen verdi; skriv bare --{name}',
    stray: '«{word}» var ikke ventet etter «fyrabend {command}»; sett verdien etter valget sitt, eller sett anførselstegn rundt tekst med mellomrom',
    usage: 'bruk: fyrabend {usage}',
  },
  nn: {
    unknown: '{option} er ikkje eit val for «fyrabend {command}»{hint}',
    hint: ' (meinte du {option}?)',
    'needs-value': '--{name} treng ein verdi, til dømes --{name} {example}',
    'no-value': '--{name} er ein brytar og tek ingen verdi; skriv berre --{name}',
    stray: '«{word}» var ikkje venta etter «fyrabend {command}»; set verdien etter valet sitt, eller set hermeteikn rundt tekst med mellomrom',
    usage: 'bruk: fyrabend {usage}',
  },
});

export function s(lang: Lang, key: Key, params: Params = {}): string {
  return translate(STRICT_TEXTS, lang, key, params);
}
