/**
 * The problems of a bad exchange file are told in bokmål, nynorsk and English: every problem kind the
 * readers report is produced from a real bad file and rendered in all three languages (no key missing, no
 * placeholder left, no zod or English wording in the Norwegian texts), and the main sentences read as written.
 */
import { describe, expect, it } from 'vitest';
import { defaultAgreement, LANGS, type Lang } from '../../src/core/index';
import { agreementToJson, parseAgreementFile } from '../../src/shared/formats/agreement';
import { parseJsonText, problemSentence, problemsText, problemText, type FormatProblem, type FormatProblemCode } from '../../src/shared/formats/problems';
import { parseSessionsFile } from '../../src/shared/formats/sessions';
import { formatSummaryFile, MAX_SUMMARY_BYTES, parseSummaryFile, summarySizeProblem } from '../../src/shared/formats/summary';
import { parseInstantText } from '../../src/shared/formats/time-fields';
import { FORMAT_PROBLEM_TEXTS } from '../../src/shared/i18n/format-problems';
import { summary } from '../core/anonymise/helpers';

type Doc = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const session = { start: '2026-09-07T08:00:00+02:00', end: '2026-09-07T16:00:00+02:00' };
const sessionsText = (s: Doc) => JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [s] });
const agreementText = (change: (a: Doc & { limits: Doc; workingTime: Doc & { windows: Doc }; homeOffice: Doc }) => void) => {
  const a = clone(agreementToJson(defaultAgreement())) as Doc & { limits: Doc; workingTime: Doc & { windows: Doc }; homeOffice: Doc };
  change(a);
  return JSON.stringify(a);
};
const summaryText = (change: (s: Doc & { weeks: Doc[]; groups: Doc }) => void) => {
  const s = JSON.parse(formatSummaryFile(summary({ period: '2026-11' }))) as Doc & { weeks: Doc[]; groups: Doc };
  change(s);
  return JSON.stringify(s);
};

const problems = (r: { ok: true } | { ok: false; error: readonly FormatProblem[] }): readonly FormatProblem[] => (r.ok ? [] : r.error);
const sessions = (text: string) => problems(parseSessionsFile(text));
const agreement = (text: string) => problems(parseAgreementFile(text));
const summaryFile = (text: string) => problems(parseSummaryFile(text));

