import type { CliArgs } from './command';

/** Splits argv into positional words and `--name value` / `--name=value` / `--flag` options. */
export function parseArgs(argv: readonly string[], flags: ReadonlySet<string> = new Set(['debug', 'help'])): CliArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    if (eq >= 0) options[name] = word.slice(eq + 1);
    else if (!flags.has(name) && i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) options[name] = argv[++i] as string;
    else options[name] = true;
  }
  return { positional, options };
}
