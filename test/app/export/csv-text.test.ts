/** The CSV writer of the timesheet formats writes what csv-stringify writes for the same rows with line breaks quoted (issue 21 item 5; RFC 4180). */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/app/export/formats/csv-text';
import { rng } from '../../../bench/lib/generate';

const PIECES = ['', 'a', 'Kari Nordmann', ',', ';', '"', '""', '\r', '\n', '\r\n', ' ', '=1+2', '-3', '7.50', '7,50', 'Bærum', 'æøå ÆØÅ', '\t', "'", '2026-03-09T08:00:00+01:00/2026-03-09T11:30:00+01:00'];

describe('csvText', () => {
  it('is csv-stringify with a comma or a semicolon and CRLF, for fields with quotes, delimiters and line breaks (random rows)', () => {
    const random = rng(7);
    for (let n = 0; n < 300; n++) {
      const rows: string[][] = [];
      const width = 1 + Math.floor(random() * 6);
      for (let r = 0; r < 1 + Math.floor(random() * 5); r++) {
        const row: string[] = [];
        for (let c = 0; c < width; c++) {
          let v = '';
          for (let k = Math.floor(random() * 3); k > 0; k--) v += PIECES[Math.floor(random() * PIECES.length)];
          row.push(v);
        }
        rows.push(row);
      }
      for (const delimiter of [',', ';'] as const) expect(csvText(rows, delimiter)).toBe(stringify(rows, { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }));
    }
  });

  it('quotes a field with the delimiter only for that delimiter, a quote, or any line break (a lone LF too, so a two-line reason stays one row)', () => {
    expect(csvText([['a,b', 'c;d', 'e"f', 'g\r\nh', 'i\nj', 'k\rl']], ',')).toBe('"a,b",c;d,"e""f","g\r\nh","i\nj","k\rl"\r\n');
    expect(csvText([['a,b', 'c;d']], ';')).toBe('a,b;"c;d"\r\n');
  });
});
