import { nodeSummaryCrypto } from '../../../src/cli/node-summary-crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, createSummaryService, dispatch, GROUP_OPTIONS_KEY, readGroupOptions } from '../../../src/app/api/index';
import type { Clock } from '../../../src/app/ports/clock';
import { MAX_SUMMARY_BYTES } from '../../../src/shared/formats/summary';
import type { RepAggregateView, SummaryPreview } from '../../../src/shared/ipc/summary-contract';
import { fileExportFolder } from '../../../src/store/files/export-folder';
import { openStore, type Store } from '../../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-12-02T09:00:00Z');
const H = 3_600_000;
const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

async function setup(withSummaries = true) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-sum-'));
  dirs.push(dir);
  const clock: Clock = { now: () => NOW, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => NOW, backups: false });
  stores.push(store);
  const exportsDir = join(dir, 'exports');
  const services = createAppServices({
    ...store, clock, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: NOW, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
    ...(withSummaries ? { summaries: createSummaryService({ settings: store.settings, exports: fileExportFolder(exportsDir), crypto: nodeSummaryCrypto }) } : {}),
  });
  await dispatch(services, 'settingsSet', { lang: 'en' });
  await dispatch(services, 'agreementSave', { document: AGREEMENT });
  return { services, store, exportsDir };
}

