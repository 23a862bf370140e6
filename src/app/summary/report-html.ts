/**
 * The representative's report as one self-contained HTML file: no scripts, no external resources (the
 * CSP forbids loading any), charts as inline SVG, hidden figures shown as text, never as 0. Every text
 * and number comes from reportView (./report-view.ts), the same the window shows.
 */
import type { AggregateReport } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import type { CellText, ReportView, TrendPointView } from '../../shared/ipc/report-view';
import { reportView } from './report-view';
import { maxOf } from '../../core/extent';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const cell = (c: CellText): string => (c.suppressed ? `<td class="suppressed">${esc(c.text)}</td>` : `<td>${esc(c.text)}</td>`);

/** A bar chart of weekly overtime totals, as inline SVG with a text alternative; hidden weeks have no bar. */
export function trendSvg(points: readonly TrendPointView[], title: string): string {
  const w = 40, gap = 8, h = 120, top = 16, bottom = 40;
  const max = Math.max(1, maxOf(points.map((x) => x.value ?? 0)));
  const width = points.length * (w + gap) + gap;
  const bars = points
    .map((x, i) => {
      const bh = Math.round(((x.value ?? 0) / max) * h);
      const bx = gap + i * (w + gap);
      const by = top + h - bh;
      const bar = x.value === null ? '' : `<rect x="${bx}" y="${by}" width="${w}" height="${bh}" fill="#2b6cb0"><title>${esc(x.label)}: ${esc(x.text)}</title></rect>`;
      return `${bar}<text x="${bx + w / 2}" y="${by - 3}" font-size="10" text-anchor="middle">${esc(x.text)}</text>` +
        `<text x="${bx + w / 2}" y="${top + h + 16}" font-size="10" text-anchor="middle">${esc(x.axis)}</text>` +
        (x.year === null ? '' : `<text x="${bx + w / 2}" y="${top + h + 30}" font-size="10" text-anchor="middle">${esc(x.year)}</text>`);
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${top + h + bottom}" viewBox="0 0 ${width} ${top + h + bottom}">${bars}</svg>`;
}

export function viewHtml(view: ReportView): string {
  const parts: string[] = [`<h1>${esc(view.title)}</h1>`, `<p>${esc(view.intro)}</p>`, `<p>${esc(view.input)}</p>`];
  for (const table of view.tables) {
    parts.push(`<section><h2>${esc(table.heading)}</h2>`);
    parts.push(`<table><thead><tr>${table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of table.rows) parts.push(`<tr><th scope="row">${esc(row.group)}</th>${row.cells.map(cell).join('')}</tr>`);
    parts.push('</tbody></table>');
    parts.push(`<h3>${esc(table.rulesHeading)}</h3><table><thead><tr>${table.ruleColumns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of table.ruleRows) parts.push(`<tr><th scope="row">${esc(row.rule)}</th>${row.cells.map(cell).join('')}</tr>`);
    parts.push(`</tbody></table><p class="note">${esc(table.rulesNote)}</p>`);
    parts.push(`<h3>${esc(table.trendHeading)}</h3><p class="note">${esc(table.trendNote)}</p>`);
    for (const trend of table.trends) {
      const body = trend.points ? trendSvg(trend.points, trend.caption) : `<span class="suppressed">${esc(trend.suppressed ?? '')}</span>`;
      parts.push(`<figure><figcaption>${esc(trend.caption)}</figcaption>${body}</figure>`);
    }
    parts.push('</section>');
  }
  const css = 'body{font-family:system-ui,sans-serif;margin:2rem;color:#1a202c}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #cbd5e0;padding:.3rem .5rem;text-align:right}th[scope=row]{text-align:left}.suppressed{color:#4a5568;font-style:italic}.note{font-size:.9em;color:#4a5568}figure{margin:1rem 0}';
  return `<!DOCTYPE html>
<html lang="${esc(view.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(view.title)}</title>
<style>${css}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}

export function reportHtml(report: AggregateReport, lang: Lang): string {
  return viewHtml(reportView(report, lang));
}
