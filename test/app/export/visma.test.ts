/**
 * Visma Lønn file (issue 16 item 3): one test per encoding (the bytes read back with TextDecoder),
 * a refused character the encoding cannot hold, a refused formula start and a refused separator,
 * each refusal naming the field and writing nothing.
 */
import { describe, expect, it } from 'vitest';
import { exportTimesheet, type ExportTimesheetDeps } from '../../../src/app/export/export-timesheet';
import { renderTimesheet } from '../../../src/app/export/formats';
import { buildTimesheet } from '../../../src/app/export/timesheet';
import { parsePeriod } from '../../../src/app/export/period';
import type { PaySettings, VismaEncoding } from '../../../src/core/pay';
import { agreement, fixtureSessions, GENERATED_AT, settings } from './fixture';

const withVisma = (visma: Partial<PaySettings['visma']>): PaySettings => ({ ...settings, visma: { ...settings.visma, wageYear: 2026, runNumber: 3, ...visma } });
const sheet = (s: PaySettings) =>
  buildTimesheet({ period: '2026-03', months: parsePeriod('2026-03') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings: s, sent: new Map(), generatedAt: GENERATED_AT });

function deps(s: PaySettings) {
  const written: Uint8Array[] = [];
  const d: ExportTimesheetDeps = {
    sessions: { between: () => fixtureSessions() as never },
    agreements: () => [agreement],
    paySettings: () => s,
    locks: { list: () => [], lockPeriod: () => ({ id: '1', from: 0, to: 1, lockedAt: 0, label: '' }), correctionsSince: () => [] },
    submissions: { list: () => [], add: () => [] },
    files: { writeAtomic: async (_p, data) => void written.push(data) },
    now: () => GENERATED_AT,
  };
  return { d, written };
}

describe('Visma encodings', () => {
  it.each([
    ['windows-1252', [], 'windows-1252', [0xe6]],
    ['utf-8-bom', [0xef, 0xbb, 0xbf], 'utf-8', [0xc3, 0xa6]],
    ['utf-8', [], 'utf-8', [0xc3, 0xa6]],
  ] as const)('%s: the right bytes, and the lines read back in that encoding', async (encoding, bom, label, ae) => {
    const bytes = await renderTimesheet(sheet(withVisma({ encoding: encoding as VismaEncoding, department: 'Bærum', project: 'Løn 2' })), 'visma', 'nb');
    expect([...bytes.slice(0, 3)].filter((b) => b === 0xef || b === 0xbb || b === 0xbf)).toEqual(bom);
    const body = bytes.slice(bom.length);
    const at = body.indexOf(0x42); // 'B' of Bærum
    expect([...body.slice(at + 1, at + 1 + ae.length)]).toEqual(ae);
    const text = new TextDecoder(label, { fatal: label === 'utf-8' }).decode(body);
    const first = text.split('\r\n')[0]!;
    expect(first).toBe('2026;3;1002;1000;0.00;160.00;0.00;0.00;;;"Bærum";"Løn 2";"";"";"";"";');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('defaults to Windows-1252 (the charset the Visma import descriptions name)', () => {
    expect(settings.visma.encoding).toBe('windows-1252');
  });
});

describe('Visma refusals, before any file is written', () => {
  it.each([
    ['a character Windows-1252 cannot hold', { department: 'Łódź' }, 'visma-encoding', /Department.*"Ł".*windows-1252/],
    ['a formula start in the project', { project: '=HYPERLINK("x")' }, 'visma-formula', /Project.*starts with "="/],
    ['a minus start in the department', { department: '-12' }, 'visma-formula', /Department.*starts with "-"/],
    ['a separator in the project', { project: 'A;B' }, 'visma-separator', /Project.*";"/],
    ['a control character', { department: 'A\tB' }, 'visma-control', /Department.*U\+0009/],
  ] as const)('%s', async (_name, visma, code, message) => {
    const { d, written } = deps(withVisma(visma));
    const r = await exportTimesheet({ period: '2026-03', format: 'visma', out: '/x.txt', lang: 'en', mode: 'submit' }, d);
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect(written).toEqual([]);
  });

  it('the same characters are fine where the encoding holds them', async () => {
    const { d, written } = deps(withVisma({ department: 'Łódź', encoding: 'utf-8-bom' }));
    expect((await exportTimesheet({ period: '2026-03', format: 'visma', out: '/x.txt', lang: 'en' }, d)).ok).toBe(true);
    expect(new TextDecoder().decode(written[0]!)).toContain('"Łódź"');
  });
});

describe('Visma absence wage types (issue 15)', () => {
  const absences = { list: () => [{ id: '1', kind: 'sykdom' as const, from: '2026-03-05', to: '2026-03-06', hours: null }, { id: '2', kind: 'permisjon' as const, from: '2026-03-09', to: '2026-03-09', hours: 2 }] };
  it.each([
    ['a kind with a digit wage type gives a line; one without a wage type is left out', { sykdom: '3000' }, { ok: true, line: '3000;0.00;15.50' }],
    ['a kind with a wage type that is not digits is refused, naming the kind', { sykdom: 'S-1' }, { ok: false, code: 'wage-type-invalid', text: 'sykdom has "S-1"' }],
  ] as const)('%s', async (_name, wageTypes, expected) => {
    const s = { ...settings, wageTypes: { ...settings.wageTypes, ferie: '', ...wageTypes } };
    const { d, written } = deps(s);
    const r = await exportTimesheet({ period: '2026-03', format: 'visma', out: 'v.txt', lang: 'en' }, { ...d, absences });
    expect(r.ok).toBe(expected.ok);
    if (expected.ok) {
      const text = new TextDecoder('windows-1252').decode(written[0]);
      expect(text).toContain(expected.line);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(7); // 6 work lines and the sick leave, no leave line
    } else if (!r.ok) {
      expect(r.error.code).toBe(expected.code);
      expect(r.error.message).toContain(expected.text);
      expect(written).toEqual([]);
    }
  });
});
