/**
 * The texts of the version 2 settings and the once-only notice exist in nb, nn and en, each written
 * for its language (nynorsk is not a copy of bokmål), with the same placeholders in all three.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/index';
import { UI } from '../../src/shared/i18n/ui';
import { RULES_UPDATE_ITEMS, UI_RULES_UPDATE } from '../../src/shared/i18n/ui-rules-update';

const placeholders = (t: unknown) => [...String(t).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SETTING_PREFIXES = ['agreement.dailyRestReading', 'agreement.weeklyRest', 'agreement.onCall', 'agreement.breakStretchGap', 'form.error.periodStartTime', 'form.error.breakStretchGap', 'agreement.weeklyHours.hint', 'agreement.versionLineNoHours'];
/** Where nynorsk and bokmål rightly read the same. */
const SAME_IN_NB_AND_NN = new Set(['agreement.weeklyRestProposal.use']);

describe('texts of the version 2 settings and the notice', () => {
  const settingKeys = (Object.keys(UI.en) as (keyof typeof UI.en)[]).filter((k) => SETTING_PREFIXES.some((p) => k.startsWith(p)));
  const catalogs = [
    ['the agreement form', UI, settingKeys],
    ['the notice', UI_RULES_UPDATE, Object.keys(UI_RULES_UPDATE.en)],
  ] as const;

  it('covers every setting and every § 7 item', () => {
    expect(settingKeys.length).toBeGreaterThanOrEqual(28);
    expect(RULES_UPDATE_ITEMS).toHaveLength(8);
    for (const item of RULES_UPDATE_ITEMS) expect(Object.keys(UI_RULES_UPDATE.en)).toContain(`item.${item}`);
  });

  it.each(catalogs)('%s: nb, nn and en each written for the language, with the same placeholders', (_name, catalog, keys) => {
    for (const k of keys as readonly string[]) {
      const [nb, nn, en] = LANGS.map((l) => (catalog[l] as Record<string, unknown>)[k]);
      for (const t of [nb, nn, en]) expect(typeof t === 'string' && t.length > 3, k).toBe(true);
      expect(placeholders(nn), k).toEqual(placeholders(nb));
      expect(placeholders(en), k).toEqual(placeholders(nb));
      expect(en, k).not.toBe(nb);
      if (!SAME_IN_NB_AND_NN.has(k)) expect(nn, k).not.toBe(nb);
    }
  });
});
