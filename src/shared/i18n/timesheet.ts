/** Texts of the payroll timesheet export (issue 7): column headers, the printable layout, and errors. */
import { defineCatalog, type Entry } from './catalog';

type Key =
  | 'col.type'
  | 'col.date'
  | 'col.weekday'
  | 'col.week'
  | 'col.start'
  | 'col.end'
  | 'col.sessions'
  | 'col.breaks'
  | 'col.worked'
  | 'col.agreed'
  | 'col.amlOvertime'
  | 'col.correctsPeriod'
  | 'col.overtimeReason'
  | 'col.timeOff'
  | 'timeOffLine'
  | 'col.absence'
  | 'col.absenceDetail'
  | 'col.absenceHours'
  | 'col.absenceWageType'
  | 'row.absence'
  | 'absence'
  | 'absenceNone'
  | 'absenceNoWageType'
  | 'absenceCorrections'
  | 'absenceKind.ferie'
  | 'absenceKind.sykdom'
  | 'absenceKind.sykt-barn'
  | 'absenceKind.avspasering'
  | 'absenceKind.permisjon'
  | 'absenceKind.annet'
  | 'absenceDoc.egenmelding'
  | 'absenceDoc.sykmelding'
  | 'absencePaid.true'
  | 'absencePaid.false'
  | 'breaksNote'
  | 'payClasses'
  | 'class.normal'
  | 'class.merarbeid'
  | 'class.overtime'
  | 'class.night'
  | 'class.sunday'
  | 'class.on-call'
  | 'row.day'
  | 'row.total'
  | 'row.correction'
  | 'title'
  | 'legal'
  | 'employee'
  | 'employeeNumber'
  | 'period'
  | 'generated'
  | 'wageType'
  | 'quantity'
  | 'payLines'
  | 'corrections'
  | 'correctionsNone'
  | 'correctionAction.add'
  | 'correctionAction.edit'
  | 'correctionAction.delete'
  | 'correctionBefore'
  | 'correctionAfter'
  | 'correctionReason'
  | 'resubmission'
  | 'placement'
  | 'signEmployee'
  | 'signEmployer'
  | 'signDate'
  | 'total'
  | 'error.noSettings'
  | 'error.noEmployeeNumber'
  | 'error.vismaEmployeeNumber'
  | 'error.vismaWageType'
  | 'error.unmapped'
  | 'error.emptyPeriod'
  | 'error.badPeriod'
  | 'error.badFormat'
  | 'error.noAgreement'
  | 'error.overtimeRules'
  | 'error.nothingNew'
  | 'error.write'
  | 'error.nothingNewSubmit'
  | 'error.notSent'
  | 'repeatNote'
  | 'done'
  | 'done.preview'
  | 'done.submit'
  | 'done.again'
  | 'done.locked'
  | 'done.corrected'
  | 'dryRun'
  | 'dryRun.locks'
  | 'dryRun.corrections'
  | 'field.department'
  | 'field.project'
  | 'error.vismaFormula'
  | 'error.vismaSeparator'
  | 'error.vismaControl'
  | 'error.vismaEncoding';

