/**
 * The `fyrabend` command line (exchange-format.md): dispatches to the commands in ./commands.
 * Errors go to stderr as one clear sentence, never a stack trace unless `--debug`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { UsageError, type CliIo, type ExitCode } from './command';
import { COMMANDS } from './commands/index';
import { commandSummary, helpHead } from './help-texts';
import { langOf } from './lang';
import type { Lang } from '../core/index';

function helpText(lang: Lang): string {
  const head = helpHead(lang);
  const lines = [head.title, '', head.usage];
  for (const c of COMMANDS) lines.push(`  fyrabend ${c.usage}`, `      ${commandSummary(c.name, c.summary, lang)}`);
  lines.push('', head.exit);
  return lines.join('\n') + '\n';
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv);
  const debug = args.options.debug === true;
  const lang = langOf(args, io);
  const match = [...COMMANDS]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => c.name.every((w, i) => args.positional[i] === w));
  if (!match) {
    if (args.positional.length === 0 || args.options.help === true) {
      io.stdout(helpText(lang));
      return args.positional.length === 0 && args.options.help !== true ? 2 : 0;
    }
    io.stderr(`fyrabend: ${helpHead(lang).unknown(args.positional.join(' '))}\n`);
    return 2;
  }
  if (args.options.help === true) {
    io.stdout(`${helpHead(lang).usage} fyrabend ${match.usage}\n${commandSummary(match.name, match.summary, lang)}\n`);
    return 0;
  }
  try {
    return await match.run({ positional: args.positional.slice(match.name.length), options: args.options }, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`fyrabend: ${e.message}\n`);
      return 2;
    }
    io.stderr(`fyrabend: ${helpHead(lang).internal(e instanceof Error ? e.message : String(e))}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 1;
  }
}

/** Entry point used by src/cli/bin.cjs: real process I/O and exit status. */
export function main(): void {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    env: process.env,
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fyrabend: internal error: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
