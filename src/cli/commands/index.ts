import type { Command } from '../command';

/** Every `fyrabend` sub-command. Add one line per command file. */
export const COMMANDS: readonly Command[] = [
];
