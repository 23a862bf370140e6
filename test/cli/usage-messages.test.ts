/**
 * Bad options of the checking and reporting commands are told in the user's language (nb, nn, en),
 * one sentence on stderr with exit 2; and no English sentence is hard-coded in a UsageError any more.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesLocale, langOf } from '../../src/cli/lang';
import { runCli } from '../../src/cli/main';
import { USAGE_TEXTS } from '../../src/cli/usage-texts';
import { GROUP_OPTIONS_KEY } from '../../src/app/summary/index';
import { openStore } from '../../src/store/index';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-usage-'));
  writeFileSync(join(dir, 'sessions.json'), JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-09-07T08:00:00+02:00', end: '2026-09-07T16:00:00+02:00' }] }));
  writeFileSync(
    join(dir, 'agreement.json'),
    JSON.stringify({ format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01', workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } } }),
  );
  writeFileSync(join(dir, 'groups.json'), JSON.stringify({ department: ['IT', 'Sales'] }));
  writeFileSync(join(dir, 'groups-bad-label.json'), JSON.stringify({ department: ['IT', 'Kari <kari@example.no>'] }));
  writeFileSync(join(dir, 'groups-empty-label.json'), JSON.stringify({ department: ['IT', '   '] }));
  writeFileSync(join(dir, 'groups-long-label.json'), JSON.stringify({ workplace: ['x'.repeat(61)] }));
  writeFileSync(join(dir, 'groups-many.json'), JSON.stringify({ jobCategory: Array.from({ length: 51 }, (_, i) => `Category ${i}`) }));
  writeFileSync(join(dir, 'groups-syntax.json'), '{\n  "department": ["IT",\n}');
  writeFileSync(join(dir, 'groups-repeats.json'), JSON.stringify({ department: ['  IT  ', 'it', 'Sales   Team', 'IT'] }));
});

async function cli(args: readonly string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), readFile: (p: string) => readFileSync(resolve(dir, p), 'utf8'), env: { FYRABEND_ZONE: 'Europe/Oslo', ...env }, cwd: dir };
  const code = await runCli(args, io);
  return { code, out, err };
}

const S = ['--sessions', 'sessions.json', '--agreement', 'agreement.json'];
const SUMMARY = ['summary', '--period', '2026-09', ...S, '--dry-run'];

/** Each case: the arguments, then what the one sentence says in en, nb and nn. */
const CASES: readonly (readonly [string, readonly string[], RegExp, RegExp, RegExp])[] = [
  ['check without --sessions', ['check', '--agreement', 'agreement.json'], /^fyrabend: missing --sessions; for example --sessions sessions\.json$/, /^fyrabend: mangler --sessions; for eksempel/, /^fyrabend: manglar --sessions; til dømes/],
  ['check --format xml', ['check', ...S, '--format', 'xml'], /--format must be one of json, text, not "xml"/, /--format må være en av json, text, ikke «xml»/, /--format må vere ein av json, text, ikkje «xml»/],
  ['check --from after --to', ['check', ...S, '--from', '2026-09-10', '--to', '2026-09-01'], /--from 2026-09-10 is after --to 2026-09-01; swap them/, /er etter --to 2026-09-01; bytt dem om/, /er etter --to 2026-09-01; byt dei om/],
  ['check --from not a date', ['check', ...S, '--from', '10.09.2026'], /--from must be a date like 2026-03-10, not "10\.09\.2026"/, /--from må være en dato som 2026-03-10/, /--from må vere ein dato som 2026-03-10/],
  ['plan --lead 500', ['plan', ...S, '--now', '2026-09-07T15:00:00+02:00', '--lead', '500'], /--lead must be a number of minutes from 0 to 240, such as 15, not "500"/, /--lead må være et antall minutter fra 0 til 240/, /--lead må vere eit tal minutt frå 0 til 240/],
  ['plan --lead without a number', ['plan', ...S, '--now', '2026-09-07T15:00:00+02:00', '--lead'], /--lead needs a value, for example --lead MINUTES; usage: fyrabend plan /, /--lead trenger en verdi/, /--lead treng ein verdi/],
  ['summary --period 2026', ['summary', '--period', '2026', ...S, '--dry-run'], /--period must be a month \(2026-11\) or a quarter \(2026-Q4\) from the years 1900–2199, not "2026"/, /--period må være en måned \(2026-11\) eller et kvartal/, /--period må vere ein månad \(2026-11\) eller eit kvartal/],
  ['summary without --out', ['summary', '--period', '2026-09', ...S], /missing --out; for example --out summary-2026-Q4\.json \(or --dry-run/, /mangler --out; for eksempel --out sammendrag/, /manglar --out; til dømes --out samandrag/],
  ['summary without sessions', ['summary', '--period', '2026-09', '--dry-run'], /say where the sessions are: --db FILE/, /si hvor øktene er: --db FIL/, /sei kvar øktene er: --db FIL/],
  ['summary --group without =', [...SUMMARY, '--group', 'IT'], /--group must look like department=IT/, /--group må se ut som department=IT/, /--group må sjå ut som department=IT/],
  ['summary --group not listed', [...SUMMARY, '--groups', 'groups.json', '--group', 'department=Kari'], /"Kari" is not in the configured list for department \("IT", "Sales"\); pick one of those/, /«Kari» står ikke i den oppsatte listen for department \("IT", "Sales"\); velg en av dem/, /«Kari» står ikkje i den oppsette lista for department \("IT", "Sales"\); vel ein av dei/],
  ['summary --group with no list', [...SUMMARY, '--group', 'workplace=Oslo'], /"Oslo" is not in the configured list for workplace \(none configured\)/, /\(ingen satt opp\)/, /\(ingen sette opp\)/],
  ['summary --group unknown dimension', [...SUMMARY, '--groups', 'groups.json', '--group', 'name=Kari'], /the group "name" is not known; use workplace, department or jobCategory/, /gruppen «name» er ukjent/, /gruppa «name» er ukjend/],
  ['summary --groups missing file', [...SUMMARY, '--groups', 'nowhere.json'], /the group lists file nowhere\.json does not exist; check the path/, /gruppelistefilen nowhere\.json finnes ikke; sjekk stien/, /gruppelistefila nowhere\.json finst ikkje; sjekk stien/],
  ['summary --groups not JSON', [...SUMMARY, '--groups', 'groups-syntax.json'], /groups-syntax\.json: \$ is not valid JSON: error at line 3, column 1/, /groups-syntax\.json: \$ er ikke gyldig JSON/, /groups-syntax\.json: \$ er ikkje gyldig JSON/],
  ['summary --groups with a free-text label', [...SUMMARY, '--groups', 'groups-bad-label.json'], /groups-bad-label\.json: \$\.department\[1\] "Kari <kari@example\.no>" must start with a letter or digit and use only letters/, /\$\.department\[1\] «Kari <kari@example\.no>» må starte med en bokstav/, /\$\.department\[1\] «Kari <kari@example\.no>» må starte med ein bokstav/],
  ['summary --groups with an empty label', [...SUMMARY, '--groups', 'groups-empty-label.json'], /\$\.department\[1\] is empty; remove it from the list/, /\$\.department\[1\] er tomt; fjern det fra listen/, /\$\.department\[1\] er tomt; fjern det frå lista/],
  ['summary --groups with a long label', [...SUMMARY, '--groups', 'groups-long-label.json'], /\$\.workplace\[0\] is longer than 60 characters/, /\$\.workplace\[0\] er lengre enn 60 tegn/, /\$\.workplace\[0\] er lengre enn 60 teikn/],
  ['summary --groups with 51 labels', [...SUMMARY, '--groups', 'groups-many.json'], /\$\.jobCategory has 51 labels; at most 50 are allowed/, /\$\.jobCategory har 51 navn; høyst 50 er tillatt/, /\$\.jobCategory har 51 namn; høgst 50 er tillate/],
  ['rep aggregate without files', ['rep', 'aggregate', '--out', 'r.html'], /give the summary files to combine/, /oppgi sammendragsfilene som skal slås sammen/, /gje samandragsfilene som skal slåast saman/],
  ['rep aggregate without --out', ['rep', 'aggregate', 'a.json'], /missing --out; for example --out report\.html/, /mangler --out; for eksempel --out rapport\.html/, /manglar --out; til dømes --out rapport\.html/],
  ['rep aggregate --out report.pdf', ['rep', 'aggregate', 'a.json', '--out', 'report.pdf'], /--out must end in \.html, \.json or \.csv, not "report\.pdf"/, /--out må slutte på \.html, \.json eller \.csv, ikke «report\.pdf»/, /ikkje «report\.pdf»/],
  ['rep aggregate --k 4', ['rep', 'aggregate', 'a.json', '--out', 'r.html', '--k', '4'], /--k must be a whole number of at least 5 \(groups of 4 or fewer cannot be anonymised\), not "4"/, /--k må være et helt tall på minst 5/, /--k må vere eit heilt tal på minst 5/],
  ['rep aggregate without --senders', ['rep', 'aggregate', 'a.json', '--out', 'r.html'], /say how many people handed in files: --senders N/, /si hvor mange personer som leverte filer: --senders N/, /sei kor mange personar som leverte filer: --senders N/],
  ['rep aggregate --senders 0', ['rep', 'aggregate', 'a.json', '--out', 'r.html', '--senders', '0'], /--senders must be a whole number of at least 1, not "0"/, /--senders må være et helt tall på minst 1, ikke «0»/, /--senders må vere eit heilt tal på minst 1, ikkje «0»/],
  ['rep aggregate of unreadable files only', ['rep', 'aggregate', 'sessions.json', '--out', 'r.html', '--senders', '3'], /none of the files is a readable Fyrabend summary, so there is nothing to report/, /ingen av filene er et lesbart Fyrabend-sammendrag/, /ingen av filene er eit lesbart Fyrabend-samandrag/],
  ['export timesheet without --period', ['export', 'timesheet', '--format', 'csv'], /missing --period; give a month like --period 2026-11/, /mangler --period; oppgi en måned/, /manglar --period; gje ein månad/],
  ['export timesheet --format pdf', ['export', 'timesheet', '--period', '2026-09', '--format', 'pdf'], /--format must be one of csv, csv-excel, xlsx, json, visma, html, not "pdf"/, /--format må være en av csv/, /--format må vere ein av csv/],
];

describe('bad options are told in the user\'s language', () => {
  it.each(CASES)('%s', async (_name, args, en, nb, nn) => {
    for (const [lang, expected] of [['en', en], ['nb', nb], ['nn', nn]] as const) {
      const r = await cli([...args, '--lang', lang]);
      expect(r.code, `${lang}: ${r.err}`).toBe(2);
      const lines = r.err.split('\n').filter(Boolean);
      expect(lines.at(-1)).toMatch(expected);
      for (const line of lines) expect(line).toMatch(/^fyrabend: /);
      expect(r.err).not.toMatch(/internal error|\n\s+at /);
    }
  });

  it.each([
    ['the first spelling', 'IT', 'IT'],
    ['other capitals', 'it', 'IT'],
    ['extra spaces', '  Sales   Team ', 'Sales Team'],
  ])('a label list from a file is trimmed and its repeats are kept once; --group with %s writes the list\'s label', async (_name, given, written) => {
    const out = `groups-${given.trim().replace(/\W+/g, '-')}.json`;
    const r = await cli(['summary', '--period', '2026-09', ...S, '--groups', 'groups-repeats.json', '--group', `department=${given}`, '--out', out, '--lang', 'en']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, out), 'utf8')).groups).toEqual({ department: written });
  });

  it('a label that is only a repeat of another in other capitals is not a second group', async () => {
    const r = await cli(['summary', '--period', '2026-09', ...S, '--groups', 'groups-repeats.json', '--group', 'department=Kari', '--dry-run', '--lang', 'en']);
    expect(r.err).toMatch(/\("IT", "Sales Team"\)/);
  });

  it('rep aggregate reports its result and duplicates in Norwegian', async () => {
    const files: string[] = [];
    for (let i = 0; i < 5; i++) {
      const out = `s-${i}.json`;
      expect((await cli(['summary', '--period', '2026-09', ...S, '--out', out, '--lang', 'nb'])).code).toBe(0);
      files.push(out);
    }
    const nb = await cli(['rep', 'aggregate', ...files, files[0]!, '--senders', '5', '--k', '5', '--out', 'r.json', '--lang', 'nb']);
    expect(nb.code).toBe(0);
    expect(nb.out).toBe('6 filer lest, 5 personer (ulike id-er) for 2026-09 slått sammen, levert av 5 (k = 5, p = 85 %); hoppet over: 0, erstattet: 0, telt én gang: 1. Lagret: r.json\n');
    expect(nb.err).toBe('fyrabend: s-0.json gjelder samme person og uke som s-0.json; telt én gang.\n');
    const nn = await cli(['rep', 'aggregate', ...files, '--senders', '5', '--k', '5', '--period', '2026-10', '--out', 'r.json', '--lang', 'nn']);
    expect(nn.err).toContain('fyrabend: hoppa over s-1.json: det gjeld 2026-09, denne rapporten gjeld 2026-10.\n');
  });
});

