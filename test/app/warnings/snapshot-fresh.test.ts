/**
 * The warning snapshot parses the stored agreement and settings only when their text changed (issue 21
 * item 3: a tray tick at 100k sessions under 1 ms), and still sees every edit at the next wake-up: a saved
 * agreement, new settings, another process's write, and a damaged agreement (logged once, no warnings).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { defaultAgreement } from '../../../src/core/index';
import { agreementToJson } from '../../../src/shared/formats/agreement';
import { storeWarningSources } from '../../../src/app/warnings/warning-service';
import { openStore, type Store } from '../../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) if (s.db.open) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-03-10T10:00:00Z');
const agreementText = (weeklyHours: number) => JSON.stringify(agreementToJson(defaultAgreement({ validFrom: '2026-01-01', weeklyHours })));

describe('storeWarningSources', () => {
  it('sees a changed agreement, changed settings and another connection’s writes at the next load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-snap-'));
    dirs.push(dir);
    const path = join(dir, 'fyrabend.db');
    const store = await openStore(path, { now: () => NOW, backups: false });
    stores.push(store);
    const logs: string[] = [];
    const sources = storeWarningSources({ ...store, zone: () => 'Europe/Oslo', now: () => NOW, log: (m) => logs.push(m) });

    expect(sources.load().agreement).toBeNull();
    store.agreements.save('2026-01-01', agreementText(37.5), NOW);
    const first = sources.load();
    expect(first.agreement?.weeklyHours).toBe(37.5);
    expect(sources.load().agreement).toBe(first.agreement); // parsed once for the same text

    store.agreements.save('2026-01-01', agreementText(40), NOW);
    expect(sources.load().agreement?.weeklyHours).toBe(40);

    expect(sources.load().settings.leadMinutes).toBe(15);
    store.settings.set('app', JSON.stringify({ lang: 'en', warningLeadMinutes: 30 }));
    expect(sources.load().settings).toMatchObject({ lang: 'en', leadMinutes: 30 });

    const other = new Database(path);
    try {
      other.prepare('UPDATE agreements SET json = ? WHERE valid_from = ?').run(agreementText(35), '2026-01-01');
      other.prepare("UPDATE settings SET value = ? WHERE key = 'app'").run(JSON.stringify({ lang: 'nn', warningLeadMinutes: 5 }));
      expect(sources.load().agreement?.weeklyHours).toBe(35);
      expect(sources.load().settings).toMatchObject({ lang: 'nn', leadMinutes: 5 });
      other.prepare('UPDATE agreements SET json = ? WHERE valid_from = ?').run('{"format": "fyrabend.agreement/1"', '2026-01-01');
    } finally {
      other.close();
    }
    expect(sources.load().agreement).toBeNull();
    expect(sources.load().agreement).toBeNull();
    expect(logs.filter((m) => m.includes('not JSON'))).toHaveLength(1);
  });
});
