/** The command line's language (issue 20 item 5), in-process: --lang takes tags like no and nb-NO, LANGUAGE counts, an unsupported choice is refused with exit 2. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

async function run(args: string[], env: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: () => '', env, cwd: '/' });
  return { code, out, err };
}

describe('the CLI language', () => {
  it.each([
    [['--lang', 'no', 'frobnicate'], {}, /ukjent kommando/],
    [['--lang', 'nb-NO', 'frobnicate'], {}, /ukjent kommando/],
    [['--lang', 'nn_NO.UTF-8', 'frobnicate'], {}, /ukjend kommando/],
    [['frobnicate'], { LANGUAGE: 'nn:en', LANG: 'en_GB.UTF-8' }, /ukjend kommando/],
  ])('%j with %j', async (args, env, text) => {
    const r = await run(args, env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(text);
  });

  it.each([
    [['--lang', 'de', '--help'], { LANG: 'nb_NO.UTF-8' }, 'fyrabend: Fyrabend har ikke språket «de» (--lang). Velg nb (bokmål), nn (nynorsk) eller en (engelsk); no og nb-NO betyr også bokmål.\n'],
    [['--help'], { FYRABEND_LANG: 'sv' }, 'fyrabend: Fyrabend has no language "sv" (FYRABEND_LANG). Choose nb (Norwegian Bokmål), nn (Norwegian Nynorsk) or en (English); no and nb-NO also mean Bokmål.\n'],
  ])('refuses %j with the list and exit 2, doing nothing else', async (args, env, message) => {
    const r = await run(args, env);
    expect(r).toEqual({ code: 2, out: '', err: message });
  });
});
