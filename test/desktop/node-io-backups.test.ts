/** `storeBackups` (src/desktop/node-io.ts): a backup name that is not in the list is refused in the user's language. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeBackups } from '../../src/desktop/node-io';
import { APP_SETTINGS_KEY } from '../../src/app/api/index';
import { openStore, type Store } from '../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('storeBackups: restoring a backup that is not in the list', () => {
  const cases: [string, string | null, string][] = [
    ['bokmål', '{"lang":"nb"}', 'Velg en sikkerhetskopi fra listen.'],
    ['nynorsk', '{"lang":"nn"}', 'Vel ein tryggingskopi frå lista.'],
    ['English', '{"lang":"en"}', 'Choose a backup from the list.'],
    ['no language set yet (bokmål, as the app)', null, 'Velg en sikkerhetskopi fra listen.'],
  ];
  it.each(cases)('is refused in %s, and nothing is closed or relaunched', async (_lang, stored, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-backups-'));
    dirs.push(dir);
    const store = await openStore(join(dir, 'fyrabend.db'), { backups: false });
    stores.push(store);
    if (stored !== null) store.settings.set(APP_SETTINGS_KEY, stored);
    let relaunched = 0;
    const backups = storeBackups(() => store, () => 0, undefined, () => void relaunched++);
    expect(backups.restore('fyrabend-2026-01-01.db')).toEqual({ ok: false, error: { code: 'backup.unknown', message } });
    expect(relaunched).toBe(0);
    expect(store.settings.get(APP_SETTINGS_KEY)).toBe(stored);
  });
});
