import type { Command } from '../command';
import { checkCommand } from './check';
import { planCommand } from './plan';

/** Every `fyrabend` sub-command. Add one line per command file. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  planCommand,
];
