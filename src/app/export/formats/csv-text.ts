/**
 * The text of a CSV file from rows of strings: a field is quoted when it holds the delimiter, a
 * quote or CRLF (its quotes doubled), and every record ends with CRLF. Byte for byte the text
 * csv-stringify wrote for these rows with { delimiter, record_delimiter: '\r\n' } (test), without
 * loading and running that streaming library for a few thousand rows (issue 21 item 5). Like it, a
 * lone CR or LF inside a field is written unquoted (its quote_record_delimiter is off when a
 * record_delimiter is given).
 */
export function csvText(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  const parts: string[] = [];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) {
      const v = row[i] as string;
      if (i > 0) line += delimiter;
      line += v.includes('"') || v.includes(delimiter) || v.includes('\r\n') ? `"${v.replaceAll('"', '""')}"` : v;
    }
    parts.push(line, '\r\n');
  }
  return parts.join('');
}
