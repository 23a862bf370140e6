/**
 * `fyrabend absence add | list | remove`, `export absence` and the saldo in `status` (issue 15),
 * in-process on a real SQLite log: values checked with the window's rules, refusals naming the option,
 * exit 2 on bad input, no private note in the export.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

function rig(lang = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-absence-cli-'));
  const env = { FYRABEND_DB: join(dir, 'f.db'), FYRABEND_LANG: lang, FYRABEND_ZONE: 'Europe/Oslo' };
  const run = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(join(dir, p), 'utf8'), env, cwd: dir });
    return { code, out, err };
  };
  return { dir, run };
}

describe('fyrabend absence', () => {
  it('adds, lists, exports without notes and removes', async () => {
    const { run, dir } = rig();
    expect(await run('absence', 'add', '--kind', 'sykdom', '--from', '2026-03-02', '--to', '2026-03-03', '--document', 'egenmelding', '--note', 'influensa')).toEqual({ code: 0, out: 'The absence is saved (id 1): sick leave  2026-03-02 – 2026-03-03.\n', err: '' });
    expect((await run('absence', 'add', '--kind', 'sykt-barn', '--from', '2026-03-05', '--hours', '3,5')).code).toBe(0);
    expect((await run('absence', 'list', '--from', '2026-03-04')).out).toBe('2  sick child  2026-03-05 – 2026-03-05 (3.5 h each day)\nFlexitime balance: 0 min\n');
    expect(await run('export', 'absence', '--out', 'absence.json')).toMatchObject({ code: 0, out: '2 absences written to absence.json.\n' });
    const file = JSON.parse(readFileSync(join(dir, 'absence.json'), 'utf8'));
    expect(file).toEqual({ format: 'fyrabend.absence/1', absences: [{ kind: 'sykdom', from: '2026-03-02', to: '2026-03-03', hours: null, document: 'egenmelding' }, { kind: 'sykt-barn', from: '2026-03-05', to: '2026-03-05', hours: 3.5 }] });
    expect(await run('absence', 'remove', '1', '--reason', 'wrong day')).toMatchObject({ code: 0, out: 'The absence with id 1 is deleted.\n' });
    expect(JSON.parse((await run('absence', 'list', '--json')).out).absences.map((a: { id: string }) => a.id)).toEqual(['2']);
  });

  it.each([
    [['--kind', 'ferie', '--from', '2026-02-30'], 'fyrabend: --from 2026-02-30 is not a day in the calendar'],
    [['--kind', 'ferie', '--from', '2026-07-06', '--paid', 'yes'], 'fyrabend: --paid applies only to `permisjon`'],
    [['--kind', 'sick', '--from', '2026-07-06'], 'fyrabend: --kind'],
    [['--kind', 'ferie', '--from', '2026-07-06', '--hours', 'lots'], 'fyrabend: --hours must be a number'],
    [['--kind', 'ferie', '--form', '2026-07-06'], 'did you mean --from?'],
  ])('refuses %j with exit 2, naming the option, and stores nothing', async (args, text) => {
    const { run } = rig();
    const r = await run('absence', 'add', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
    // refused before the log is opened: nothing is created, nothing stored
    expect((await run('absence', 'list')).out).toMatch(/No absence in the period\.|There is no Fyrabend database/);
  });

  it('refuses to remove an absence that does not exist', async () => {
    const { run } = rig('nn');
    await run('absence', 'add', '--kind', 'ferie', '--from', '2026-07-06');
    expect(await run('absence', 'remove', '9')).toEqual({ code: 2, out: '', err: 'fyrabend: Fann ikkje fråværet (id 9); det kan vere sletta. Oppdater lista og prøv igjen.\n' });
  });

  it('status shows the flexitime balance once an agreement is stored', async () => {
    const { run, dir } = rig('nb');
    // The CLI reads the real clock: an agreement from 30 days ago and a holiday around today, whatever today is.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(dir, 'agreement.json'), JSON.stringify({ format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: day(-30), workingTime: { weeklyHours: 37.5, windows: {} } }));
    expect((await run('import', 'agreement.json')).code).toBe(0);
    expect((await run('absence', 'add', '--kind', 'ferie', '--from', day(-31), '--to', day(31))).code).toBe(0);
    const r = await run('status', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    // Without windows, 37.5 / 5 h a weekday are expected; a holiday covers them, so nothing is owed.
    expect(doc.saldoHours).toBe(0);
    expect(doc.text).toContain('Fleksisaldo: 0 min');
  });
});
