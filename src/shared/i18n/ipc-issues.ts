/**
 * What is wrong with a value the window sent over IPC, in bokmål, nynorsk and English. The schemas of
 * src/shared/ipc name their problems with `issueKey` as the zod message, so every sentence comes from
 * here; src/app/api/dispatch.ts renders the key in the user's language. `{limit}` is the bound of the
 * failed `.min`/`.max` check (zod's `minimum`/`maximum`). The `generic.*` texts describe an issue that
 * has no key of its own (see `describeIssue`). Each text is a full sentence: it stands inside
 * "Invalid value in the field “x”: … Correct the field and try again."
 */
import type { Lang } from '../../core/model';
import { GROUP_LABEL_MAX_LENGTH } from '../../core/anonymise/index';
import { defineCatalog, type Params } from './catalog';

export type IpcIssueKey =
  | 'date.like'
  | 'zone.like'
  | 'id.unknown'
  | 'reason.min'
  | 'reason.max'
  | 'note.max'
  | 'session.order'
  | 'session.week'
  | 'lead.min'
  | 'lead.max'
  | 'idle.min'
  | 'idle.max'
  | 'backup.choose'
  | 'period.instantOrder'
  | 'period.dateOrder'
  | 'month.like'
  | 'year.like'
  | 'wageType.max'
  | 'wageType.chars'
  | 'employeeNumber.min'
  | 'employeeNumber.max'
  | 'employeeName.max'
  | 'folder.max'
  | 'summaryPeriod.like'
  | 'label.empty'
  | 'label.tooLong'
  | 'label.characters'
  | 'groupList.max'
  | 'groups.unknown'
  | 'summaryFile.max'
  | 'agreement.max'
  | 'agreement.like'
  | 'files.min'
  | 'files.max'
  | 'k.int'
  | 'k.min'
  | 'senders.int'
  | 'p.range'
  | 'generic.badForm'
  | 'generic.notAllowed';

/** A catalog key used as a zod message (`.min(1, issueKey('reason.min'))`); checked by the compiler. */
export const issueKey = (key: IpcIssueKey): IpcIssueKey => key;

const limit = (p: Params): number => Number(p.limit ?? 0);
const minutes: Record<Lang, (n: number) => string> = {
  nb: (n) => `${n} ${n === 1 ? 'minutt' : 'minutter'}`,
  nn: (n) => `${n} minutt`,
  en: (n) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
};
/** The byte limit of a summary file in kB (a comma in Norwegian). */
const kb = (p: Params, decimal: string): string => String(Math.round((limit(p) / 1024) * 10) / 10).replace('.', decimal);

