import { describe, expect, it } from 'vitest';
import { AUDIT_REASON_CODES, auditReason, auditReasonText, parseAuditReason, type AuditReasonCode, type AuditReasonParams } from '../../src/shared/audit-reason';

// Issue 20 item 4: Fyrabend's own change-log reasons are stored as codes with parameters and read in the
// reader's language with local times; older rows (English phrases) read the same; the user's words stay as written.
const Z = 'Europe/Oslo';
const AT = '2026-03-10T15:10:00.000Z'; // 16:10 in Oslo
const FROM = '2026-03-10T07:00:00.000Z'; // 08:00
const TO = '2026-03-10T06:45:00.000Z'; // 07:45

/** Every code once, with the parameters it is written with, and how it reads in nb, nn and en. */
const CODES: Record<AuditReasonCode, readonly [AuditReasonParams, string, string, string]> = {
  'by-hand': [{}, 'lagt inn for hånd', 'lagt inn for hand', 'added by hand'],
  pause: [{}, 'satt på pause', 'sett på pause', 'paused'],
  stop: [{}, 'stoppet', 'stoppa', 'stopped'],
  'stop-at': [{ at: AT }, 'stoppet på et valgt tidspunkt (2026-03-10 16:10)', 'stoppa på eit valt tidspunkt (2026-03-10 16:10)', 'stopped at a chosen time (2026-03-10 16:10)'],
  'change-start': [{ from: FROM, to: TO }, 'starten endret fra 2026-03-10 08:00 til 2026-03-10 07:45', 'starten endra frå 2026-03-10 08:00 til 2026-03-10 07:45', 'start changed from 2026-03-10 08:00 to 2026-03-10 07:45'],
  'locked-stop': [{}, 'stoppet på et valgt tidspunkt i en periode som er sendt til lønn', 'stoppa på eit valt tidspunkt i ein periode som er send til løn', 'stopped at a chosen time inside a period sent to payroll'],
  recovered: [
    { proposed: AT },
    'gjenopprettet etter at appen stoppet uventet; du bekreftet slutten (forslaget var 2026-03-10 16:10)',
    'gjenoppretta etter at appen stoppa uventa; du stadfesta slutten (forslaget var 2026-03-10 16:10)',
    'recovered after the app stopped unexpectedly; you confirmed the end (proposed 2026-03-10 16:10)',
  ],
  forgotten: [
    {},
    'glemt å stoppe: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'gløymt å stoppe: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'forgotten timer: nobody answered "Are you still working?", so the session was stopped at the last activity',
  ],
  'max-length': [
    {},
    'svært lang økt: ingen svarte på «Jobber du fortsatt?», så økten ble stoppet ved siste aktivitet',
    'svært lang økt: ingen svarte på «Jobbar du framleis?», så økta vart stoppa ved siste aktivitet',
    'very long session: nobody answered "Are you still working?", so the session was stopped at the last activity',
  ],
  'still-working-stop': [{}, 'stoppet etter «Jobber du fortsatt?»: du valgte slutten', 'stoppa etter «Jobbar du framleis?»: du valde slutten', 'stopped after "Are you still working?": you chose the end'],
  'undo-running': [{}, 'angret: du jobbet fortsatt, så økten går videre fra starten', 'angra: du jobba framleis, så økta held fram frå starten', 'undone: you were still working, so the session runs again from its start'],
  'undo-away': [{}, 'angret: svaret om tiden borte ble trukket tilbake', 'angra: svaret om tida borte vart trekt tilbake', 'undone: the answer about the time away was taken back'],
  idle: [{}, 'borte: pause fra starten av tiden uten aktivitet', 'borte: pause frå starten av tida utan aktivitet', 'away: paused at the start of the idle time'],
  merged: [{}, 'slått sammen med en økt som ble lagt inn', 'slått saman med ei økt som vart lagd inn', 'merged into a session that was entered'],
  import: [{ file: 'uke-10.csv' }, 'importert fra uke-10.csv', 'importert frå uke-10.csv', 'imported from uke-10.csv'],
};

/** English words that must not reach a Norwegian reader (Fyrabend's own phrases, old and new). */
const ENGLISH = /\b(added|by hand|paused|stopped|stop at|chosen|changed|from|inside|locked|period|payroll|recovered|unexpected|confirmed|proposed|forgotten|timer|nobody|answered|still working|session|undo|undone|the user|idle|merged|imported|reason|away|start changed)\b/i;

