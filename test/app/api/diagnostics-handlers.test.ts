/** logShow and diagnosticsCopy through dispatch: refused without the host's service (in the user's language), passed through with it. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/api/index';
import { fakeServices } from './fake-services';

describe('logShow and diagnosticsCopy', () => {
  it('refuse without a diagnostics service (only the tray app has the log)', async () => {
    const s = fakeServices();
    expect(await dispatch(s, 'logShow', undefined)).toMatchObject({ ok: false, error: { code: 'diagnostics.off' } });
    expect(await dispatch(s, 'diagnosticsCopy', undefined)).toMatchObject({ ok: false, error: { code: 'diagnostics.off' } });
  });

  it('pass through to the service, with the language for a refusal', async () => {
    const langs: string[] = [];
    const s = { ...fakeServices(), diagnostics: { showLog: async (lang: 'nb' | 'nn' | 'en') => (langs.push(lang), { ok: true as const, value: null }), copy: () => ({ ok: true as const, value: { text: 'Fyrabend 0.1.0\n' } }) } };
    expect(await dispatch(s, 'logShow', undefined)).toEqual({ ok: true, value: null });
    expect(await dispatch(s, 'diagnosticsCopy', undefined)).toEqual({ ok: true, value: { text: 'Fyrabend 0.1.0\n' } });
    expect(langs).toHaveLength(1);
    expect(await dispatch(s, 'logShow', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
