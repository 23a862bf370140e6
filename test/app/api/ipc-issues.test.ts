/**
 * Bad IPC input is told in the user's language: the schemas' own messages are keys of IPC_ISSUE_TEXTS
 * (src/shared/i18n/ipc-issues.ts), other zod issues are described generically, and zod's English
 * default text never reaches a bokmål or nynorsk user.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/api/index';
import { DEFAULT_PAY_SETTINGS } from '../../../src/core/pay';
import type { Lang } from '../../../src/core/model';
import { translate } from '../../../src/shared/i18n/catalog';
import { IPC_ISSUE_TEXTS, isIssueKey, type IpcIssueKey } from '../../../src/shared/i18n/ipc-issues';
import { CONTRACT, type ApiMethod } from '../../../src/shared/ipc/contract';
import { fakeServices } from './fake-services';

async function refusal(lang: Lang, method: string, input: unknown): Promise<string> {
  const s = fakeServices();
  await s.settings.set({ lang });
  s.calls.length = 0;
  const r = await dispatch(s, method, input);
  expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(s.calls).toEqual([]);
  return r.ok ? '' : r.error.message;
}

const sentence = (lang: Lang, field: string, issue: string): string =>
  ({
    nb: `Ugyldig verdi i feltet «${field}»: ${issue} Rett feltet og prøv igjen.`,
    nn: `Ugyldig verdi i feltet «${field}»: ${issue} Rett feltet og prøv igjen.`,
    en: `Invalid value in the field “${field}”: ${issue} Correct the field and try again.`,
  })[lang];

/** zod's own English messages (zod 4 defaults), which must never be shown. */
const ZOD_ENGLISH = /Invalid input|Invalid option|Invalid discriminator|Unrecognized key|Too (big|small)|expected (number|string)|received/;

const files = [{ name: 'a.json', size: 2, text: '{}' }];