const nb: Record<Key, Entry> = {
  'col.absence': 'Fravær',
  'col.absenceDetail': 'Fraværsdetalj',
  'col.absenceHours': 'Fravær (t)',
  'col.absenceWageType': 'Lønnsart fravær',
  'row.absence': 'fravær',
  absence: 'Fravær',
  absenceNone: 'Ingen fravær registrert i perioden.',
  absenceNoWageType: 'ingen lønnsart (føres i et annet system)',
  absenceCorrections: 'Korrigert fravær',
  'absenceKind.ferie': 'Ferie',
  'absenceKind.sykdom': 'Sykdom',
  'absenceKind.sykt-barn': 'Sykt barn',
  'absenceKind.avspasering': 'Avspasering',
  'absenceKind.permisjon': 'Permisjon',
  'absenceKind.annet': 'Annet fravær',
  'absenceDoc.egenmelding': 'egenmelding',
  'absenceDoc.sykmelding': 'sykmelding',
  'absencePaid.true': 'med lønn',
  'absencePaid.false': 'uten lønn',
  'col.type': 'Type',
  'col.date': 'Dato',
  'col.weekday': 'Ukedag',
  'col.week': 'Uke',
  'col.start': 'Start',
  'col.end': 'Slutt',
  'col.sessions': 'Arbeidsperioder',
  'col.breaks': 'Pauser (t)',
  'col.worked': 'Arbeidet (t)',
  'col.agreed': 'Avtalt (t)',
  'col.amlOvertime': 'Overtid aml. § 10-6 (t)',
  'col.correctsPeriod': 'Korrigerer periode',
  'col.overtimeReason': 'Grunnlag for overtid',
  'col.timeOff': 'Overtid til avspasering (t)',
  timeOffLine: 'Overtid tatt ut som avspasering (ikke utbetalt, står i fleksisaldoen)',
  breaksNote: 'Pauser er opphold inne i en arbeidsøkt (opphold på inntil 2 timer); et lengre opphold avslutter økten og telles ikke som pause.',
  payClasses: 'Lønnsklasser',
  'class.normal': 'Normaltid (t)',
  'class.merarbeid': 'Merarbeid (t)',
  'class.overtime': 'Overtid {percent} % (t)',
  'class.night': 'Natt (t)',
  'class.sunday': 'Søn-/helligdag (t)',
  'class.on-call': 'Beredskapsvakt (t)',
  'row.day': 'dag',
  'row.total': 'sum',
  'row.correction': 'korrigering',
  title: 'Timeliste',
  legal: 'Oversikt over arbeidstid etter arbeidsmiljøloven § 10-7: dato, start og slutt på hver arbeidsperiode, pauser og overtid.',
  employee: 'Arbeidstaker',
  employeeNumber: 'Ansattnummer',
  period: 'Periode',
  generated: 'Laget',
  wageType: 'Lønnsart',
  quantity: 'Antall timer',
  payLines: 'Lønnslinjer',
  corrections: 'Korrigeringer av perioder som allerede er sendt til lønn',
  correctionsNone: 'Ingen korrigeringer.',
  'correctionAction.add': 'lagt til',
  'correctionAction.edit': 'endret',
  'correctionAction.delete': 'slettet',
  correctionBefore: 'Før',
  correctionAfter: 'Etter',
  correctionReason: 'Grunn',
  resubmission: 'Perioden ble sendt til lønn {date}. Tallene under er slik loggen er nå; endringene siden er listet som korrigeringer.',
  placement:
    'Overtid legges på den siste arbeidstiden: dagens overskudd over 9 t på slutten av dagen, ukens overskudd over 40 t på de siste arbeidsdagene i uken, merarbeid rett før.',
  signEmployee: 'Signatur arbeidstaker',
  signEmployer: 'Signatur arbeidsgiver',
  signDate: 'Dato',
  total: 'Sum',
  'error.noSettings': 'Lønnsinnstillingene er ikke fylt ut. Fyll inn ansattnummer og lønnsarter under Innstillinger → Lønn før du eksporterer timelister.',
  'error.noEmployeeNumber': 'Ansattnummeret mangler. Fyll det inn under Innstillinger → Lønn før du eksporterer timelister.',
  'error.vismaEmployeeNumber': 'Visma Lønn krever et ansattnummer med bare sifre, men det står «{value}». Rett det under Innstillinger → Lønn.',
  'error.vismaWageType': 'Visma Lønn krever lønnsarter med bare sifre, men {cls} har «{value}». Rett det under Innstillinger → Lønn.',
  'error.unmapped': 'Disse lønnsklassene har timer, men mangler lønnsart: {classes}. Fyll inn lønnsart for dem under Innstillinger → Lønn.',
  'error.emptyPeriod': 'Det er ingen registrert arbeid i {period}. Velg en periode med arbeid, eller registrer øktene først.',
  'error.badPeriod': 'Perioden «{value}» er ugyldig: skriv en måned som 2026-11 eller et år som 2026, fra årene 1970–2199.',
  'error.badFormat': 'Formatet «{value}» finnes ikke. Velg ett av: csv, csv-excel, xlsx, json, visma, html.',
  'error.noAgreement': 'Ingen arbeidstidsavtale er lagret for {period}. Fyll inn avtalt arbeidstid under Avtale før du eksporterer.',
  'error.overtimeRules': 'Overtidsreglene kan ikke brukes ({details}). Hver overtidsklasse trenger et entydig navn og minst 40 % tillegg (aml. § 10-6 (11)).',
  'error.nothingNew': '{period} ble sendt til lønn {date}, og ingenting er endret siden. Det er ingenting nytt å sende til Visma.',
  'error.write': 'Kunne ikke skrive filen {path} ({reason}). Velg en annen mappe eller et annet filnavn.',
  done: 'Timelisten for {period} er lagret i {path}.',
  'error.nothingNewSubmit': '{period} ble sendt til lønn {date}, og ingenting er endret siden. Det er ingenting nytt å sende. Trenger du filen på nytt, velg «Eksporter hele måneden på nytt».',
  'error.notSent': '{months} er ikke sendt til lønn ennå, så det er ingenting å eksportere på nytt. Bruk «Send til lønn» (--submit) for å sende.',
  repeatNote: 'Dette er en ny utskrift av det som ble sendt til lønn {date}. Det er ikke en ny innsending.',
  'done.preview': 'En forhåndsvisning av timelisten for {period} er lagret i {path}. Ingenting er merket som sendt til lønn.',
  'done.submit': 'Timelisten for {period} er lagret i {path} og sendt til lønn.',
  'done.again': 'Timelisten for {period} er lagret i {path}. Den gjentar det som ble sendt til lønn {date}; ingenting nytt er merket som sendt.',
  'done.locked': 'Merket som sendt til lønn: {months}.',
  'done.corrected': 'Filen har korrigeringer til: {months}.',
  dryRun: 'Prøvekjøring: ingenting er skrevet og ingenting er merket som sendt. Filen {path} ville fått {bytes} byte ({format}).',
  'dryRun.locks': 'Ville blitt merket som sendt til lønn: {months}.',
  'dryRun.corrections': 'Ville hatt korrigeringer til: {months}.',
  'field.department': 'Avdeling',
  'field.project': 'Prosjekt',
  'error.vismaFormula': '{field} i Visma-innstillingene starter med «{char}». En verdi som starter med = + - eller @ kan bli kjørt som en formel hvis filen åpnes i et regneark. Fjern tegnet under Innstillinger → Lønn.',
  'error.vismaSeparator': '{field} i Visma-innstillingene inneholder «{char}», som skiller feltene i Visma-filen. Fjern tegnet under Innstillinger → Lønn.',
  'error.vismaControl': '{field} i Visma-innstillingene inneholder et usynlig styretegn ({char}). Skriv verdien på nytt under Innstillinger → Lønn.',
  'error.vismaEncoding': '{field} i Visma-innstillingene inneholder «{char}», som tegnsettet {encoding} ikke har. Bytt tegnet, eller velg UTF-8 med BOM som tegnsett under Innstillinger → Lønn.',
};

