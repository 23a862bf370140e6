/**
 * The representative's report as one self-contained HTML file: no scripts, no external resources (the
 * CSP forbids loading any), charts as inline SVG, suppressed cells shown as text, never as 0.
 */
import type { AggregateReport, GroupFigures, ReportRow } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import { RULE_NAMES } from './rule-names';
import { GROUP_MEASURES, groupName, suppressionText } from './report-rows';
import { SUMMARY_TEXTS, type SummaryTextKey } from './texts';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const MEASURE_KEY: Record<(typeof GROUP_MEASURES)[number], SummaryTextKey> = {
  contributors: 'contributors', withViolation: 'withFinding', shareWithViolation: 'shareViolation', overtimeMedian: 'median', overtimeP90: 'p90',
  overtimeTotal: 'overtimeTotal', merarbeidTotal: 'merarbeidTotal', outsideAgreedTotal: 'outsideTotal', nightTotal: 'nightTotal', sundayTotal: 'sundayTotal',
};

function num(n: number, lang: Lang, percent = false): string {
  const v = percent ? `${Math.round(n * 1000) / 10} %` : String(n);
  return lang === 'en' ? v : v.replace('.', ',');
}

/** A bar chart of weekly overtime totals, as inline SVG with a text alternative. */
export function trendSvg(weeks: GroupFigures['weeks'], title: string): string {
  const w = 36, gap = 8, h = 120, top = 16, bottom = 28;
  const max = Math.max(1, ...weeks.map((x) => x.overtimeTotal));
  const width = weeks.length * (w + gap) + gap;
  const bars = weeks
    .map((x, i) => {
      const bh = Math.round((x.overtimeTotal / max) * h);
      const bx = gap + i * (w + gap);
      const by = top + h - bh;
      return `<rect x="${bx}" y="${by}" width="${w}" height="${bh}" fill="#2b6cb0"><title>${esc(x.week)}: ${x.overtimeTotal}</title></rect>` +
        `<text x="${bx + w / 2}" y="${by - 3}" font-size="10" text-anchor="middle">${x.overtimeTotal}</text>` +
        `<text x="${bx + w / 2}" y="${top + h + 16}" font-size="10" text-anchor="middle">${esc(x.week.slice(5))}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${top + h + bottom}" viewBox="0 0 ${width} ${top + h + bottom}">${bars}</svg>`;
}

export function reportHtml(report: AggregateReport, lang: Lang): string {
  const t = (key: SummaryTextKey, p: Record<string, string | number> = {}) => esc(translate(SUMMARY_TEXTS, lang, key, p));
  const dimName = (d: string): string => (d === 'all' ? t('all') : t(d as SummaryTextKey));
  const cellOr = (row: ReportRow, f: (g: GroupFigures) => string): string =>
    row.cell.status === 'published' ? f(row.cell.figures) : `<span class="suppressed">${esc(suppressionText(row, report.k, lang))}</span>`;
  const parts: string[] = [];
  parts.push(`<h1>${t('reportTitle', { period: report.period })}</h1>`, `<p>${t('reportIntro', { k: report.k })}</p>`);
  parts.push(`<p>${t('inputCounts', { ...report.input })}</p>`);
  for (const table of report.tables) {
    parts.push(`<section><h2>${dimName(table.dimension)}</h2>`);
    parts.push(`<table><thead><tr><th scope="col">${t('group')}</th>${GROUP_MEASURES.map((m) => `<th scope="col">${t(MEASURE_KEY[m])}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of table.rows) {
      const name = esc(groupName(table.dimension, row, lang));
      parts.push(`<tr><th scope="row">${name}</th>${GROUP_MEASURES.map((m) => `<td>${cellOr(row, (g) => num(g[m] as number, lang, m === 'shareWithViolation'))}</td>`).join('')}</tr>`);
    }
    parts.push('</tbody></table>');
    parts.push(`<h3>${t('byRule')}</h3><table><thead><tr><th scope="col">${t('rule')}</th>${table.rows.map((r) => `<th scope="col">${esc(groupName(table.dimension, r, lang))}</th>`).join('')}</tr></thead><tbody>`);
    for (const rule of report.rules) {
      parts.push(
        `<tr><th scope="row">${esc(RULE_NAMES[rule][lang])}</th>${table.rows
          .map((row) => `<td>${cellOr(row, (g) => { const r = g.rules[rule]; return r ? `${r.contributors} · ${num(r.shareWithViolation, lang, true)} · ${r.findings}` : '0'; })}</td>`)
          .join('')}</tr>`,
      );
    }
    parts.push(`</tbody></table><p class="note">${t('withFinding')} · ${t('shareViolation')} · ${t('findings')}</p>`);
    for (const row of table.rows) {
      const name = esc(groupName(table.dimension, row, lang));
      parts.push(`<figure><figcaption>${t('trend')}: ${name}</figcaption>${cellOr(row, (g) => trendSvg(g.weeks, `${translate(SUMMARY_TEXTS, lang, 'trend')}: ${groupName(table.dimension, row, lang)}`))}</figure>`);
    }
    parts.push('</section>');
  }
  const css = 'body{font-family:system-ui,sans-serif;margin:2rem;color:#1a202c}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #cbd5e0;padding:.3rem .5rem;text-align:right}th[scope=row]{text-align:left}.suppressed{color:#4a5568;font-style:italic}.note{font-size:.9em;color:#4a5568}figure{margin:1rem 0}';
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${t('reportTitle', { period: report.period })}</title>
<style>${css}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