describe('describeIssue: the message in nb, nn and en', () => {
  type Case = [name: string, method: string, input: unknown, field: Record<Lang, string>, issue: Record<Lang, string>];
  const same = (f: string): Record<Lang, string> => ({ nb: f, nn: f, en: f });
  const cases: Case[] = [
    ['a date', 'reportPeriod', { from: '2026-3-1', to: '2026-03-31' }, same('from'), {
      nb: 'Bruk en dato som 2026-03-28.',
      nn: 'Bruk ein dato som 2026-03-28.',
      en: 'Use a date like 2026-03-28.',
    }],
    ['a period that ends before it starts', 'reportPeriod', { from: '2026-03-02', to: '2026-03-01' }, same('to'), {
      nb: 'Perioden må slutte samme dag som den begynner eller senere.',
      nn: 'Perioden må slutte same dag som han byrjar eller seinare.',
      en: 'The period must end on or after its first day.',
    }],
    ['a negative warning lead', 'settingsSet', { warningLeadMinutes: -1 }, same('warningLeadMinutes'), {
      nb: 'Varselet før en grense må være 0 minutter eller mer.',
      nn: 'Varselet før ei grense må vere 0 minutt eller meir.',
      en: 'The warning lead must be 0 minutes or more.',
    }],
    ['a warning lead above the limit', 'settingsSet', { warningLeadMinutes: 121 }, same('warningLeadMinutes'), {
      nb: 'Varselet før en grense kan være høyst 120 minutter.',
      nn: 'Varselet før ei grense kan vere høgst 120 minutt.',
      en: 'The warning lead can be at most 120 minutes.',
    }],
    ['an idle threshold of 0', 'settingsSet', { idleMinutes: 0 }, same('idleMinutes'), {
      nb: 'Tiden før Fyrabend spør om inaktiv tid, må være minst 1 minutt.',
      nn: 'Tida før Fyrabend spør om inaktiv tid, må vere minst 1 minutt.',
      en: 'The idle threshold must be at least 1 minute.',
    }],
    ['a group label over 60 characters', 'summaryOptionsSave', { groupOptions: { department: ['x'.repeat(61)] } }, same('groupOptions.department.0'), {
      nb: 'Et gruppenavn kan ha høyst 60 tegn.',
      nn: 'Eit gruppenamn kan ha høgst 60 teikn.',
      en: 'A label can be at most 60 characters.',
    }],
    ['an empty group label', 'summaryOptionsSave', { groupOptions: { workplace: ['  '] } }, same('groupOptions.workplace.0'), {
      nb: 'Et gruppenavn kan ikke være tomt; fjern raden i stedet.',
      nn: 'Eit gruppenamn kan ikkje vere tomt; fjern rada i staden.',
      en: 'A label cannot be empty; remove the row instead.',
    }],
    ['k below 5', 'repAggregate', { files, k: 4 }, same('k'), {
      nb: 'k må være minst 5: mindre grupper kan ikke anonymiseres.',
      nn: 'k må vere minst 5: mindre grupper kan ikkje anonymiserast.',
      en: 'k must be at least 5: smaller groups cannot be anonymised.',
    }],
    ['k that is not whole', 'repAggregate', { files, k: 5.5 }, same('k'), {
      nb: 'k må være et helt tall.',
      nn: 'k må vere eit heilt tal.',
      en: 'k must be a whole number.',
    }],
    ['a summary file above the size limit', 'repAggregate', { files: [{ name: 'a.json', size: 1, text: 'x'.repeat(256 * 1024 + 1) }] }, same('files.0.text'), {
      nb: 'En sammendragsfil kan være høyst 256 kB.',
      nn: 'Ei samandragsfil kan vere høgst 256 kB.',
      en: 'A summary file can be at most 256 kB.',
    }],
    ['an unknown key', 'trackerStart', { kind: 'work', colour: 'red' }, { nb: 'inndata', nn: 'inndata', en: 'input' }, {
      nb: "Har et ukjent felt 'colour'; fjern det eller rett stavemåten.",
      nn: "Har eit ukjent felt 'colour'; fjern det eller rett stavemåten.",
      en: "Has an unknown field 'colour'; remove it or correct the spelling.",
    }],
    ['a wrong type', 'settingsSet', { idleMinutes: 'ten' }, same('idleMinutes'), {
      nb: 'Skal være et tall, men er teksten "ten".',
      nn: 'Skal vere eit tal, men er teksten "ten".',
      en: 'Expected a number, got the text "ten".',
    }],
    ['a missing field', 'sessionsDelete', { id: 's1' }, same('reason'), {
      nb: 'Mangler; forventet tekst.',
      nn: 'Manglar; venta tekst.',
      en: 'Is missing; expected text.',
    }],
    ['a value outside an enum', 'trackerStart', { kind: 'nap' }, same('kind'), {
      nb: 'Skal være en av "work", "on-call", men er teksten "nap".',
      nn: 'Skal vere ein av "work", "on-call", men er teksten "nap".',
      en: 'Expected one of "work", "on-call", got the text "nap".',
    }],
    ['a bound without a message of its own', 'warningsSnooze', { id: 'w1', minutes: 241 }, same('minutes'), {
      nb: 'Må være høyst 240.',
      nn: 'Må vere høgst 240.',
      en: 'Must be at most 240.',
    }],
    ['an unknown kind of overtime rule', 'paySettingsSave', { settings: { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1', overtime: { ...DEFAULT_PAY_SETTINGS.overtime, rules: [{ class: 'x', when: { kind: 'full-moon' } }] } } }, same('settings.overtime.rules.0.when.kind'), {
      nb: 'Verdien er ikke tillatt her.',
      nn: 'Verdien er ikkje tillaten her.',
      en: 'The value is not allowed here.',
    }],
  ];

  it.each(cases)('%s', async (_name, method, input, field, issue) => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const message = await refusal(lang, method, input);
      expect(message).toBe(sentence(lang, field[lang], issue[lang]));
      expect(message).not.toMatch(ZOD_ENGLISH);
      if (lang !== 'en') expect(message).not.toContain(issue.en);
    }
  });

  it('keeps the English wording the window tests pin', async () => {
    expect(await refusal('en', 'summaryOptionsSave', { groupOptions: { department: ['x'.repeat(61)] } })).toBe(
      'Invalid value in the field “groupOptions.department.0”: A label can be at most 60 characters. Correct the field and try again.',
    );
  });
});

