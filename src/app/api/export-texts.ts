/** User-safe texts of the window's payroll export methods (issue 7), in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type ExportApiTextKey =
  | 'off'
  | 'rule.no-overtime-class'
  | 'rule.bad-class-id'
  | 'rule.duplicate-class'
  | 'rule.percent-below-minimum'
  | 'rule.unknown-rule-class'
  | 'rule.bad-rule'
  | 'noDialog'
  | 'notWritten';

export const EXPORT_API_TEXTS = defineCatalog<ExportApiTextKey>({
  nb: {
    off: 'Lønnseksport er ikke tilgjengelig i denne utgaven av Fyrabend. Bruk kommandoen «fyrabend export timesheet».',
    'rule.no-overtime-class': 'Overtidsreglene trenger minst én overtidsklasse. Legg til en klasse med minst 40 % tillegg.',
    'rule.bad-class-id': 'Overtidsklassen «{subject}» har et ugyldig navn. Bruk små bokstaver, sifre og bindestrek, for eksempel overtime-50.',
    'rule.duplicate-class': 'Overtidsklassen «{subject}» finnes to ganger. Gi hver klasse et eget navn.',
    'rule.percent-below-minimum': 'Overtidsklassen «{subject}» har mindre enn 40 % tillegg. Aml. § 10-6 (11) krever minst 40 %.',
    'rule.unknown-rule-class': 'En overtidsregel viser til klassen «{subject}», som ikke finnes. Velg en av overtidsklassene.',
    'rule.bad-rule': 'En overtidsregel for «{subject}» kan ikke brukes (tomt tidsrom eller ingen dager). Rett regelen.',
    noDialog: 'Lagre-dialogen er ikke tilgjengelig her. Filen lagres i eksportmappen i stedet; slå av «Velg hvor filen skal lagres».',
    notWritten: 'Fyrabend kan bare vise filer den selv har lagret i denne økten. Eksporter filen på nytt og velg «Vis i mappe» etterpå.',
  },
  nn: {
    off: 'Lønseksport er ikkje tilgjengeleg i denne utgåva av Fyrabend. Bruk kommandoen «fyrabend export timesheet».',
    'rule.no-overtime-class': 'Overtidsreglane treng minst éin overtidsklasse. Legg til ein klasse med minst 40 % tillegg.',
    'rule.bad-class-id': 'Overtidsklassen «{subject}» har eit ugyldig namn. Bruk små bokstavar, siffer og bindestrek, til dømes overtime-50.',
    'rule.duplicate-class': 'Overtidsklassen «{subject}» finst to gonger. Gi kvar klasse eit eige namn.',
    'rule.percent-below-minimum': 'Overtidsklassen «{subject}» har mindre enn 40 % tillegg. Aml. § 10-6 (11) krev minst 40 %.',
    'rule.unknown-rule-class': 'Ein overtidsregel viser til klassen «{subject}», som ikkje finst. Vel ein av overtidsklassane.',
    'rule.bad-rule': 'Ein overtidsregel for «{subject}» kan ikkje brukast (tomt tidsrom eller ingen dagar). Rett regelen.',
    noDialog: 'Lagre-dialogen er ikkje tilgjengeleg her. Fila vert lagra i eksportmappa i staden; slå av «Vel kvar fila skal lagrast».',
    notWritten: 'Fyrabend kan berre vise filer han sjølv har lagra i denne økta. Eksporter fila på nytt og vel «Vis i mappe» etterpå.',
  },
  en: {
    off: 'Payroll export is not available in this build of Fyrabend. Use the command “fyrabend export timesheet”.',
    'rule.no-overtime-class': 'The overtime rules need at least one overtime class. Add a class with at least a 40 % supplement.',
    'rule.bad-class-id': 'The overtime class “{subject}” has an invalid name. Use lower-case letters, digits and dashes, e.g. overtime-50.',
    'rule.duplicate-class': 'The overtime class “{subject}” appears twice. Give each class its own name.',
    'rule.percent-below-minimum': 'The overtime class “{subject}” has less than a 40 % supplement. AML § 10-6 (11) requires at least 40 %.',
    'rule.unknown-rule-class': 'An overtime rule names the class “{subject}”, which does not exist. Choose one of the overtime classes.',
    'rule.bad-rule': 'An overtime rule for “{subject}” cannot be used (empty time window or no days). Correct the rule.',
    noDialog: 'The save dialog is not available here. Turn off “Choose where to save” and the file goes to the export folder.',
    notWritten: 'Fyrabend can only show files it saved itself in this session. Export the file again and choose “Show in folder” afterwards.',
  },
});
