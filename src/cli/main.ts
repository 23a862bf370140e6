/**
 * The `fyrabend` command line (exchange-format.md): dispatches to the commands in ./commands.
 * Errors go to stderr as one clear sentence, never a stack trace unless `--debug`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { UsageError, type CliIo, type ExitCode } from './command';
import { COMMANDS } from './commands/index';
import { commandSummary, helpHead } from './help-texts';
import { langChoiceOf } from './lang';
import { parseStrict } from './strict-args';
import { writeAllSync } from './stdout-sync';
import { version } from '../../package.json';
import type { Lang } from '../core/index';

function helpText(lang: Lang): string {
  const head = helpHead(lang);
  const lines = [head.title, '', head.usage];
  for (const c of COMMANDS) lines.push(`  fyrabend ${c.usage}`, `      ${commandSummary(c.name, c.summary, lang)}`);
  lines.push('', head.exit);
  return lines.join('\n') + '\n';
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  // a lenient first look only for the language and --debug; the command's own arguments are parsed strictly below
  const loose = parseArgs(argv);
  const debug = loose.options.debug === true;
  const chosen = langChoiceOf(loose, io);
  if (!chosen.ok) {
    io.stderr(`fyrabend: ${chosen.message}\n`);
    return 2;
  }
  const lang = chosen.lang;
  const help = loose.options.help === true || argv.includes('-h');
  const firstOption = argv.findIndex((a) => a.startsWith('-'));
  const leading = firstOption < 0 ? argv : argv.slice(0, firstOption);
  const byLength = [...COMMANDS].sort((a, b) => b.name.length - a.name.length);
  // the command's words come first (`fyrabend check --from …`), or after global options (`fyrabend --lang nb check …`)
  const match = byLength.find((c) => c.name.every((w, i) => leading[i] === w)) ?? byLength.find((c) => c.name.every((w, i) => loose.positional[i] === w));
  if (!match) {
    if (leading.length === 0 && loose.options.version === true) {
      io.stdout(`fyrabend ${version}\n`);
      return 0;
    }
    if (loose.positional.length === 0 || help) {
      io.stdout(helpText(lang));
      return loose.positional.length === 0 && !help ? 2 : 0;
    }
    io.stderr(`fyrabend: ${helpHead(lang).unknown(loose.positional.join(' '))}\n`);
    return 2;
  }
  try {
    const rest = [...argv];
    for (const w of match.name) rest.splice(rest.indexOf(w), 1);
    const args = parseStrict(rest, match, lang);
    if (args.options.help === true) {
      // -h/--help prints the command's help and does nothing else
      io.stdout(`${helpHead(lang).usage} fyrabend ${match.usage}\n${commandSummary(match.name, match.summary, lang)}\n`);
      return 0;
    }
    return await match.run(args, io);
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

/**
 * The real process's output (issue 21): synchronous writes on fd 1 and 2 (see ./stdout-sync), without
 * setting up process.stdout's stream. `fyrabend log | head`: once the reader has gone (EPIPE) the rest of
 * that stream's output is dropped and the command ends quietly with its own status (no stack trace).
 */
export function processOutput(fd: number): (text: string) => void {
  let closed = false;
  return (text) => {
    if (!closed && writeAllSync(fd, text) === 'closed') closed = true;
  };
}

/** Entry point used by src/cli/bin.cjs: real process I/O and exit status. */
export function main(): void {
  const stderr = processOutput(2);
  const io: CliIo = {
    stdout: processOutput(1),
    stderr,
    readFile: (p) => readFileSync(p, 'utf8'),
    env: process.env,
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      stderr(`fyrabend: internal error: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
