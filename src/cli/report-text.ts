/**
 * Plain-text rendering of a findings report for the terminal, in the user's language: severities and
 * rules in words, weeks as "uke 11, 2026" / "veke 11, 2026", hours with decimal comma and the right
 * plural in nb and nn. English keeps the rule id after the rule's name, for searching the docs.
 */
import { formatInstant, type Lang, type Report, type Severity } from '../core/index';
import { hoursText } from '../core/i18n/numbers';
import { RULE_NAMES } from '../app/summary/rule-names';
import { defineCatalog, translate } from '../shared/i18n/catalog';

const C = defineCatalog({
  nb: {
    none: 'Ingen funn.', findings: 'Funn', days: 'Arbeidsdager', weeks: 'Uker', overtime: 'overtid', merarbeid: 'merarbeid', week: 'uke {week}, {year}',
    'sev.violation': 'brudd', 'sev.needs-basis': 'krever grunnlag', 'sev.warning': 'advarsel', 'sev.info': 'til orientering',
  },
  nn: {
    none: 'Ingen funn.', findings: 'Funn', days: 'Arbeidsdagar', weeks: 'Veker', overtime: 'overtid', merarbeid: 'meirarbeid', week: 'veke {week}, {year}',
    'sev.violation': 'brot', 'sev.needs-basis': 'krev grunnlag', 'sev.warning': 'åtvaring', 'sev.info': 'til orientering',
  },
  en: {
    none: 'No findings.', findings: 'Findings', days: 'Work days', weeks: 'Weeks', overtime: 'overtime', merarbeid: 'beyond agreed', week: 'week {week}, {year}',
    'sev.violation': 'violation', 'sev.needs-basis': 'needs basis', 'sev.warning': 'warning', 'sev.info': 'info',
  },
});
type Key = keyof (typeof C)['en'];

/** "2026-W11" (also inside a key such as "2026-W10..2026-W13") as people read it; dates stay as they are. */
export function weekWords(key: string, lang: Lang): string {
  return key.replace(/(\d{4})-W(\d{2})/g, (_w, year: string, week: string) => translate(C, lang, 'week', { week: String(Number(week)), year }));
}

export function formatReportText(report: Report, lang: Lang): string {
  const t = (k: Key) => translate(C, lang, k);
  const h = (n: number) => hoursText(n, lang);
  const sev = (s: Severity) => t(`sev.${s}` as Key);
  const rule = (id: keyof typeof RULE_NAMES) => {
    const name = (RULE_NAMES[id]?.[lang] ?? id).replace(/\s*\(§.*\)$/, '');
    return lang === 'en' ? `${name}; ${id}` : name;
  };
  const lines: string[] = [`${t('findings')}:`];
  if (report.findings.length === 0) lines.push(`  ${t('none')}`);
  for (const f of report.findings) {
    lines.push(`  [${sev(f.severity)}] ${weekWords(f.key, lang)}  ${f.message[lang]}  (${rule(f.rule)}; ${f.ref})`);
    lines.push(`      ${formatInstant(f.start, report.zone)} → ${formatInstant(f.end, report.zone)}`);
  }
  lines.push('', `${t('days')}:`);
  for (const d of report.days) lines.push(`  ${d.day}  ${h(d.hours)}${d.overtime ? `, ${t('overtime')} ${h(d.overtime)}` : ''}`);
  lines.push('', `${t('weeks')}:`);
  for (const w of report.weeks) lines.push(`  ${weekWords(w.week, lang)}  ${h(w.hours)}, ${t('overtime')} ${h(w.overtime)}, ${t('merarbeid')} ${h(w.merarbeid)}`);
  return lines.join('\n') + '\n';
}
