/**
 * The installation's summary secret (issue 17): made once, kept in the settings of the real store (no
 * schema change), and the id of a period is the same at every export, other for other periods and other
 * installations, and carries nothing of the secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installationSecret, installationSummaryIds, oneTimeSummaryIds, SUMMARY_SECRET_KEY } from '../../../src/app/summary/index';
import { nodeSummaryCrypto } from '../../../src/cli/node-summary-crypto';
import { openStore, type Store } from '../../../src/store/index';

let dir = '';
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-summary-id-'));
  store = await openStore(join(dir, 'a.db'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('summary ids', () => {
  it('the secret is made once and kept: the same id for the same period, after reopening too', async () => {
    expect(store.settings.get(SUMMARY_SECRET_KEY)).toBeNull();
    const ids = installationSummaryIds(store.settings, nodeSummaryCrypto);
    const q4 = ids('2026-Q4');
    const stored = store.settings.get(SUMMARY_SECRET_KEY);
    expect(stored).toMatch(/^"[0-9a-f]{64}"$/);
    expect(ids('2026-Q4')).toBe(q4);
    expect(ids('2026-11')).not.toBe(q4);
    store.close();
    store = await openStore(join(dir, 'a.db'));
    expect(installationSummaryIds(store.settings, nodeSummaryCrypto)('2026-Q4')).toBe(q4);
    expect(store.settings.get(SUMMARY_SECRET_KEY)).toBe(stored);
    // Nothing of the secret is in the id.
    const secret = JSON.parse(stored!) as string;
    for (let i = 0; i + 8 <= secret.length; i += 8) expect(q4.replace(/-/g, '')).not.toContain(secret.slice(i, i + 8));
  });

  it('another installation gets other ids; a hand-edited secret is replaced once', async () => {
    const other = await openStore(join(dir, 'b.db'));
    try {
      const a = installationSummaryIds(store.settings, nodeSummaryCrypto)('2026-Q4');
      expect(installationSummaryIds(other.settings, nodeSummaryCrypto)('2026-Q4')).not.toBe(a);
      other.settings.set(SUMMARY_SECRET_KEY, '"not hex"');
      const fresh = installationSecret(other.settings, nodeSummaryCrypto);
      expect(fresh).toMatch(/^[0-9a-f]{64}$/);
      expect(installationSecret(other.settings, nodeSummaryCrypto)).toBe(fresh);
    } finally {
      other.close();
    }
  });

  it('summaries made from files outside an installation get an id of that run only', () => {
    expect(oneTimeSummaryIds(nodeSummaryCrypto)('2026-Q4')).not.toBe(oneTimeSummaryIds(nodeSummaryCrypto)('2026-Q4'));
  });
});
