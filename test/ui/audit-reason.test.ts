import { describe, expect, it } from 'vitest';
import { auditReasonText } from '../../src/ui/lib/audit-reason';

// Issue 20 item 4: the change log's stored reasons are shown in the reader's language, with local times.
const Z = 'Europe/Oslo';
const ROWS = [
  ['added by hand', 'nb', 'lagt inn for hånd'],
  ['added by hand', 'nn', 'lagt inn for hand'],
  ['added by hand', 'en', 'added by hand'],
  ['forgotten timer: no answer to "Are you still working?"; stopped at the last activity', 'nb', 'glemt å stoppe: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet'],
  ['max-length: no answer to "Are you still working?"; stopped at the last activity', 'nn', 'svært lang økt: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet'],
  ['idle: paused at the start of the idle time', 'nb', 'borte: pause fra starten av tiden uten aktivitet'],
  ['stop at a chosen time (2026-03-10T15:30:00.000Z)', 'nb', 'stoppet på et valgt tidspunkt (2026-03-10 16:30)'],
  ['start changed from 2026-03-10T07:00:00.000Z to 2026-03-10T06:45:00.000Z; reason: glemte å starte', 'nn', 'starten endra frå 2026-03-10 08:00 til 2026-03-10 07:45; grunn: glemte å starte'],
  ['stopped at a chosen time inside a locked period; reason: møte', 'en', 'stopped at a chosen time inside a period sent to payroll; reason: møte'],
  ['Kundemøte; reason: ikke mitt valg', 'nb', 'Kundemøte; reason: ikke mitt valg'],
  ['Kundemøte', 'nn', 'Kundemøte'],
] as const;

describe('auditReasonText', () => {
  it.each(ROWS)('%s (%s)', (stored, lang, shown) => {
    expect(auditReasonText(stored, lang, Z)).toBe(shown);
  });

  it.each(['nb', 'nn'] as const)('no stored English phrase reaches a %s reader', (lang) => {
    for (const [stored] of ROWS.slice(0, 9)) expect(auditReasonText(stored, lang, Z)).not.toMatch(/added by hand|stopped at|no answer|chosen time|reason:/);
  });
});
