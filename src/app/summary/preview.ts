/**
 * The plain-language preview of a summary file: one line per field of the file, so the employee sees
 * exactly what leaves the laptop before saving (issue 8). Every value in the file appears here.
 */
import type { Lang, RuleId, Severity } from '../../core/model';
import { SEVERITY_ORDER } from '../../core/model';
import { GROUP_DIMENSIONS, type Summary } from '../../core/anonymise/index';
import { translate } from '../../shared/i18n/catalog';
import { periodText } from '../../shared/i18n/week-label';
import { RULE_NAMES } from './rule-names';
import { SUMMARY_TEXTS, type SummaryTextKey } from './texts';

const SEVERITY_KEY: Record<Severity, SummaryTextKey> = { violation: 'sevViolation', 'needs-basis': 'sevNeedsBasis', warning: 'sevWarning', info: 'sevInfo' };

/** "2026-W10" as "10, 2026" in nb and nn ("Uke 10, 2026"); English keeps the ISO label. */
function week(label: string, lang: Lang): string {
  return lang === 'en' ? label : label.replace(/^(\d{4})-W(\d{2})$/, (_w, y: string, w: string) => `${Number(w)}, ${y}`);
}

function num(n: number, lang: Lang): string {
  return lang === 'en' ? String(n) : String(n).replace('.', ',');
}

export function previewSummary(s: Summary, lang: Lang): string[] {
  const t = (key: SummaryTextKey, p: Record<string, string | number> = {}) => translate(SUMMARY_TEXTS, lang, key, p);
  const lines = [t('previewIntro'), t('previewPeriod', { period: lang === 'en' ? s.period : periodText(s.period, lang) }), t('previewId', { id: s.id })];
  if (s.created) lines.push(t('previewCreated', { week: week(s.created, lang) }));
  if (s.invite) lines.push(t('previewInvite', { id: s.invite }));
  const groups = GROUP_DIMENSIONS.flatMap((d) => (s.groups[d] === undefined ? [] : [`${t(d)}: ${s.groups[d]}`]));
  lines.push(groups.length ? t('previewGroups', { groups: groups.join('; ') }) : t('previewNoGroups'));
  for (const w of s.weeks) {
    lines.push(
      t('previewWeek', { week: week(w.week, lang), hours: num(w.hours, lang), overtime: num(w.overtime, lang), merarbeid: num(w.merarbeid, lang), night: num(w.night, lang), sunday: num(w.sunday, lang), outside: num(w.outsideAgreed, lang) }),
    );
    const entries = Object.entries(w.findings) as [RuleId, Partial<Record<Severity, number>>][];
    if (entries.length === 0) lines.push(t('previewNoFindings'));
    else {
      const list = entries.map(([rule, counts]) => {
        const parts = SEVERITY_ORDER.flatMap((sev) => (counts[sev] ? [t(SEVERITY_KEY[sev], { n: counts[sev] })] : []));
        return lang === 'en' ? `${RULE_NAMES[rule][lang]} [${rule}]: ${parts.join(', ')}` : `${RULE_NAMES[rule][lang]}: ${parts.join(', ')}`;
      });
      lines.push(t('previewFindings', { list: list.join('; ') }));
    }
  }
  lines.push(t('previewNever'));
  return lines;
}
