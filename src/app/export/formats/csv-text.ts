/**
 * The text of a CSV file from rows of strings (RFC 4180): a field is quoted when it holds the
 * delimiter, a quote, a CR or an LF (its quotes doubled), and every record ends with CRLF. The text
 * csv-stringify writes for these rows with { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }
 * (test), without loading and running that streaming library for a few thousand rows (issue 21 item 5).
 * A line break inside a field (an overtime reason written on two lines) stays inside its quoted field,
 * so it cannot start a new row in the payroll import: csv-stringify's own setting left a lone LF unquoted.
 */
export function csvText(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  const parts: string[] = [];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      const v = row[i] as string;
      if (i > 0) line += delimiter;
      line += v.includes('"') || v.includes(delimiter) || v.includes('\n') || v.includes('\r') ? `"${v.replaceAll('"', '""')}"` : v;
    }
    parts.push(line, '\r\n');
  }
  return parts.join('');
}
