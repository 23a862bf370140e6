/** Plain-text rendering of a findings report for the terminal, in the user's language. */
import { formatInstant, type Lang, type Report } from '../core/index';
import { defineCatalog, translate } from '../shared/i18n/catalog';

const C = defineCatalog({
  nb: { none: 'Ingen funn.', findings: 'Funn', days: 'Arbeidsdager', weeks: 'Uker', hours: 'timer', overtime: 'overtid', merarbeid: 'merarbeid' },
  nn: { none: 'Ingen funn.', findings: 'Funn', days: 'Arbeidsdagar', weeks: 'Veker', hours: 'timar', overtime: 'overtid', merarbeid: 'meirarbeid' },
  en: { none: 'No findings.', findings: 'Findings', days: 'Work days', weeks: 'Weeks', hours: 'hours', overtime: 'overtime', merarbeid: 'beyond agreed' },
});

export function formatReportText(report: Report, lang: Lang): string {
  const t = (k: Parameters<typeof translate<keyof (typeof C)['en']>>[2]) => translate(C, lang, k);
  const lines: string[] = [`${t('findings')}:`];
  if (report.findings.length === 0) lines.push(`  ${t('none')}`);
  for (const f of report.findings) {
    lines.push(`  [${f.severity}] ${f.key}  ${f.message[lang]}  (${f.ref}; ${f.rule})`);
    lines.push(`      ${formatInstant(f.start, report.zone)} → ${formatInstant(f.end, report.zone)}`);
  }
  lines.push('', `${t('days')}:`);
  for (const d of report.days) lines.push(`  ${d.day}  ${d.hours} ${t('hours')}${d.overtime ? `, ${t('overtime')} ${d.overtime}` : ''}`);
  lines.push('', `${t('weeks')}:`);
  for (const w of report.weeks) lines.push(`  ${w.week}  ${w.hours} ${t('hours')}, ${t('overtime')} ${w.overtime}, ${t('merarbeid')} ${w.merarbeid}`);
  return lines.join('\n') + '\n';
}
