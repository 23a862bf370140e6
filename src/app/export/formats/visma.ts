/**
 * `visma`: Visma Lønn "Lønnsregistrering standard format" variable pay lines (peers-and-formats.md
 * C.2). One line per wage type and month: 1 wage year, 2 run number, 3 employee number, 4 wage type,
 * 5 base `0.00`, 6 quantity (hours, decimal point), 7 rate `0.00` (from the employee's rate),
 * 8 amount `0.00` (rate × quantity), 9 account and 10 balancing account blank (from the wage type),
 * 11–16 cost carriers R1–R6 quoted (`""` when blank), 17 deduction code blank. `;`-separated, CRLF,
 * in the encoding of the settings (default Windows-1252; see docs/payroll-formats.md). Department and
 * project are checked before writing (visma-fields.ts): no `"` or `;`, no formula start, no
 * character the encoding cannot hold.
 * A period already sent to payroll contributes only its correction lines (a second import would
 * pay twice); corrections carry the change in hours, negative when hours were removed. Absence
 * (issue 15) gives lines of the same layout under the kinds' wage types (`ferie`, `sykdom`, …).
 */
import type { PayLine } from '../../../core/pay';
import type { Timesheet } from '../timesheet';
import { hoursFixed } from './common';
import { encodeText } from './encoding';

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function vismaLine(ts: Timesheet, line: PayLine): string {
  const v = ts.settings.visma;
  return [
    String(v.wageYear),
    String(v.runNumber),
    ts.employee.number,
    line.wageType,
    '0.00',
    hoursFixed(line.ms, 2),
    '0.00',
    '0.00',
    '',
    '',
    quote(v.department),
    quote(v.project),
    '""',
    '""',
    '""',
    '""',
    '',
  ].join(';');
}

/**
 * The pay lines that go into the file: unsubmitted months (work, then absence), then corrections
 * (work, then absence). Absence kinds without a wage type are left out (issue 15: listed in the
 * other formats, not an error).
 */
export function vismaPayLines(ts: Timesheet): PayLine[] {
  const lines: PayLine[] = [];
  const absence = (list: readonly PayLine[]) => list.filter((l) => l.wageType.trim() !== '');
  for (const m of ts.months) if (m.submittedAt === null) lines.push(...m.lines, ...absence(m.absenceLines));
  lines.push(...ts.correctionLines, ...absence(ts.absenceCorrectionLines));
  return lines.filter((l) => hoursFixed(l.ms, 2) !== '0.00');
}

export function writeVisma(ts: Timesheet): Uint8Array {
  const text = vismaPayLines(ts)
    .map((l) => vismaLine(ts, l) + '\r\n')
    .join('');
  return encodeText(text, ts.settings.visma.encoding);
}