describe('every code in nb, nn and en', () => {
  it('lists every code in the table', () => expect(Object.keys(CODES).sort()).toEqual([...AUDIT_REASON_CODES].sort()));

  const rows = AUDIT_REASON_CODES.flatMap((code) => (['nb', 'nn', 'en'] as const).map((lang, i) => [code, lang, CODES[code][i + 1] as string] as const));
  it.each(rows)('%s in %s', (code, lang, text) => {
    const stored = auditReason(code, CODES[code][0]);
    expect(parseAuditReason(stored)).toEqual({ code, params: CODES[code][0] });
    expect(auditReasonText(stored, lang, Z)).toBe(text);
    if (lang !== 'en') expect(text).not.toMatch(ENGLISH);
  });

  it.each([
    ['nb', 'stoppet på et valgt tidspunkt (2026-03-10 16:10); grunn: Glemte å stoppe'],
    ['nn', 'stoppa på eit valt tidspunkt (2026-03-10 16:10); grunn: Glemte å stoppe'],
    ['en', 'stopped at a chosen time (2026-03-10 16:10); reason: Glemte å stoppe'],
  ] as const)('the user\'s own reason goes with a code as written (%s)', (lang, text) => {
    const stored = auditReason('stop-at', { at: AT, note: '  Glemte å stoppe ' });
    expect(stored).toBe(`fyrabend:stop-at {"at":"${AT}","note":"Glemte å stoppe"}`);
    expect(auditReasonText(stored, lang, Z)).toBe(text);
  });

  it('stores a code without parameters as the code alone, and leaves a blank reason out', () => {
    expect(auditReason('by-hand')).toBe('fyrabend:by-hand');
    expect(auditReason('stop-at', { at: AT, note: '  ' })).toBe(`fyrabend:stop-at {"at":"${AT}"}`);
  });
});

describe('what is not a code', () => {
  it.each([
    ['the user\'s own words', 'Kundemøte', 'Kundemøte'],
    ['the user\'s words that look like an old reason', 'Kundemøte; reason: ikke mitt valg', 'Kundemøte; reason: ikke mitt valg'],
    ['an unknown code (a newer Fyrabend)', 'fyrabend:teleport {"at":"x"}', 'fyrabend:teleport {"at":"x"}'],
    ['a code with broken parameters', 'fyrabend:stop-at {"at":', 'fyrabend:stop-at {"at":'],
    ['the user\'s words starting with "import"', 'import av gamle timer', 'import av gamle timer'],
  ])('%s is shown as written', (_what, stored, shown) => {
    expect(auditReasonText(stored, 'nb', Z)).toBe(shown);
  });
  it('an instant that does not parse is shown as stored', () => {
    expect(auditReasonText('fyrabend:stop-at {"at":"soon"}', 'nb', Z)).toBe('stoppet på et valgt tidspunkt (soon)');
  });
});

describe('rows written before the codes (English phrases) read the same', () => {
  const OLD = [
    ['added by hand', 'by-hand', {}],
    ['pause', 'pause', {}],
    ['stop', 'stop', {}],
    ['forgotten timer: no answer to "Are you still working?"; stopped at the last activity', 'forgotten', {}],
    ['max-length: no answer to "Are you still working?"; stopped at the last activity', 'max-length', {}],
    ['stopped after "Are you still working?": the user chose the end', 'still-working-stop', {}],
    ['undo: the user was still working; the session runs again from its start', 'undo-running', {}],
    ['undo: the answer to the away question was taken back', 'undo-away', {}],
    ['idle: paused at the start of the idle time', 'idle', {}],
    ['stopped at a chosen time inside a locked period', 'locked-stop', {}],
    ['stopped at a chosen time inside a locked period; reason: møte', 'locked-stop', { note: 'møte' }],
    [`stop at a chosen time (${AT})`, 'stop-at', { at: AT }],
    [`start changed from ${FROM} to ${TO}; reason: glemte å starte`, 'change-start', { from: FROM, to: TO, note: 'glemte å starte' }],
    [`recovered after an unexpected stop; end confirmed by the user (proposed ${AT})`, 'recovered', { proposed: AT }],
    ['merged: to like økter', 'merged', { note: 'to like økter' }],
    ['import /home/kari/uke-10.json', 'import', { file: '/home/kari/uke-10.json' }],
  ] as const;
  it.each(OLD.flatMap(([old, code, params]) => (['nb', 'nn', 'en'] as const).map((lang) => [old, lang, code, params] as const)))('%s (%s)', (old, lang, code, params) => {
    const text = auditReasonText(old, lang, Z);
    expect(text).toBe(auditReasonText(auditReason(code, params), lang, Z));
    if (lang !== 'en') expect(text).not.toMatch(ENGLISH);
  });
});
