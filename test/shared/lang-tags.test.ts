/** Language tags and locales (issue 20 item 5): tags like no and nb-NO, LANGUAGE before LC_ALL as GNU gettext reads it, an unsupported explicit choice refused with the list. */
import { describe, expect, it } from 'vitest';
import { chooseLang, langOfTag, localeLang } from '../../src/shared/i18n/lang-tags';

describe('language tags', () => {
  it.each([
    ['nb', 'nb'], ['no', 'nb'], ['nb-NO', 'nb'], ['NB_no.UTF-8', 'nb'], ['no_NO.utf8@euro', 'nb'], ['nob', 'nb'],
    ['nn', 'nn'], ['nn-NO', 'nn'], ['nn_NO.UTF-8', 'nn'],
    ['en', 'en'], ['en-GB', 'en'], ['en_US.UTF-8', 'en'],
    ['de', null], ['sv-SE', null], ['C', null], ['', null], ['n', null],
  ] as const)('%s → %s', (tag, lang) => expect(langOfTag(tag)).toBe(lang));
});

describe('the locale, as gettext reads it', () => {
  it.each([
    ['LANGUAGE first', { LANGUAGE: 'nn:nb', LANG: 'en_GB.UTF-8' }, 'nn'],
    ['LANGUAGE skips what we do not have', { LANGUAGE: 'de:sv:nb', LC_ALL: 'en_US.UTF-8' }, 'nb'],
    ['LANGUAGE is ignored under the C locale', { LANGUAGE: 'nn', LC_ALL: 'C' }, 'en'],
    ['LC_ALL before LC_MESSAGES before LANG', { LC_ALL: 'nn_NO.UTF-8', LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'en_GB' }, 'nn'],
    ['an empty variable counts as unset', { LC_ALL: '', LC_MESSAGES: 'nb_NO.UTF-8' }, 'nb'],
    ['an unsupported locale means English', { LANG: 'de_DE.UTF-8' }, 'en'],
    ['nothing set means English', {}, 'en'],
  ] as const)('%s', (_n, env, lang) => expect(localeLang(env)).toBe(lang));
});

describe('an explicit choice', () => {
  it('takes tags and refuses what Fyrabend does not have, with the list, in the locale language', () => {
    expect(chooseLang({ value: 'no', from: '--lang' }, {})).toEqual({ ok: true, lang: 'nb' });
    expect(chooseLang({ value: 'de', from: '--lang' }, { LANG: 'nb_NO.UTF-8' })).toEqual({ ok: false, message: 'Fyrabend har ikke språket «de» (--lang). Velg nb (bokmål), nn (nynorsk) eller en (engelsk); no og nb-NO betyr også bokmål.' });
    expect(chooseLang({ value: 'sv', from: 'FYRABEND_LANG' }, {})).toMatchObject({ ok: false, message: expect.stringContaining('Choose nb (Norwegian Bokmål), nn (Norwegian Nynorsk) or en (English)') });
    expect(chooseLang(null, { LANGUAGE: 'nn' , LANG: 'nb_NO.UTF-8' })).toEqual({ ok: true, lang: 'nn' });
  });
});