const nn: Record<Key, Entry> = {
  'col.type': 'Type',
  'col.date': 'Dato',
  'col.weekday': 'Vekedag',
  'col.week': 'Veke',
  'col.start': 'Start',
  'col.end': 'Slutt',
  'col.worked': 'Arbeidd (t)',
  'col.agreed': 'Avtalt (t)',
  'col.amlOvertime': 'Overtid aml. § 10-6 (t)',
  'class.normal': 'Normaltid (t)',
  'class.overtime': 'Overtid {percent} % (t)',
  'class.night': 'Natt (t)',
  'class.on-call': 'Beredskapsvakt (t)',
  'row.day': 'dag',
  'row.total': 'sum',
  title: 'Timeliste',
  period: 'Periode',
  quantity: 'Tal på timar',
  signDate: 'Dato',
  total: 'Sum',
  'col.absence': 'Fråvær',
  'col.absenceDetail': 'Fråværsdetalj',
  'col.absenceHours': 'Fråvær (t)',
  'col.absenceWageType': 'Lønsart for fråvær',
  'row.absence': 'fråvær',
  absence: 'Fråvær',
  absenceNone: 'Ikkje noko fråvær registrert i perioden.',
  absenceNoWageType: 'inga lønsart (vert ført i eit anna system)',
  absenceCorrections: 'Retta fråvær',
  'absenceKind.ferie': 'Ferie',
  'absenceKind.sykdom': 'Sjukdom',
  'absenceKind.sykt-barn': 'Sjukt barn',
  'absenceKind.avspasering': 'Avspasering',
  'absenceKind.permisjon': 'Permisjon',
  'absenceKind.annet': 'Anna fråvær',
  'absenceDoc.egenmelding': 'eigenmelding',
  'absenceDoc.sykmelding': 'sjukmelding',
  'absencePaid.true': 'med løn',
  'absencePaid.false': 'utan løn',
  'col.sessions': 'Arbeidsperiodar',
  'col.breaks': 'Pausar (t)',
  'col.correctsPeriod': 'Rettar periode',
  'col.overtimeReason': 'Grunnlag for overtid',
  'col.timeOff': 'Overtid til avspasering (t)',
  timeOffLine: 'Overtid teken ut som avspasering (ikkje utbetalt, står i fleksisaldoen)',
  breaksNote: 'Pausar er opphald inne i ei arbeidsøkt (opphald på inntil 2 timar); eit lengre opphald avsluttar økta og vert ikkje rekna som pause.',
  payClasses: 'Lønsklassar',
  'class.merarbeid': 'Meirarbeid (t)',
  'class.sunday': 'Sun-/heilagdag (t)',
  'row.correction': 'retting',
  legal: 'Oversikt over arbeidstid etter arbeidsmiljølova § 10-7: dato, start og slutt på kvar arbeidsperiode, pausar og overtid.',
  employee: 'Arbeidstakar',
  employeeNumber: 'Tilsettnummer',
  generated: 'Laga',
  wageType: 'Lønsart',
  payLines: 'Lønslinjer',
  corrections: 'Rettingar av periodar som alt er sende til løn',
  correctionsNone: 'Ingen rettingar.',
  'correctionAction.add': 'lagt til',
  'correctionAction.edit': 'endra',
  'correctionAction.delete': 'sletta',
  correctionBefore: 'Før',
  correctionAfter: 'Etter',
  correctionReason: 'Grunn',
  resubmission: 'Perioden vart send til løn {date}. Tala under er slik loggen er no; endringane sidan er lista som rettingar.',
  placement:
    'Overtid vert lagd på den siste arbeidstida: overskotet til dagen over 9 t på slutten av dagen, overskotet til veka over 40 t på dei siste arbeidsdagane i veka, meirarbeid rett før.',
  signEmployee: 'Signatur arbeidstakar',
  signEmployer: 'Signatur arbeidsgivar',
  'error.noSettings': 'Lønsinnstillingane er ikkje fylte ut. Fyll inn tilsettnummer og lønsartar under Innstillingar → Løn før du eksporterer timelister.',
  'error.noEmployeeNumber': 'Tilsettnummeret manglar. Fyll det inn under Innstillingar → Løn før du eksporterer timelister.',
  'error.vismaEmployeeNumber': 'Visma Lønn krev eit tilsettnummer med berre siffer, men det står «{value}». Rett det under Innstillingar → Løn.',
  'error.vismaWageType': 'Visma Lønn krev lønsartar med berre siffer, men {cls} har «{value}». Rett det under Innstillingar → Løn.',
  'error.unmapped': 'Desse lønsklassane har timar, men manglar lønsart: {classes}. Fyll inn lønsart for dei under Innstillingar → Løn.',
  'error.emptyPeriod': 'Det er inkje registrert arbeid i {period}. Vel ein periode med arbeid, eller registrer øktene først.',
  'error.badPeriod': 'Perioden «{value}» er ugyldig: skriv ein månad som 2026-11 eller eit år som 2026, frå åra 1970–2199.',
  'error.badFormat': 'Formatet «{value}» finst ikkje. Vel eitt av: csv, csv-excel, xlsx, json, visma, html.',
  'error.noAgreement': 'Inga arbeidstidsavtale er lagra for {period}. Fyll inn avtalt arbeidstid under Avtale før du eksporterer.',
  'error.overtimeRules': 'Overtidsreglane kan ikkje brukast ({details}). Kvar overtidsklasse treng eit eintydig namn og minst 40 % tillegg (aml. § 10-6 (11)).',
  'error.nothingNew': '{period} vart send til løn {date}, og inkje er endra sidan. Det er inkje nytt å sende til Visma.',
  'error.write': 'Kunne ikkje skrive fila {path} ({reason}). Vel ei anna mappe eller eit anna filnamn.',
  done: 'Timelista for {period} er lagra i {path}.',
  'error.nothingNewSubmit': '{period} vart send til løn {date}, og inkje er endra sidan. Det er inkje nytt å sende. Treng du fila på nytt, vel «Eksporter heile månaden på nytt».',
  'error.notSent': '{months} er ikkje send til løn enno, så det er inkje å eksportere på nytt. Bruk «Send til løn» (--submit) for å sende.',
  repeatNote: 'Dette er ei ny utskrift av det som vart sendt til løn {date}. Det er ikkje ei ny innsending.',
  'done.preview': 'Ei førehandsvising av timelista for {period} er lagra i {path}. Inkje er merkt som sendt til løn.',
  'done.submit': 'Timelista for {period} er lagra i {path} og send til løn.',
  'done.again': 'Timelista for {period} er lagra i {path}. Ho gjentek det som vart sendt til løn {date}; inkje nytt er merkt som sendt.',
  'done.locked': 'Merkt som sendt til løn: {months}.',
  'done.corrected': 'Fila har rettingar til: {months}.',
  dryRun: 'Prøvekøyring: inkje er skrive og inkje er merkt som sendt. Fila {path} ville fått {bytes} byte ({format}).',
  'dryRun.locks': 'Ville vorte merkt som sendt til løn: {months}.',
  'dryRun.corrections': 'Ville hatt rettingar til: {months}.',
  'field.department': 'Avdeling',
  'field.project': 'Prosjekt',
  'error.vismaFormula': '{field} i Visma-innstillingane byrjar med «{char}». Ein verdi som byrjar med = + - eller @ kan verte køyrd som ein formel om fila vert opna i eit rekneark. Fjern teiknet under Innstillingar → Løn.',
  'error.vismaSeparator': '{field} i Visma-innstillingane inneheld «{char}», som skil felta i Visma-fila. Fjern teiknet under Innstillingar → Løn.',
  'error.vismaControl': '{field} i Visma-innstillingane inneheld eit usynleg styreteikn ({char}). Skriv verdien på nytt under Innstillingar → Løn.',
  'error.vismaEncoding': '{field} i Visma-innstillingane inneheld «{char}», som teiknsettet {encoding} ikkje har. Byt teiknet, eller vel UTF-8 med BOM som teiknsett under Innstillingar → Løn.',
};

