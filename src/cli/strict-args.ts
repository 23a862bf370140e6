/**
 * The strict command line (issue 18 item 6) on node:util `parseArgs` in strict mode. Each command's
 * options are read from its usage line (`--name VALUE` takes a value, `--name` alone is a switch),
 * plus the options every command has (--help/-h, --lang, --debug; --zone where the command opens
 * the log, i.e. its usage has --db). A misspelt option (`--fromat`), a value given to a switch, a
 * missing value, or a stray word is refused with one sentence, a "did you mean" hint and the
 * command's usage (exit 2), instead of being silently ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../core/model';
import { UsageError, type CliArgs } from './command';
import { s } from './strict-texts';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandShape {
  readonly name: readonly string[];
  readonly usage: string;
}

/** The options a usage line names: value options and switches, with an example value for each value option. */
export function optionsOf(usage: string, nameWords: number): { readonly spec: OptionSpec; readonly examples: ReadonlyMap<string, string>; readonly positionals: number } {
  const spec: OptionSpec = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' }, lang: { type: 'string' } };
  const examples = new Map<string, string>([['lang', 'nb']]);
  for (const m of usage.matchAll(/--([a-z][a-z0-9-]*)(\s+([^\s[\]|-][^\s[\]]*|"[^"]*"))?/g)) {
    const name = m[1]!;
    const example = m[3];
    if (example !== undefined) {
      spec[name] = { type: 'string' };
      examples.set(name, example);
    } else if (!spec[name]) spec[name] = { type: 'boolean' };
  }
  if (spec.db) {
    spec.zone ??= { type: 'string' };
    examples.set('zone', 'Europe/Oslo');
  }
  // FILE or FILE… right after the command's words are its positional arguments (… means any number)
  let positionals = 0;
  for (const w of usage.split(/\s+/).slice(nameWords)) {
    if (!/^[A-Z]/.test(w)) break;
    positionals = w.includes('…') ? Infinity : positionals + 1;
  }
  return { spec, examples, positionals };
}

/** Edit distance with swapped neighbours as one edit (optimal string alignment), for the "did you mean" hint. */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known option nearest to `typed` (at most 2 edits, or a prefix of at least 3 letters), or null. */
export function nearest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(typed) && typed.length >= 3 ? 0.5 : distance(typed, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= 2 ? best : null;
}

function refuse(sentence: string, command: CommandShape, lang: Lang): never {
  throw new UsageError(`${sentence}; ${s(lang, 'usage', { usage: command.usage })}`);
}

/** Parses the arguments after the command's words; throws a UsageError (with the usage line) for anything it does not name. */
export function parseStrict(argv: readonly string[], command: CommandShape, lang: Lang): CliArgs {
  const { spec, examples, positionals } = optionsOf(command.usage, command.name.length);
  const commandText = command.name.join(' ');
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const optionText = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? '?';
    const name = optionText.replace(/^-+/, '');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const near = nearest(name, Object.keys(spec));
      refuse(s(lang, 'unknown', { option: optionText, command: commandText, hint: near ? s(lang, 'hint', { option: `--${near}` }) : '' }), command, lang);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (spec[name]?.type === 'boolean') refuse(s(lang, 'no-value', { name }), command, lang);
      refuse(s(lang, 'needs-value', { name, example: examples.get(name) ?? 'VALUE' }), command, lang);
    }
    throw e;
  }
  if (parsed.positionals.length > positionals) refuse(s(lang, 'stray', { word: parsed.positionals[positionals]!, command: commandText }), command, lang);
  const options: Record<string, string | true> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    if (v === true) options[k] = true;
    else if (typeof v === 'string') options[k] = v;
  }
  return { positional: parsed.positionals, options };
}
