/**
 * Issue 18 item 4: strict IPC objects and agreements checked for meaning. The agreement reader's
 * objects are strict (an unknown field is refused with its JSON path, so it can never be stored);
 * over IPC `agreementSave` takes a plain object of the agreement format of at most 1 MB (no
 * looseObject), and a session's zone must be an IANA zone that Intl knows, not only look like one.
 */
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/app/api/dispatch';
import { parseAgreementJson } from '../../src/shared/formats/agreement';
import { CONTRACT, ZoneSchema } from '../../src/shared/ipc/contract';

const DOC = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } },
};

describe('the agreement reader refuses unknown fields', () => {
  it.each([
    ['top level', { ...DOC, colour: 'red' }, '$'],
    ['workingTime', { ...DOC, workingTime: { ...DOC.workingTime, flexi: true } }, '$.workingTime'],
    ['homeOffice', { ...DOC, homeOffice: { days: ['mon'], pets: 'cat' } }, '$.homeOffice'],
    ['limits (already strict)', { ...DOC, limits: { overtimeCap: 1 } }, '$.limits'],
  ])('%s', (_where, doc, path) => {
    const r = parseAgreementJson(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((p) => p.path)).toContain(path);
  });

  it('the document itself is read', () => expect(parseAgreementJson(DOC).ok).toBe(true));
});

const save = CONTRACT.agreementSave.input;
describe('agreementSave over IPC', () => {
  it.each([
    ['a document of the format', { document: DOC }, null],
    ['an unknown field beside document', { document: DOC, extra: 1 }, null],
    ['an array', { document: [DOC] }, { nb: 'Velg en avtale i formatet fyrabend.agreement/1.', nn: 'Vel ein avtale i formatet fyrabend.agreement/1.', en: 'Choose an agreement in the format fyrabend.agreement/1.' }],
    ['another format', { document: { ...DOC, format: 'fyrabend.sessions/1' } }, { nb: 'Velg en avtale i formatet fyrabend.agreement/1.', nn: 'Vel ein avtale i formatet fyrabend.agreement/1.', en: 'Choose an agreement in the format fyrabend.agreement/1.' }],
    ['more than 1 MB', { document: { ...DOC, homeOffice: { scope: 'x'.repeat(1024 * 1024) } } }, { nb: 'En avtale kan være på høyst 1 MB.', nn: 'Ein avtale kan vere på høgst 1 MB.', en: 'An agreement can be at most 1 MB.' }],
  ])('%s', (what, input, refusal) => {
    const r = save.safeParse(input);
    if (what === 'a document of the format') {
      expect(r.success).toBe(true);
      return;
    }
    expect(r.success).toBe(false);
    if (!r.success && refusal) for (const lang of ['nb', 'nn', 'en'] as const) expect(describeIssue(r.error, lang)).toContain(refusal[lang]);
  });
});

describe('zones over IPC are IANA zones', () => {
  it.each([
    ['Europe/Oslo', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['Europe/Osloo', false],
    ['../etc', false],
  ])('%s: %s', (zone, ok) => expect(ZoneSchema.safeParse(zone).success).toBe(ok));
});