describe('summary handlers over a real SQLite store', () => {
  it('makes a preview without saving, then saves exactly the previewed text into the export folder', async () => {
    const t = await setup();
    t.store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['IT', 'Sales'] }));
    const start = Date.parse('2026-11-10T07:00:00Z');
    expect((await dispatch(t.services, 'sessionsAdd', { session: { start, end: start + 11 * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } })).ok).toBe(true);
    const made = await dispatch(t.services, 'summaryMake', { period: '2026-11', groups: { department: 'IT' } });
    expect(made.ok).toBe(true);
    const v = (made as { value: SummaryPreview }).value;
    expect(v.preview.join('\n')).toContain('Groups you chose: Department: IT');
    expect(v.preview.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(() => readdirSync(t.exportsDir)).toThrow();
    const saved = await dispatch(t.services, 'summarySave', { text: v.text });
    expect(saved).toMatchObject({ ok: true, value: { name: 'fyrabend-summary-2026-11.json' } });
    expect(readFileSync(join(t.exportsDir, 'fyrabend-summary-2026-11.json'), 'utf8')).toBe(v.text);
    const again = await dispatch(t.services, 'summarySave', { text: v.text });
    expect(again).toMatchObject({ ok: true, value: { name: 'fyrabend-summary-2026-11 (2).json' } });
  });

  it.each([
    [{ period: '2026-13' }, 'invalid-input'],
    [{ period: '2026-11', groups: { department: 'Typed in' } }, 'bad-group'],
    [{ period: '2026-11', groups: { team: 'IT' } }, 'invalid-input'],
    [{ period: '2025-06' }, 'no-agreement'],
  ])('refuses %j with %s', async (input, code) => {
    const t = await setup();
    t.store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['IT'] }));
    expect(await dispatch(t.services, 'summaryMake', input)).toMatchObject({ ok: false, error: { code } });
  });

  it('saves edited group lists in the setting the CLI reads; a renamed label is offered, the old one refused', async () => {
    const t = await setup();
    t.store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['IT', 'Sales'] }));
    const saved = await dispatch(t.services, 'summaryOptionsSave', { groupOptions: { department: [' IT ', 'Sales and marketing', 'it'], workplace: [] } });
    expect(saved).toEqual({ ok: true, value: { groupOptions: { department: ['IT', 'Sales and marketing'] } } });
    expect(JSON.parse(t.store.settings.get(GROUP_OPTIONS_KEY) ?? 'null')).toEqual({ department: ['IT', 'Sales and marketing'] });
    const made = await dispatch(t.services, 'summaryMake', { period: '2026-11', groups: { department: 'Sales and marketing' } });
    expect(made.ok).toBe(true);
    expect(await dispatch(t.services, 'summarySave', { text: (made as { value: SummaryPreview }).value.text })).toMatchObject({ ok: true });
    expect(await dispatch(t.services, 'summaryMake', { period: '2026-11', groups: { department: 'Sales' } })).toMatchObject({ ok: false, error: { code: 'bad-group' } });
  });

  it('refuses to save text that is not a strict summary (no free text can ride along)', async () => {
    const t = await setup();
    const made = (await dispatch(t.services, 'summaryMake', { period: '2026-11' })) as { ok: true; value: SummaryPreview };
    const tampered = made.value.text.replace('"groups": {}', '"groups": {}, "name": "Kari"');
    expect(await dispatch(t.services, 'summarySave', { text: tampered })).toMatchObject({ ok: false, error: { code: 'bad-summary' } });
  });

  it.each([
    ['nb', "Sammendraget ble ikke lagret fordi teksten ikke er et gyldig sammendrag: $ har et ukjent felt 'name'; fjern det eller rett stavemåten. Lag forhåndsvisningen på nytt.", /^broken\.json: \$ er ikke fullstendig JSON/, /^huge\.json: \$ er 257 kB, større enn de 256 kB/],
    ['nn', "Samandraget vart ikkje lagra fordi teksten ikkje er eit gyldig samandrag: $ har eit ukjent felt 'name'; fjern det eller rett stavemåten. Lag førehandsvisinga på nytt.", /^broken\.json: \$ er ikkje fullstendig JSON/, /^huge\.json: \$ er 257 kB, større enn dei 256 kB/],
    ['en', "The summary was not saved because the text is not a valid summary: $ has an unknown field 'name'; remove it or correct the spelling. Make the preview again.", /^broken\.json: \$ is not complete JSON/, /^huge\.json: \$ is 257 kB, larger than the 256 kB/],
  ] as const)('tells what is wrong with a summary in the language setting (%s)', async (lang, saveMessage, broken, huge) => {
    const t = await setup();
    const made = (await dispatch(t.services, 'summaryMake', { period: '2026-11' })) as { ok: true; value: SummaryPreview };
    await dispatch(t.services, 'settingsSet', { lang });
    const tampered = made.value.text.replace('"groups": {}', '"groups": {}, "name": "Kari"');
    expect(await dispatch(t.services, 'summarySave', { text: tampered })).toEqual({ ok: false, error: { code: 'bad-summary', message: saveMessage } });
    const files = [
      { name: 'broken.json', size: 10, text: '{"format": "fyrabend.summary/1", "id"' },
      { name: 'huge.json', size: MAX_SUMMARY_BYTES + 1 },
    ];
    const r = (await dispatch(t.services, 'repAggregate', { files, k: 6, senders: 1 })) as { ok: true; value: RepAggregateView };
    expect(r.value.rejected.map((x) => x.reason)).toEqual([expect.stringMatching(broken), expect.stringMatching(huge)]);
  });

  it('refuses every summary method when no export folder is wired', async () => {
    const t = await setup(false);
    expect(await dispatch(t.services, 'summaryOptions', undefined)).toMatchObject({ ok: false, error: { code: 'summaries-off' } });
  });

  it('aggregates texts: bad and oversized files skipped with the reason, one file per id, k below 5 and more ids than senders refused', async () => {
    const t = await setup();
    const made = (await dispatch(t.services, 'summaryMake', { period: '2026-11' })) as { ok: true; value: SummaryPreview };
    const again = (await dispatch(t.services, 'summaryMake', { period: '2026-11' })) as { ok: true; value: SummaryPreview };
    const id = JSON.parse(made.value.text).id as string;
    expect(JSON.parse(again.value.text).id).toBe(id); // the same installation and period: the same id
    // Seven colleagues: the same figures from seven installations.
    const texts = Array.from({ length: 7 }, (_, i) => made.value.text.replace(id, `00000000-0000-8000-8000-00000000000${i}`));
    const files = [
      ...texts.map((text, i) => ({ name: `s${i}.json`, size: text.length, text })),
      { name: 'copy.json', size: texts[0]!.length, text: texts[0]! },
      { name: 'broken.json', size: 10, text: '{"format": "fyrabend.summary/1", "id"' },
      { name: 'huge.json', size: MAX_SUMMARY_BYTES + 1 },
    ];
    const r = await dispatch(t.services, 'repAggregate', { files, k: 6, senders: 7 });
    expect(r.ok).toBe(true);
    const v = (r as { value: RepAggregateView }).value;
    expect(v.problem).toBeNull();
    expect(v.report?.input).toMatchObject({ files: 10, accepted: 7, duplicates: 1, rejected: 2, senders: 7 });
    expect(v.view?.input).toMatch(/^10 files read, 7 people \(different ids\) included, handed in by 7 people/);
    const fewer = (await dispatch(t.services, 'repAggregate', { files, k: 6, senders: 6 })) as { ok: true; value: RepAggregateView };
    expect(fewer.value.report).toBeNull();
    expect(fewer.value.problem).toMatch(/^The files hold 7 different people \(summary ids\), but only 6 people handed in files/);
    expect(await dispatch(t.services, 'repExport', { files, k: 6, senders: 6, format: 'html' })).toMatchObject({ ok: false, error: { code: 'no-report' } });
    expect(v.rejected.map((x) => x.file)).toEqual(['broken.json', 'huge.json']);
    expect(v.rejected[0]!.reason).toMatch(/truncated or damaged/);
    expect(v.rejected[1]!.reason).toMatch(/larger than/);
    expect(v.duplicates).toEqual([{ file: 'copy.json', of: 's0.json', by: 'duplicate' }]);
    expect(await dispatch(t.services, 'repAggregate', { files, k: 4, senders: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(t.services, 'repAggregate', { files, k: 6 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(t.services, 'repAggregate', { files: [{ name: 'x.json', size: 5, text: 'x'.repeat(MAX_SUMMARY_BYTES + 1) }], senders: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const html = await dispatch(t.services, 'repExport', { files, k: 6, senders: 7, format: 'html' });
    expect(html).toMatchObject({ ok: true, value: { name: 'report-2026-11.html' } });
    const written = readFileSync(join(t.exportsDir, 'report-2026-11.html'), 'utf8');
    expect(written).toContain('<!DOCTYPE html>');
    expect(written).not.toContain('broken.json');
    // The screen's view and the saved file are one rendering.
    for (const table of v.view!.tables) for (const row of table.rows) for (const c of row.cells) expect(written).toContain(c.text);
    expect(await dispatch(t.services, 'repExport', { files: [files[8]!], senders: 1, format: 'csv' })).toMatchObject({ ok: false, error: { code: 'no-summaries' } });
  });

  it('writes an invitation with the configured lists; a summary made from it records its id, keeps to its period and lists', async () => {
    const t = await setup();
    t.store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['IT', 'Sales'] }));
    const saved = await dispatch(t.services, 'repInvite', { period: '2026-11', k: 6, contact: 'Kari, tillitsvalgt' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'invite-2026-11.json' } });
    const text = readFileSync(join(t.exportsDir, 'invite-2026-11.json'), 'utf8');
    const invite = JSON.parse(text);
    expect(invite).toMatchObject({ format: 'fyrabend.invite/1', period: '2026-11', k: 6, groups: { department: ['IT', 'Sales'] }, contact: 'Kari, tillitsvalgt' });
    t.store.settings.set(GROUP_OPTIONS_KEY, JSON.stringify({ department: ['Other'] })); // the invitation's lists count, not the local ones
    const made = (await dispatch(t.services, 'summaryMake', { period: '2026-11', groups: { department: 'Sales' }, invite: text })) as { ok: true; value: SummaryPreview };
    expect(made.ok).toBe(true);
    expect(JSON.parse(made.value.text).invite).toBe(invite.id);
    expect(await dispatch(t.services, 'summaryMake', { period: '2026-10', invite: text })).toMatchObject({ ok: false, error: { code: 'bad-invite' } });
    expect(await dispatch(t.services, 'summaryMake', { period: '2026-11', invite: '{"format": "x"}' })).toMatchObject({ ok: false, error: { code: 'bad-invite' } });
    expect(await dispatch(t.services, 'repInvite', { period: '2026-11', contact: 'Kari\u001b[2J' })).toMatchObject({ ok: false, error: { code: 'bad-contact' } });
  });

  it.each([
    [null, {}],
    ['not json', {}],
    ['[1]', {}],
    ['{"department": ["IT", "IT", 3, ""], "team": ["x"]}', { department: ['IT'] }],
  ])('reads stored group lists %j fail-closed', (json, want) => {
    expect(readGroupOptions(json)).toEqual(want);
  });
});
