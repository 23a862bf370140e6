/** The data-folder methods through `dispatch`: input checked by the contract, refusals passed on, no service means a clear refusal. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/app/api/index';
import { fakeServices } from './fake-services';

describe('pickFolder and dataFolderMove', () => {
  it('picks a folder through the service', async () => {
    const s = fakeServices();
    expect(await dispatch(s, 'pickFolder', undefined)).toEqual({ ok: true, value: '/picked/folder' });
    expect(s.calls).toEqual(['location.pick']);
  });

  it('moves to the trimmed folder and returns where the old file is kept', async () => {
    const s = fakeServices();
    const r = await dispatch(s, 'dataFolderMove', { folder: '  /home/kari/Sync  ' });
    expect(r).toMatchObject({ ok: true, value: { folder: '/home/kari/Sync', previousDatabase: '/data/fyrabend.db' } });
    expect(s.calls).toEqual(['location.move:/home/kari/Sync']);
  });

  it('passes a refusal on with its message', async () => {
    const s = fakeServices();
    expect(await dispatch(s, 'dataFolderMove', { folder: '/data' })).toEqual({ ok: false, error: { code: 'data-folder.same-folder', message: 'Your data is already in /data. Choose another folder.' } });
  });

  it.each([
    [undefined, 'invalid-input'],
    [{}, 'invalid-input'],
    [{ folder: 42 }, 'invalid-input'],
    [{ folder: '/x', delete: true }, 'invalid-input'],
    [{ folder: `/${'a'.repeat(1100)}` }, 'invalid-input'],
  ])('refuses the input %j before the service sees it', async (input, code) => {
    const s = fakeServices();
    const r = await dispatch(s, 'dataFolderMove', input);
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(s.calls).toEqual([]);
  });

  it('refuses in the user language when no location service is wired', async () => {
    const { location: _gone, ...rest } = fakeServices();
    const s = { ...rest, settings: { get: () => ({ ...rest.settings.get(), lang: 'nn' as const }), set: rest.settings.set } };
    expect(await dispatch(s, 'dataFolderMove', { folder: '/x' })).toEqual({ ok: false, error: { code: 'data-folder.off', message: 'Datamappa kan ikkje flyttast her.' } });
    expect(await dispatch(s, 'pickFolder', undefined)).toMatchObject({ ok: false, error: { code: 'data-folder.off' } });
  });
});