/** [what, the problems a reader reports, the JSON path, the code]: one real bad file per problem kind. */
const KINDS: readonly [string, () => readonly FormatProblem[], string, FormatProblemCode][] = [
  ['a missing field', () => sessions(sessionsText({ start: session.start })), '$.sessions[0].end', 'missing'],
  ['a missing format', () => sessions(JSON.stringify({ sessions: [] })), '$.format', 'missing'],
  ['a wrong type', () => sessions(sessionsText({ ...session, end: 5 })), '$.sessions[0].end', 'wrongType'],
  ['a value not in the list', () => sessions(sessionsText({ ...session, kind: 'play' })), '$.sessions[0].kind', 'wrongValue'],
  ['a wrong format', () => sessions(JSON.stringify({ format: 'fyrabend.sessions/9', sessions: [] })), '$.format', 'wrongValue'],
  ['an unknown field', () => agreement(agreementText((a) => (a.workingTime.windows.mnd = []))), '$.workingTime.windows', 'unknownFields'],
  ['an empty file', () => sessions('  \n'), '$', 'json.empty'],
  ['a file that stops in the middle', () => sessions('{"format": '), '$', 'json.end'],
  ['a syntax error at a place', () => sessions('{\n  "format": "fyrabend.sessions/1",\n  "sessions": [],\n}'), '$', 'json.at'],
  ['text that is not JSON', () => sessions('format = sessions'), '$', 'json.at'],
  ['JSON nested too deep to scan', () => sessions('['.repeat(200_000)), '$', 'json.bad'],
  ['an end before its start', () => sessions(sessionsText({ ...session, end: '2026-09-07T07:00:00+02:00' })), '$.sessions[0].end', 'interval.order'],
  ['a session longer than 7 days', () => sessions(sessionsText({ ...session, end: '2026-09-14T08:00:01+02:00' })), '$.sessions[0].end', 'interval.week'],
  ['a local time without offset', () => sessions(sessionsText({ ...session, start: '2026-09-07T08:00:00' })), '$.sessions[0].start', 'instant.noOffset'],
  ['a time that is not RFC 3339', () => sessions(sessionsText({ ...session, start: 'tomorrow at eight' })), '$.sessions[0].start', 'instant.notRfc'],
  ['a date that does not exist', () => sessions(sessionsText({ ...session, start: '2026-02-30T08:00:00+01:00' })), '$.sessions[0].start', 'instant.notReal'],
  ['a window start like 25:00', () => agreement(agreementText((a) => (a.workingTime.windows.mon = [['25:00', '26:00']]))), '$.workingTime.windows.mon[0][0]', 'clock.from'],
  ['a window end like 25:00', () => agreement(agreementText((a) => (a.workingTime.windows.mon = [['08:00', '25:00']]))), '$.workingTime.windows.mon[0][1]', 'clock.to'],
  ['a window that ends before it starts', () => agreement(agreementText((a) => (a.workingTime.windows.mon = [['16:00', '08:00']]))), '$.workingTime.windows.mon[0]', 'window.order'],
  ['an averaging period that ends before it starts', () => agreement(agreementText((a) => (a.limits.averaging = { kind: 'individual', from: '2026-06-01', to: '2026-01-01' }))), '$.limits.averaging.to', 'averaging.order'],
  ['a daily rest below 8 h', () => agreement(agreementText((a) => (a.limits.restDailyHours = 7))), '$.limits.restDailyHours', 'restDaily.min'],
  ['a daily rest above 11 h', () => agreement(agreementText((a) => (a.limits.restDailyHours = 12))), '$.limits.restDailyHours', 'restDaily.max'],
  ['a weekly rest below 28 h', () => agreement(agreementText((a) => (a.limits.restWeeklyHours = 20))), '$.limits.restWeeklyHours', 'restWeekly.min'],
  ['a weekly rest above 35 h', () => agreement(agreementText((a) => (a.limits.restWeeklyHours = 40))), '$.limits.restWeeklyHours', 'restWeekly.max'],
  ['normal hours other than 40, 38 or 36', () => agreement(agreementText((a) => (a.limits.weeklyNormalHours = 37.5))), '$.limits.weeklyNormalHours', 'weeklyNormalHours'],
  ['a night window without 00:00–06:00', () => agreement(agreementText((a) => (a.limits.nightWindow = ['01:00', '05:00']))), '$.limits.nightWindow', 'nightWindow'],
  ['an overtime year start like 13-01', () => agreement(agreementText((a) => (a.limits.overtimeYearStart = '13-01'))), '$.limits.overtimeYearStart', 'overtimeYearStart'],
  ['an unknown time zone', () => agreement(agreementText((a) => (a.zone = 'Mars/Base'))), '$.zone', 'zone'],
  ['a date that does not exist', () => agreement(agreementText((a) => (a.validFrom = '2026-02-30'))), '$.validFrom', 'date'],
  ['a number too large', () => agreement(agreementText((a) => (a.workingTime.weeklyHours = 200))), '$.workingTime.weeklyHours', 'tooBig'],
  ['a number too small', () => agreement(agreementText((a) => (a.limits.onCallFactor = -1))), '$.limits.onCallFactor', 'tooSmall'],
  ['a text too long', () => agreement(agreementText((a) => (a.homeOffice.scope = 'x'.repeat(4001)))), '$.homeOffice.scope', 'tooBig'],
  ['too few times in a window', () => agreement(agreementText((a) => (a.workingTime.windows.mon = [['08:00']]))), '$.workingTime.windows.mon[0]', 'tooSmall'],
  ['summary hours above 168', () => summaryFile(summaryText((s) => (s.weeks[0]!.overtime = 200))), '$.weeks[0].overtime', 'summary.hours'],
  ['summary hours not whole', () => summaryFile(summaryText((s) => (s.weeks[0]!.hours = 37.5))), '$.weeks[0].hours', 'summary.wholeHours'],
  ['summary hours not half', () => summaryFile(summaryText((s) => (s.weeks[0]!.overtime = 0.3))), '$.weeks[0].overtime', 'summary.halfHours'],
  ['a finding count of 0', () => summaryFile(summaryText((s) => (s.weeks[0]!.findings = { 'aml.10-8.daily-rest': { violation: 0 } }))), '$.weeks[0].findings.aml.10-8.daily-rest.violation', 'summary.countMin'],
  ['a finding count too large', () => summaryFile(summaryText((s) => (s.weeks[0]!.findings = { 'aml.10-8.daily-rest': { violation: 20000 } }))), '$.weeks[0].findings.aml.10-8.daily-rest.violation', 'summary.countMax'],
  ['a finding count not whole', () => summaryFile(summaryText((s) => (s.weeks[0]!.findings = { 'aml.10-8.daily-rest': { violation: 1.5 } }))), '$.weeks[0].findings.aml.10-8.daily-rest.violation', 'wrongType'],
  ['a week label like 2026-47', () => summaryFile(summaryText((s) => (s.weeks[0]!.week = '2026-47'))), '$.weeks[0].week', 'summary.week'],
  ['a group label with free text', () => summaryFile(summaryText((s) => (s.groups.department = 'kari@firma.no'))), '$.groups.department', 'summary.label'],
  ['an id that is not a UUID', () => summaryFile(summaryText((s) => (s.id = 'kari'))), '$.id', 'summary.id'],
  ['a period like 2026-13', () => summaryFile(summaryText((s) => (s.period = '2026-13'))), '$.period', 'summary.period'],
  ['more than 14 weeks', () => summaryFile(summaryText((s) => (s.weeks = Array.from({ length: 15 }, () => s.weeks[0]!)))), '$.weeks', 'summary.weeksMax'],
  ['weeks that are not the period', () => summaryFile(summaryText((s) => s.weeks.pop())), '$.weeks', 'summary.weeks'],
  ['a summary too large', () => [summarySizeProblem(MAX_SUMMARY_BYTES + 1)!], '$', 'summary.tooLarge'],
  ['a truncated summary', () => summaryFile('{"format": "fyrabend.summary/1", "id"'), '$', 'summary.truncated'],
  ['a newer summary version', () => summaryFile(summaryText((s) => (s.format = 'fyrabend.summary/3'))), '$.format', 'summary.version'],
  ['another format given as summary', () => summaryFile('{"format": "fyrabend.sessions/1", "sessions": []}'), '$.format', 'summary.otherFormat'],
  ['a summary without format', () => summaryFile('{"weeks": []}'), '$.format', 'summary.noFormat'],
];