describe('the contracts name every problem with a catalog key', () => {
  const pay = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234' };
  const session = { start: 1000, end: 2000, kind: 'work', location: 'home', initiative: 'own', breakWithDuties: false };
  const bad: [IpcIssueKey, ApiMethod, unknown][] = [
    ['date.like', 'agreementInForce', { date: '28.03.2026' }],
    ['zone.like', 'sessionsAdd', { session: { ...session, zone: '../etc' } }],
    ['zone.like', 'sessionsAdd', { session: { ...session, zone: 'Mars/Olympus' } }],
    ['agreement.like', 'agreementSave', { document: ['fyrabend.agreement/1'] }],
    ['agreement.like', 'agreementSave', { document: { format: 'fyrabend.sessions/1' } }],
    ['agreement.max', 'agreementSave', { document: { format: 'fyrabend.agreement/1', homeOffice: { scope: 'x'.repeat(1024 * 1024) } } }],
    ['id.unknown', 'sessionsDelete', { id: 'a b', reason: 'Twice' }],
    ['reason.min', 'sessionsDelete', { id: 's1', reason: '   ' }],
    ['reason.max', 'sessionsEdit', { id: 's1', session, reason: 'x'.repeat(501) }],
    ['note.max', 'sessionsAdd', { session: { ...session, note: 'x'.repeat(501) } }],
    ['session.order', 'sessionsAdd', { session: { ...session, end: 1000 } }],
    ['session.week', 'sessionsAdd', { session: { ...session, end: 1000 + 8 * 86_400_000 } }],
    ['lead.min', 'settingsSet', { warningLeadMinutes: -1 }],
    ['lead.max', 'settingsSet', { warningLeadMinutes: 121 }],
    ['idle.min', 'settingsSet', { idleMinutes: 0 }],
    ['idle.max', 'settingsSet', { idleMinutes: 241 }],
    ['backup.choose', 'backupRestore', { name: '.hidden' }],
    ['backup.choose', 'backupRestore', { name: 'a..b.db' }],
    ['period.instantOrder', 'sessionsList', { from: 5, to: 5 }],
    ['period.dateOrder', 'reportPeriod', { from: '2026-03-02', to: '2026-03-01' }],
    ['month.like', 'exportPreview', { period: '2026-3' }],
    ['year.like', 'exportStatus', { year: '26' }],
    ['wageType.max', 'paySettingsSave', { settings: { ...pay, wageTypes: { normal: '1'.repeat(21) } } }],
    ['wageType.chars', 'paySettingsSave', { settings: { ...pay, wageTypes: { normal: '1 0' } } }],
    ['employeeNumber.min', 'paySettingsSave', { settings: { ...pay, employeeNumber: ' ' } }],
    ['employeeNumber.max', 'paySettingsSave', { settings: { ...pay, employeeNumber: '1'.repeat(31) } }],
    ['employeeName.max', 'paySettingsSave', { settings: { ...pay, employeeName: 'x'.repeat(101) } }],
    ['folder.max', 'dataFolderMove', { folder: `/${'a'.repeat(1100)}` }],
    ['summaryPeriod.like', 'summaryMake', { period: '2026-Q5' }],
    ['label.empty', 'summaryOptionsSave', { groupOptions: { department: [''] } }],
    ['label.tooLong', 'summaryOptionsSave', { groupOptions: { department: ['x'.repeat(61)] } }],
    ['label.tooLong', 'summaryOptionsSave', { groupOptions: { department: ['x'.repeat(1001)] } }],
    ['label.characters', 'summaryOptionsSave', { groupOptions: { department: ['kari@firma.no'] } }],
    ['groupList.max', 'summaryOptionsSave', { groupOptions: { department: Array.from({ length: 51 }, (_, i) => `D${i}`) } }],
    ['groups.unknown', 'summaryOptionsSave', { groupOptions: { team: ['IT'] } }],
    ['summaryFile.max', 'repExport', { files: [{ name: 'a.json', size: 1, text: 'x'.repeat(256 * 1024 + 1) }], format: 'csv' }],
    ['files.min', 'repAggregate', { files: [] }],
    ['files.max', 'repAggregate', { files: Array.from({ length: 1001 }, () => files[0]) }],
    ['k.int', 'repAggregate', { files, k: 6.5 }],
    ['k.min', 'repAggregate', { files, k: 0 }],
    ['senders.int', 'repAggregate', { files, k: 6, senders: 0 }],
    ['p.range', 'repAggregate', { files, k: 6, senders: 1, p: 90 }],
  ];

  it.each(bad)('%s from %s', (key, method, input) => {
    const r = CONTRACT[method].input.safeParse(input);
    expect(r.success).toBe(false);
    const message = r.error?.issues[0]?.message ?? '';
    expect(isIssueKey(message)).toBe(true);
    expect(message).toBe(key);
  });

  it('every key of the catalog is used by a schema above (the generic texts aside)', () => {
    const used = new Set(bad.map(([key]) => key));
    const unused = (Object.keys(IPC_ISSUE_TEXTS.en) as IpcIssueKey[]).filter((k) => !used.has(k) && !k.startsWith('generic.'));
    expect(unused).toEqual([]);
  });

  it('every text renders without a left-over {placeholder}, and nb and nn are not the English text', () => {
    for (const key of Object.keys(IPC_ISSUE_TEXTS.en) as IpcIssueKey[]) {
      const en = translate(IPC_ISSUE_TEXTS, 'en', key, { limit: 7 });
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const text = translate(IPC_ISSUE_TEXTS, lang, key, { limit: 7 });
        expect(text, `${lang} ${key}`).not.toMatch(/[{}]/);
        expect(text, `${lang} ${key}`).toMatch(/^[\p{L}\d].*\.$/u);
        if (lang !== 'en') expect(text, `${lang} ${key}`).not.toBe(en);
      }
    }
  });

  // A new English literal in a schema would slip past the table above; this reads the contract sources.
  const sources = ['contract.ts', 'export-contract.ts', 'summary-contract.ts', 'data-folder-contract.ts'];
  it.each(sources)('src/shared/ipc/%s has no sentence written in a schema', (file) => {
    const code = readFileSync(join(__dirname, '../../../src/shared/ipc', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const literals = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    const sentences = literals.filter((t) => /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(t));
    expect(sentences).toEqual([]);
  });
});