describe('summary from the app\'s database uses the group lists the app stored', () => {
  it('reads them like the window does: a broken label is left out, a repeat in other capitals counts once', async () => {
    const db = 'app.db';
    expect((await cli(['import', 'sessions.json', '--db', db, '--lang', 'en'])).code).toBe(0);
    expect((await cli(['import', 'agreement.json', '--db', db, '--lang', 'en'])).code).toBe(0);
    const store = await openStore(join(dir, db));
    store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['IT', 'it', 'Kari <kari@example.no>', 'Sales'] }));
    store.close();
    const picked = await cli(['summary', '--period', '2026-09', '--db', db, '--group', 'department=it', '--out', 'from-db.json', '--lang', 'en']);
    expect(picked.err).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'from-db.json'), 'utf8')).groups).toEqual({ department: 'IT' });
    const kari = await cli(['summary', '--period', '2026-09', '--db', db, '--group', 'department=Kari <kari@example.no>', '--dry-run', '--lang', 'en']);
    expect(kari.code).toBe(2);
    expect(kari.err).toMatch(/is not in the configured list for department \("IT", "Sales"\)/);
  });
});

describe('the language of the command line', () => {
  it.each([
    ['--lang wins', { lang: 'nn' }, { FYRABEND_LANG: 'en', LC_ALL: 'nb_NO.UTF-8' }, 'nn'],
    ['FYRABEND_LANG next', {}, { FYRABEND_LANG: 'nb', LC_ALL: 'en_GB.UTF-8' }, 'nb'],
    ['an empty FYRABEND_LANG is unset', {}, { FYRABEND_LANG: '', LANG: 'nn_NO.UTF-8' }, 'nn'],
    ['LC_ALL before LC_MESSAGES and LANG', {}, { LC_ALL: 'nn_NO.UTF-8', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' }, 'nn'],
    ['an empty LC_ALL does not hide LANG', {}, { LC_ALL: '', LANG: 'nb_NO.UTF-8' }, 'nb'],
    ['LC_MESSAGES before LANG', {}, { LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' }, 'nb'],
    ['C locale is English', {}, { LANG: 'C.UTF-8' }, 'en'],
    ['nothing set is English', {}, {}, 'en'],
  ] as const)('%s', (_name, options, env, expected) => {
    expect(langOf({ options }, { env })).toBe(expected);
  });

  it('messagesLocale skips empty values', () => {
    expect(messagesLocale({ LC_ALL: '', LC_MESSAGES: '', LANG: 'nn_NO' })).toBe('nn_NO');
    expect(messagesLocale({ LC_ALL: '' })).toBeUndefined();
  });

  it('a bad option is told in bokmål when only the locale says so', async () => {
    const r = await cli(['check', '--agreement', 'agreement.json'], { LC_ALL: '', LANG: 'nb_NO.UTF-8' });
    expect(r.err).toBe('fyrabend: mangler --sessions; for eksempel --sessions sessions.json\n');
  });
});

describe('an internal error', () => {
  it.each([
    ['nb', 'fyrabend: intern feil: the screen is gone. Kjør på nytt med --debug for detaljer, og meld feilen.\n'],
    ['nn', 'fyrabend: intern feil: the screen is gone. Køyr på nytt med --debug for detaljar, og meld feilen.\n'],
    ['en', 'fyrabend: internal error: the screen is gone. Run again with --debug for details, and report the problem.\n'],
  ])('is told in %s with exit 1 and no stack', async (lang, expected) => {
    let err = '';
    const io = {
      stdout: () => {
        throw new Error('the screen is gone');
      },
      stderr: (t: string) => (err += t),
      readFile: (p: string) => readFileSync(resolve(dir, p), 'utf8'),
      env: {},
      cwd: dir,
    };
    expect(await runCli(['check', ...S, '--lang', lang], io)).toBe(1);
    expect(err).toBe(expected);
  });
});

describe('the catalog', () => {
  const SAME_IN_ALL = new Set(['by-id']);
  it.each(Object.keys(USAGE_TEXTS.en).filter((key) => !SAME_IN_ALL.has(key)))('%s differs from English in bokmål and nynorsk', (key) => {
    const k = key as keyof typeof USAGE_TEXTS.en;
    expect(USAGE_TEXTS.nb[k]).not.toBe(USAGE_TEXTS.en[k]);
    expect(USAGE_TEXTS.nn[k]).not.toBe(USAGE_TEXTS.en[k]);
  });

  /** The static text of a template literal outside its `${…}` parts. */
  function staticText(template: string): string {
    let out = '';
    let depth = 0;
    for (let i = 0; i < template.length; i++) {
      if (depth === 0 && template[i] === '$' && template[i + 1] === '{') {
        depth = 1;
        i++;
      } else if (depth > 0) {
        if (template[i] === '{') depth++;
        else if (template[i] === '}') depth--;
      } else out += template[i];
    }
    return out;
  }

  function sources(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return sources(path);
      return path.endsWith('.ts') ? [path] : [];
    });
  }

  it('no UsageError in src/cli carries words of its own (every sentence comes from a catalog)', () => {
    const offenders: string[] = [];
    for (const file of sources(resolve(__dirname, '../../src/cli'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new UsageError\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) offenders.push(`${file}: ${m[2]}`);
      for (const m of text.matchAll(/new UsageError\(\s*`((?:\\.|[^`])*)`/g)) {
        const words = staticText(m[1]!).replace(/--[\w-]+/g, '');
        if (/\p{L}{2,}/u.test(words)) offenders.push(`${file}: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
