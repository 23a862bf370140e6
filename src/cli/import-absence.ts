/**
 * `fyrabend import` of a `fyrabend.absence/1` file (issue 15): the checks beyond the format's own
 * (real calendar dates, kinds, hours, the sick-note and paid fields, in src/shared/formats/absence.ts).
 * Absence is never entered twice: a full-day absence that shares a date with another absence in the
 * same file or in the log is refused, naming the other one; two part days may share a date (3 h of
 * sick leave and 2 h of leave). An entry equal to a recorded one (kind, dates, hours, sick note,
 * paid) is skipped, so importing the same file twice adds nothing. The file is swept once in date
 * order (O(n log n) plus the overlaps found); the log's absences of the file's date span are read in
 * one query. The texts are in nb, nn and en.
 */
import type { Absence } from '../core/absence/model';
import type { Lang } from '../core/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';
import { countedText, plural } from '../shared/i18n/plural';

type Key = 'imported' | 'overlap-file' | 'overlap-log';

const TEXTS = defineCatalog<Key>({
  en: {
    imported: (p) =>
      `Imported ${plural('en', Number(p.added ?? 0), { one: '{n} absence', other: '{n} absences' })}; ${plural('en', Number(p.skipped ?? 0), { one: '{n} was', other: '{n} were' })} already in the log.`,
    'overlap-file': 'shares {dates} with {other} in the same file; an absence is entered once, and a full day shares its date with no other absence',
    'overlap-log': 'shares {dates} with the recorded absence {kind} {from}–{to}; remove it from the file or correct the absence first',
  },
  nb: {
    imported: countedText('nb', 'Importerte {added|fraværsperiode|fraværsperioder}; {skipped} fantes allerede i loggen.'),
    'overlap-file': 'har {dates} felles med {other} i samme fil; et fravær føres bare én gang, og en hel fraværsdag deler ikke dato med annet fravær',
    'overlap-log': 'har {dates} felles med det registrerte fraværet {kind} {from}–{to}; fjern det fra filen eller rett fraværet først',
  },
  nn: {
    imported: countedText('nn', 'Importerte {added|fråværsperiode|fråværsperiodar}; {skipped} fanst frå før i loggen.'),
    'overlap-file': 'har {dates} sams med {other} i same fila; eit fråvær vert ført berre éin gong, og ein heil fråværsdag deler ikkje dato med anna fråvær',
    'overlap-log': 'har {dates} sams med det registrerte fråværet {kind} {from}–{to}; fjern det frå fila eller rett fråværet først',
  },
});

export const absenceImportText = (lang: Lang, key: Key, params: Params = {}): string => translate(TEXTS, lang, key, params);

/** A problem of the import, with the JSON path of the file's entry. */
export interface AbsenceImportProblem {
  readonly path: string;
  readonly text: string;
}

const same = (a: Absence, b: Absence): boolean =>
  a.kind === b.kind && a.from === b.from && a.to === b.to && a.hours === b.hours && (a.document ?? null) === (b.document ?? null) && (a.paid ?? null) === (b.paid ?? null);

const clash = (a: Absence, b: Absence): boolean => a.from <= b.to && b.from <= a.to && (a.hours === null || b.hours === null);

const shared = (a: Absence, b: Absence): string => {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from === to ? from : `${from}–${to}`;
};

/** The date span of the file, or null when it is empty. */
export function absenceSpan(file: readonly Absence[]): { from: string; to: string } | null {
  if (file.length === 0) return null;
  let from = file[0]!.from;
  let to = file[0]!.to;
  for (const a of file) {
    if (a.from < from) from = a.from;
    if (a.to > to) to = a.to;
  }
  return { from, to };
}

/**
 * What to add (file order), how many are skipped, and every problem in the file's order (one per
 * entry: a clash inside the file first, else the first recorded absence it clashes with).
 */
export function planAbsenceImport(file: readonly Absence[], recorded: readonly Absence[], lang: Lang): { add: Absence[]; skipped: number; problems: AbsenceImportProblem[] } {
  const problems = new Map<number, AbsenceImportProblem>();
  // Within the file: sweep by start date, keeping the entries whose end is not yet passed.
  const order = file.map((_, i) => i).sort((a, b) => (file[a]!.from < file[b]!.from ? -1 : file[a]!.from > file[b]!.from ? 1 : a - b));
  let active: number[] = [];
  for (const i of order) {
    const a = file[i]!;
    active = active.filter((j) => file[j]!.to >= a.from);
    const other = active.find((j) => clash(file[j]!, a) || same(file[j]!, a));
    if (other !== undefined) {
      const [first, second] = other < i ? [other, i] : [i, other];
      if (!problems.has(second)) problems.set(second, { path: `$.absences[${second}]`, text: absenceImportText(lang, 'overlap-file', { dates: shared(file[first]!, file[second]!), other: `$.absences[${first}]` }) });
    }
    active.push(i);
  }
  const add: Absence[] = [];
  let skipped = 0;
  file.forEach((a, i) => {
    if (recorded.some((r) => same(r, a))) {
      skipped++;
      return;
    }
    const r = recorded.find((x) => clash(x, a));
    if (r && !problems.has(i)) problems.set(i, { path: `$.absences[${i}]`, text: absenceImportText(lang, 'overlap-log', { dates: shared(r, a), kind: r.kind, from: r.from, to: r.to }) });
    add.push(a);
  });
  return { add, skipped, problems: [...problems.entries()].sort((x, y) => x[0] - y[0]).map(([, p]) => p) };
}
