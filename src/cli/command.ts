/** What a `fyrabend` sub-command gets and gives. Commands never call process.exit themselves. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Parsed command line: positional words after the command, and `--name value` / `--flag` options. */
export interface CliArgs {
  readonly positional: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** Exit status per exchange-format.md: 0 success (findings are not failures), 2 bad input or usage, 1 internal error. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  /** The words that select the command, e.g. ['check'] or ['export', 'sessions']. */
  readonly name: readonly string[];
  readonly summary: string;
  readonly usage: string;
  run(args: CliArgs, io: CliIo): Promise<ExitCode> | ExitCode;
}

/** A bad-input or usage error: printed as one sentence, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