const en: Record<Key, Entry> = {
  'col.absence': 'Absence',
  'col.absenceDetail': 'Absence detail',
  'col.absenceHours': 'Absence (h)',
  'col.absenceWageType': 'Absence wage type',
  'row.absence': 'absence',
  absence: 'Absence',
  absenceNone: 'No absence recorded in the period.',
  absenceNoWageType: 'no wage type (kept in another system)',
  absenceCorrections: 'Corrected absence',
  'absenceKind.ferie': 'Holiday',
  'absenceKind.sykdom': 'Sick leave',
  'absenceKind.sykt-barn': 'Sick child',
  'absenceKind.avspasering': 'Time off in lieu',
  'absenceKind.permisjon': 'Leave',
  'absenceKind.annet': 'Other absence',
  'absenceDoc.egenmelding': 'self-certification (egenmelding)',
  'absenceDoc.sykmelding': "doctor's note (sykmelding)",
  'absencePaid.true': 'paid',
  'absencePaid.false': 'unpaid',
  'col.type': 'Type',
  'col.date': 'Date',
  'col.weekday': 'Weekday',
  'col.week': 'Week',
  'col.start': 'Start',
  'col.end': 'End',
  'col.sessions': 'Work periods',
  'col.breaks': 'Breaks (h)',
  'col.worked': 'Worked (h)',
  'col.agreed': 'Agreed (h)',
  'col.amlOvertime': 'Overtime AML § 10-6 (h)',
  'col.correctsPeriod': 'Corrects period',
  'col.overtimeReason': 'Basis for overtime',
  'col.timeOff': 'Overtime taken as time off (h)',
  timeOffLine: 'Overtime taken as time off in lieu (not paid, kept in the flexitime balance)',
  breaksNote: 'Breaks are gaps inside a working stretch (gaps of up to 2 hours); a longer gap ends the stretch and is not counted as a break.',
  payClasses: 'Pay classes',
  'class.normal': 'Normal hours (h)',
  'class.merarbeid': 'Additional hours, merarbeid (h)',
  'class.overtime': 'Overtime {percent} % (h)',
  'class.night': 'Night (h)',
  'class.sunday': 'Sunday/holiday (h)',
  'class.on-call': 'On-call (h)',
  'row.day': 'day',
  'row.total': 'total',
  'row.correction': 'correction',
  title: 'Timesheet',
  legal: 'Record of working hours under the Working Environment Act § 10-7: date, start and end of each work period, breaks and overtime.',
  employee: 'Employee',
  employeeNumber: 'Employee number',
  period: 'Period',
  generated: 'Generated',
  wageType: 'Wage type',
  quantity: 'Hours',
  payLines: 'Pay lines',
  corrections: 'Corrections to periods already sent to payroll',
  correctionsNone: 'No corrections.',
  'correctionAction.add': 'added',
  'correctionAction.edit': 'changed',
  'correctionAction.delete': 'deleted',
  correctionBefore: 'Before',
  correctionAfter: 'After',
  correctionReason: 'Reason',
  resubmission: 'This period was sent to payroll on {date}. The figures below are the log as it is now; changes since then are listed as corrections.',
  placement:
    "Overtime is placed on the latest work: a day's excess over 9 h at the end of that day, the week's excess over 40 h on the last work days of the week, merarbeid just before.",
  signEmployee: 'Employee signature',
  signEmployer: 'Employer signature',
  signDate: 'Date',
  total: 'Total',
  'error.noSettings': 'The payroll settings are not filled in. Fill in your employee number and wage types under Settings → Payroll before exporting timesheets.',
  'error.noEmployeeNumber': 'The employee number is missing. Fill it in under Settings → Payroll before exporting timesheets.',
  'error.vismaEmployeeNumber': 'Visma Lønn needs an employee number of digits only, but it is "{value}". Correct it under Settings → Payroll.',
  'error.vismaWageType': 'Visma Lønn needs wage types of digits only, but {cls} has "{value}". Correct it under Settings → Payroll.',
  'error.unmapped': 'These pay classes have hours but no wage type: {classes}. Fill in a wage type for each under Settings → Payroll.',
  'error.emptyPeriod': 'There is no logged work in {period}. Pick a period with work, or log the sessions first.',
  'error.badPeriod': 'The period "{value}" is not valid: write a month like 2026-11 or a year like 2026, from the years 1970–2199.',
  'error.badFormat': 'There is no format "{value}". Pick one of: csv, csv-excel, xlsx, json, visma, html.',
  'error.noAgreement': 'No working-time agreement is stored for {period}. Fill in the agreed working time under Agreement before exporting.',
  'error.overtimeRules': 'The overtime rules cannot be used ({details}). Every overtime class needs a unique name and a supplement of at least 40 % (AML § 10-6 (11)).',
  'error.nothingNew': '{period} was sent to payroll on {date} and nothing has changed since. There is nothing new to send to Visma.',
  'error.write': 'Could not write the file {path} ({reason}). Pick another folder or file name.',
  done: 'The timesheet for {period} is saved in {path}.',
  'error.nothingNewSubmit': '{period} was sent to payroll on {date} and nothing has changed since, so there is nothing new to send. If you need the file again, choose "Export the whole month again".',
  'error.notSent': '{months} has not been sent to payroll yet, so there is nothing to export again. Use "Send to payroll" (--submit) to send it.',
  repeatNote: 'This is a new copy of what was sent to payroll on {date}. It is not a new submission.',
  'done.preview': 'A preview of the timesheet for {period} is saved in {path}. Nothing is marked as sent to payroll.',
  'done.submit': 'The timesheet for {period} is saved in {path} and sent to payroll.',
  'done.again': 'The timesheet for {period} is saved in {path}. It repeats what was sent to payroll on {date}; nothing new is marked as sent.',
  'done.locked': 'Marked as sent to payroll: {months}.',
  'done.corrected': 'The file carries corrections to: {months}.',
  dryRun: 'Dry run: nothing was written and nothing is marked as sent. The file {path} would have {bytes} bytes ({format}).',
  'dryRun.locks': 'Would be marked as sent to payroll: {months}.',
  'dryRun.corrections': 'Would carry corrections to: {months}.',
  'field.department': 'Department',
  'field.project': 'Project',
  'error.vismaFormula': 'The {field} in the Visma settings starts with "{char}". A value that starts with = + - or @ can run as a formula when the file is opened in a spreadsheet. Remove the character under Settings → Payroll.',
  'error.vismaSeparator': 'The {field} in the Visma settings contains "{char}", which separates the fields of the Visma file. Remove the character under Settings → Payroll.',
  'error.vismaControl': 'The {field} in the Visma settings contains an invisible control character ({char}). Type the value again under Settings → Payroll.',
  'error.vismaEncoding': 'The {field} in the Visma settings contains "{char}", which the character set {encoding} cannot hold. Replace the character, or choose UTF-8 with BOM as the character set under Settings → Payroll.',
};

export const TIMESHEET_TEXT = defineCatalog<Key>({ nb, nn, en });
export type TimesheetTextKey = Key;