/** Wording that must never reach a Norwegian reader: zod's defaults and English sentence words. */
const NOT_NORWEGIAN = /\b(Invalid|Too small|Too big|expected|got|is missing|must|should|received)\b/;

describe('every problem kind, in nb, nn and en', () => {
  it.each(KINDS)('%s', (_what, read, path, code) => {
    const found = read().find((p) => p.path === path);
    expect(found, JSON.stringify(read())).toMatchObject({ path, code });
    const p = found!;
    const texts = Object.fromEntries(LANGS.map((lang) => [lang, problemText(p, lang)])) as Record<Lang, string>;
    for (const lang of LANGS) {
      expect(texts[lang].length, lang).toBeGreaterThan(5);
      expect(texts[lang], lang).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    }
    expect(texts.nb).not.toMatch(NOT_NORWEGIAN);
    expect(texts.nn).not.toMatch(NOT_NORWEGIAN);
    expect(texts.nb).not.toBe(texts.en);
    expect(texts.nn).not.toBe(texts.nb);
    expect(p.message).toBe(texts.en); // the English text stays on the problem for logs
  });
});

describe('the sentences', () => {
  const first = (ps: readonly FormatProblem[]) => ps[0]!;
  it.each([
    [
      'missing',
      () => first(sessions(sessionsText({ start: session.start }))),
      'sessions.json: $.sessions[0].end mangler; forventet tekst.',
      'sessions.json: $.sessions[0].end manglar; venta tekst.',
      'sessions.json: $.sessions[0].end is missing; expected text.',
    ],
    [
      'wrong type',
      () => first(sessions(sessionsText({ ...session, end: 5 }))),
      'sessions.json: $.sessions[0].end skal være tekst, men er tallet 5.',
      'sessions.json: $.sessions[0].end skal vere tekst, men er talet 5.',
      'sessions.json: $.sessions[0].end expected text, got the number 5.',
    ],
    [
      'wrong value',
      () => first(sessions(sessionsText({ ...session, kind: 'play' }))),
      'sessions.json: $.sessions[0].kind skal være en av "work", "on-call", men er teksten "play".',
      'sessions.json: $.sessions[0].kind skal vere ein av "work", "on-call", men er teksten "play".',
      'sessions.json: $.sessions[0].kind expected one of "work", "on-call", got the text "play".',
    ],
    [
      'unknown field',
      () => first(agreement(agreementText((a) => (a.workingTime.windows.mnd = [])))),
      "sessions.json: $.workingTime.windows har et ukjent felt 'mnd'; fjern det eller rett stavemåten.",
      "sessions.json: $.workingTime.windows har eit ukjent felt 'mnd'; fjern det eller rett stavemåten.",
      "sessions.json: $.workingTime.windows has an unknown field 'mnd'; remove it or correct the spelling.",
    ],
    [
      'JSON syntax',
      () => first(sessions('{\n  "format": "fyrabend.sessions/1",\n  "sessions": [],\n}')),
      'sessions.json: $ er ikke gyldig JSON: feil på linje 4, kolonne 1; sjekk at filen er en Fyrabend-fil i JSON og ikke er avkortet.',
      'sessions.json: $ er ikkje gyldig JSON: feil på linje 4, kolonne 1; sjekk at fila er ei Fyrabend-fil i JSON og ikkje er avkorta.',
      'sessions.json: $ is not valid JSON: error at line 4, column 1; check the file is a Fyrabend JSON file and not truncated.',
    ],
    [
      'a local time without offset',
      () => first(sessions(sessionsText({ ...session, start: '2026-10-25T02:30:00' }))),
      'sessions.json: $.sessions[0].start er et lokalt klokkeslett uten UTC-forskyvning ("2026-10-25T02:30:00"); legg den til, for eksempel 2026-10-25T02:30:00+01:00, fordi samme klokkeslett kan bety to tidspunkter natten klokka stilles.',
      'sessions.json: $.sessions[0].start er eit lokalt klokkeslett utan UTC-forskyving ("2026-10-25T02:30:00"); legg ho til, til dømes 2026-10-25T02:30:00+01:00, fordi same klokkeslett kan tyde to tidspunkt natta klokka blir stilt.',
      'sessions.json: $.sessions[0].start is a local time without offset ("2026-10-25T02:30:00"); add the UTC offset, e.g. 2026-10-25T02:30:00+01:00, because the same clock time can mean two instants on the night clocks change.',
    ],
    [
      'a summary too large',
      () => summarySizeProblem(3 * 1024 * 1024)!,
      'sessions.json: $ er 3,0 MB, større enn de 256 kB et sammendrag kan være; det er ikke et Fyrabend-sammendrag.',
      'sessions.json: $ er 3,0 MB, større enn dei 256 kB eit samandrag kan vere; det er ikkje eit Fyrabend-samandrag.',
      'sessions.json: $ is 3.0 MB, larger than the 256 kB a summary can be; it is not a Fyrabend summary.',
    ],
  ] as const)('%s', (_what, problem, nb, nn, en) => {
    const p = problem();
    expect(problemSentence('sessions.json', p, 'nb')).toBe(nb);
    expect(problemSentence('sessions.json', p, 'nn')).toBe(nn);
    expect(problemSentence('sessions.json', p, 'en')).toBe(en);
  });

  it('adds how many more problems there are, in each language', () => {
    const ps = sessions(JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{}, {}] }));
    expect(ps).toHaveLength(4);
    expect(problemsText('f.json', ps, 'nb', 1)).toBe('f.json: $.sessions[0].start mangler; forventet tekst. (og 3 problemer til)');
    expect(problemsText('f.json', ps, 'nn', 1)).toBe('f.json: $.sessions[0].start manglar; venta tekst. (og 3 problem til)');
    expect(problemsText('f.json', ps, 'en', 3)).toMatch(/ \(and 1 more problem\)$/);
    expect(problemsText(null, ps.slice(0, 1), 'en')).toBe('$.sessions[0].start is missing; expected text.');
  });

  it('renders the --now problem of `fyrabend plan` from the same catalog', () => {
    const r = parseInstantText('2026-11-24 15:20');
    expect(r).toMatchObject({ ok: false, code: 'instant.noOffset' });
    if (r.ok) return;
    expect(r.why).toMatch(/^is a local time without offset/);
    expect(problemText({ path: '--now', code: r.code, params: r.params, message: r.why }, 'nn')).toMatch(/^er eit lokalt klokkeslett utan UTC-forskyving \("2026-11-24 15:20"\); legg ho til, til dømes 2026-11-24T15:20\+01:00/);
  });

  it('keeps the BOM rule: a file starting with a byte order mark still parses', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('format problem texts', () => {
  /** Every parameter any entry reads, so each text renders fully. */
  const ALL_PARAMS = { expected: 'string', gotKind: 'text', gotValue: '"x"', values: '"a", "b"', count: 2, fields: "'x'", origin: 'number', limit: 1, divisor: 0.5, line: 3, column: 7, text: '"x"', example: 'x+01:00', period: '2026-11', first: '2026-W45', last: '2026-W49', size: 300_000, max: 262_144, got: 'x', n: 2, file: 'f.json' };

  it('exist, non-empty and fully rendered, in nb, nn and en for every key', () => {
    const keys = Object.keys(FORMAT_PROBLEM_TEXTS.en).sort();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGS) {
      expect(Object.keys(FORMAT_PROBLEM_TEXTS[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const text = problemText({ path: '$', code: key as FormatProblemCode, params: ALL_PARAMS, message: '' }, lang);
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(text, `${lang} ${key}`).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    }
  });

  it('bokmål and nynorsk are written separately (only a few short words coincide)', () => {
    const same = Object.keys(FORMAT_PROBLEM_TEXTS.en).filter((key) => {
      const p = { path: '$', code: key as FormatProblemCode, params: ALL_PARAMS, message: '' };
      return problemText(p, 'nb') === problemText(p, 'nn');
    });
    expect(same).toEqual(['io.checkPath']);
  });
});
