/**
 * The per-installation secret and the summary id (issue 17, docs/privacy.md). The secret is 32 random
 * bytes, made the first time a summary is made and kept in the settings (key SUMMARY_SECRET_KEY, JSON text
 * of the hex string; no schema change). The id of a period is HMAC-SHA-256(secret, period) shaped as a
 * UUID (src/core/anonymise/summary-id.ts): the same for every export of that period, unlinkable across
 * periods, and it says nothing about the installation to anyone without the secret.
 */
import { summaryIdFromDigest, summaryIdMessage } from '../../core/anonymise/index';
import type { SettingsRepo } from '../ports/settings-repo';
import type { SummaryCrypto } from '../ports/summary-crypto';

/** The settings key of the installation's summary secret. */
export const SUMMARY_SECRET_KEY = 'summary.idSecret';
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[0-9a-f]{64}$/;

function storedSecret(settings: SettingsRepo): string | null {
  const raw = settings.get(SUMMARY_SECRET_KEY);
  if (raw === null) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' && SECRET_PATTERN.test(v) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The installation's secret, made and stored on first use. A stored value that is not a secret of the
 * right form (hand-edited) is replaced: the ids then change once, which only makes the next summaries
 * look like a new person's until the representative's next collection.
 */
export function installationSecret(settings: SettingsRepo, crypto: SummaryCrypto): string {
  const have = storedSecret(settings);
  if (have) return have;
  const made = crypto.randomHex(SECRET_BYTES).toLowerCase();
  if (!SECRET_PATTERN.test(made)) throw new Error('randomHex did not give 32 bytes of hex');
  settings.set(SUMMARY_SECRET_KEY, JSON.stringify(made));
  return storedSecret(settings) ?? made;
}

/** The summary id of `period` under `secret`. */
export function summaryIdFor(secret: string, period: string, crypto: SummaryCrypto): string {
  return summaryIdFromDigest(crypto.hmacSha256Hex(secret, summaryIdMessage(period)));
}

/** The id function of one installation: `(period) => id`. */
export function installationSummaryIds(settings: SettingsRepo, crypto: SummaryCrypto): (period: string) => string {
  return (period) => summaryIdFor(installationSecret(settings, crypto), period, crypto);
}

/**
 * Ids for summaries made from files, outside any installation (`fyrabend summary --sessions`): a secret
 * made for this run only, so the id is as unlinkable as a random one, and a second export is a new id.
 */
export function oneTimeSummaryIds(crypto: SummaryCrypto): (period: string) => string {
  const secret = crypto.randomHex(SECRET_BYTES);
  return (period) => summaryIdFor(secret, period, crypto);
}
