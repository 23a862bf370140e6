/** What `fyrabend export timesheet` and `fyrabend settings pay` say about their options, in nb, nn and en. */
import type { Lang } from '../core/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';

const en = {
  'flag-value': '--{name} takes no value; write --{name} on its own, not --{name} {value}',
  'submit-again': '--submit and --again cannot be used together: --submit sends what is new, --again repeats what was sent',
  'dry-run-needs': '--dry-run shows what --submit or --again would do; add one of them, or leave --dry-run out for a preview file',
  'pay-show-or-file': 'give --show to print the pay settings, or --file pay.json to set them',
  'pay-show-and-file': '--show and --file cannot be used together; run them one after the other',
  'pay-none': 'No pay settings are stored yet. Set them with: fyrabend settings pay --file pay.json',
  'pay-read': 'could not read {file} ({reason}); check the path',
  'pay-problem': '{file}: {path}: {message}',
  'pay-saved': 'The pay settings from {file} are saved.',
  'dry-run-content': '--- what would be written ---',
};
type Key = keyof typeof en;

export const TIMESHEET_CLI_TEXTS = defineCatalog<Key>({
  en,
  nb: {
    'flag-value': '--{name} tar ingen verdi; skriv --{name} alene, ikke --{name} {value}',
    'submit-again': '--submit og --again kan ikke brukes sammen: --submit sender det som er nytt, --again gjentar det som ble sendt',
    'dry-run-needs': '--dry-run viser hva --submit eller --again ville gjort; legg til en av dem, eller dropp --dry-run for en fil til gjennomsyn',
    'pay-show-or-file': 'bruk --show for å skrive ut lønnsinnstillingene, eller --file lonn.json for å sette dem',
    'pay-show-and-file': '--show og --file kan ikke brukes sammen; kjør dem etter hverandre',
    'pay-none': 'Ingen lønnsinnstillinger er lagret ennå. Sett dem med: fyrabend settings pay --file lonn.json',
    'pay-read': 'kunne ikke lese {file} ({reason}); sjekk stien',
    'pay-problem': '{file}: {path}: {message}',
    'pay-saved': 'Lønnsinnstillingene fra {file} er lagret.',
    'dry-run-content': '--- dette ville blitt skrevet ---',
  },
  nn: {
    'flag-value': '--{name} tek ingen verdi; skriv --{name} åleine, ikkje --{name} {value}',
    'submit-again': '--submit og --again kan ikkje brukast saman: --submit sender det som er nytt, --again gjentek det som vart sendt',
    'dry-run-needs': '--dry-run viser kva --submit eller --again ville gjort; legg til ein av dei, eller dropp --dry-run for ei fil til gjennomsyn',
    'pay-show-or-file': 'bruk --show for å skrive ut lønsinnstillingane, eller --file lon.json for å setje dei',
    'pay-show-and-file': '--show og --file kan ikkje brukast saman; køyr dei etter kvarandre',
    'pay-none': 'Ingen lønsinnstillingar er lagra enno. Set dei med: fyrabend settings pay --file lon.json',
    'pay-read': 'kunne ikkje lese {file} ({reason}); sjekk stien',
    'pay-problem': '{file}: {path}: {message}',
    'pay-saved': 'Lønsinnstillingane frå {file} er lagra.',
    'dry-run-content': '--- dette ville vorte skrive ---',
  },
});

export const tt = (lang: Lang, key: Key, params: Params = {}): string => translate(TIMESHEET_CLI_TEXTS, lang, key, params);