export const IPC_ISSUE_TEXTS = defineCatalog<IpcIssueKey>({
  nb: {
    'date.like': 'Bruk en dato som 2026-03-28.',
    'zone.like': 'Bruk en tidssone som Europe/Oslo.',
    'id.unknown': 'Ukjent id.',
    'reason.min': 'Skriv en kort grunn for endringen.',
    'reason.max': 'Grunnen kan ha høyst {limit} tegn.',
    'note.max': 'Notatet kan ha høyst {limit} tegn.',
    'session.order': 'Økten må slutte etter at den begynner.',
    'session.week': 'En økt kan ikke være lengre enn en uke; del den opp.',
    'lead.min': (p) => `Varselet før en grense må være ${minutes.nb(limit(p))} eller mer.`,
    'lead.max': (p) => `Varselet før en grense kan være høyst ${minutes.nb(limit(p))}.`,
    'idle.min': (p) => `Tiden før Fyrabend spør om inaktiv tid, må være minst ${minutes.nb(limit(p))}.`,
    'idle.max': (p) => `Tiden før Fyrabend spør om inaktiv tid, kan være høyst ${minutes.nb(limit(p))}.`,
    'backup.choose': 'Velg en sikkerhetskopi fra listen.',
    'period.instantOrder': 'Perioden må slutte etter at den begynner.',
    'period.dateOrder': 'Perioden må slutte samme dag som den begynner eller senere.',
    'month.like': 'Velg en måned som 2026-03.',
    'year.like': 'Velg et år som 2026.',
    'wageType.max': 'En lønnsart kan ha høyst {limit} tegn.',
    'wageType.chars': 'Bruk bare bokstaver, sifre, punktum, bindestrek eller understrek.',
    'employeeNumber.min': 'Fyll inn ansattnummeret.',
    'employeeNumber.max': 'Ansattnummeret kan ha høyst {limit} tegn.',
    'employeeName.max': 'Navnet kan ha høyst {limit} tegn.',
    'folder.max': 'Stien til mappen kan ha høyst {limit} tegn.',
    'summaryPeriod.like': 'Velg en måned som 2026-11 eller et kvartal som 2026-Q4.',
    'label.empty': 'Et gruppenavn kan ikke være tomt; fjern raden i stedet.',
    'label.tooLong': `Et gruppenavn kan ha høyst ${GROUP_LABEL_MAX_LENGTH} tegn.`,
    'label.characters': "Start et gruppenavn med en bokstav eller et siffer, og bruk bare bokstaver, sifre, mellomrom og . , & / ( ) ' + -.",
    'groupList.max': 'En gruppeliste kan ha høyst {limit} navn.',
    'groups.unknown': 'Bruk bare gruppene workplace, department og jobCategory.',
    'summaryFile.max': (p) => `En sammendragsfil kan være høyst ${kb(p, ',')} kB.`,
    'agreement.max': 'En avtale kan være på høyst 1 MB.',
    'agreement.like': 'Velg en avtale i formatet fyrabend.agreement/1.',
    'files.min': 'Velg minst én sammendragsfil.',
    'files.max': 'Velg høyst {limit} filer om gangen.',
    'k.int': 'k må være et helt tall.',
    'k.min': 'k må være minst {limit}: mindre grupper kan ikke anonymiseres.',
    'senders.int': 'Skriv hvor mange personer som leverte filer, som et helt tall på minst 1.',
    'p.range': 'Dominansgrensen må være et tall fra 50 til 85 %.',
    'generic.badForm': 'Verdien har ikke riktig form.',
    'generic.notAllowed': 'Verdien er ikke tillatt her.',
  },
  nn: {
    'date.like': 'Bruk ein dato som 2026-03-28.',
    'zone.like': 'Bruk ei tidssone som Europe/Oslo.',
    'id.unknown': 'Ukjend id.',
    'reason.min': 'Skriv ein kort grunn for endringa.',
    'reason.max': 'Grunnen kan ha høgst {limit} teikn.',
    'note.max': 'Notatet kan ha høgst {limit} teikn.',
    'session.order': 'Økta må slutte etter at ho byrjar.',
    'session.week': 'Ei økt kan ikkje vere lengre enn ei veke; del ho opp.',
    'lead.min': (p) => `Varselet før ei grense må vere ${minutes.nn(limit(p))} eller meir.`,
    'lead.max': (p) => `Varselet før ei grense kan vere høgst ${minutes.nn(limit(p))}.`,
    'idle.min': (p) => `Tida før Fyrabend spør om inaktiv tid, må vere minst ${minutes.nn(limit(p))}.`,
    'idle.max': (p) => `Tida før Fyrabend spør om inaktiv tid, kan vere høgst ${minutes.nn(limit(p))}.`,
    'backup.choose': 'Vel ein tryggingskopi frå lista.',
    'period.instantOrder': 'Perioden må slutte etter at han byrjar.',
    'period.dateOrder': 'Perioden må slutte same dag som han byrjar eller seinare.',
    'month.like': 'Vel ein månad som 2026-03.',
    'year.like': 'Vel eit år som 2026.',
    'wageType.max': 'Ein lønsart kan ha høgst {limit} teikn.',
    'wageType.chars': 'Bruk berre bokstavar, siffer, punktum, bindestrek eller understrek.',
    'employeeNumber.min': 'Fyll inn tilsettnummeret.',
    'employeeNumber.max': 'Tilsettnummeret kan ha høgst {limit} teikn.',
    'employeeName.max': 'Namnet kan ha høgst {limit} teikn.',
    'folder.max': 'Stien til mappa kan ha høgst {limit} teikn.',
    'summaryPeriod.like': 'Vel ein månad som 2026-11 eller eit kvartal som 2026-Q4.',
    'label.empty': 'Eit gruppenamn kan ikkje vere tomt; fjern rada i staden.',
    'label.tooLong': `Eit gruppenamn kan ha høgst ${GROUP_LABEL_MAX_LENGTH} teikn.`,
    'label.characters': "Start eit gruppenamn med ein bokstav eller eit siffer, og bruk berre bokstavar, siffer, mellomrom og . , & / ( ) ' + -.",
    'groupList.max': 'Ei gruppeliste kan ha høgst {limit} namn.',
    'groups.unknown': 'Bruk berre gruppene workplace, department og jobCategory.',
    'summaryFile.max': (p) => `Ei samandragsfil kan vere høgst ${kb(p, ',')} kB.`,
    'agreement.max': 'Ein avtale kan vere på høgst 1 MB.',
    'agreement.like': 'Vel ein avtale i formatet fyrabend.agreement/1.',
    'files.min': 'Vel minst éi samandragsfil.',
    'files.max': 'Vel høgst {limit} filer om gongen.',
    'k.int': 'k må vere eit heilt tal.',
    'k.min': 'k må vere minst {limit}: mindre grupper kan ikkje anonymiserast.',
    'senders.int': 'Skriv kor mange personar som leverte filer, som eit heilt tal på minst 1.',
    'p.range': 'Dominansgrensa må vere eit tal frå 50 til 85 %.',
    'generic.badForm': 'Verdien har ikkje rett form.',
    'generic.notAllowed': 'Verdien er ikkje tillaten her.',
  },
  en: {
    'date.like': 'Use a date like 2026-03-28.',
    'zone.like': 'Use a time zone like Europe/Oslo.',
    'id.unknown': 'Unknown id.',
    'reason.min': 'Give a short reason for the change.',
    'reason.max': 'Keep the reason under {limit} characters.',
    'note.max': 'Keep the note under {limit} characters.',
    'session.order': 'The session must end after it starts.',
    'session.week': 'A session cannot be longer than a week; split it.',
    'lead.min': (p) => `The warning lead must be ${minutes.en(limit(p))} or more.`,
    'lead.max': (p) => `The warning lead can be at most ${minutes.en(limit(p))}.`,
    'idle.min': (p) => `The idle threshold must be at least ${minutes.en(limit(p))}.`,
    'idle.max': (p) => `The idle threshold can be at most ${minutes.en(limit(p))}.`,
    'backup.choose': 'Choose a backup from the list.',
    'period.instantOrder': 'The period must end after it starts.',
    'period.dateOrder': 'The period must end on or after its first day.',
    'month.like': 'Choose a month like 2026-03.',
    'year.like': 'Choose a year like 2026.',
    'wageType.max': 'A wage type has at most {limit} characters.',
    'wageType.chars': 'Use letters, digits, dot, dash or underscore.',
    'employeeNumber.min': 'Fill in the employee number.',
    'employeeNumber.max': 'The employee number has at most {limit} characters.',
    'employeeName.max': 'Keep the name under {limit} characters.',
    'folder.max': 'Keep the folder path under {limit} characters.',
    'summaryPeriod.like': 'Choose a month like 2026-11 or a quarter like 2026-Q4.',
    'label.empty': 'A label cannot be empty; remove the row instead.',
    'label.tooLong': `A label can be at most ${GROUP_LABEL_MAX_LENGTH} characters.`,
    'label.characters': "Start a label with a letter or digit and use only letters, digits, spaces and . , & / ( ) ' + -.",
    'groupList.max': 'A group list can have at most {limit} labels.',
    'groups.unknown': 'Use only the groups workplace, department and jobCategory.',
    'summaryFile.max': (p) => `A summary file can be at most ${kb(p, '.')} kB.`,
    'agreement.max': 'An agreement can be at most 1 MB.',
    'agreement.like': 'Choose an agreement in the format fyrabend.agreement/1.',
    'files.min': 'Choose at least one summary file.',
    'files.max': 'Choose at most {limit} files at a time.',
    'k.int': 'k must be a whole number.',
    'k.min': 'k must be at least {limit}: smaller groups cannot be anonymised.',
    'senders.int': 'Enter how many people handed in files, as a whole number of at least 1.',
    'p.range': 'The dominance limit must be a number from 50 to 85 %.',
    'generic.badForm': 'The value does not have the right form.',
    'generic.notAllowed': 'The value is not allowed here.',
  },
});

/** True when a zod message is a key of this catalog (the schemas' own messages are). */
export const isIssueKey = (message: string): message is IpcIssueKey => Object.hasOwn(IPC_ISSUE_TEXTS.en, message);
