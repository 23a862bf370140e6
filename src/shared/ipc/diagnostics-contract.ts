/**
 * The IPC methods of Settings → "Log and diagnostics" (issue 19), spread into CONTRACT in contract.ts.
 *
 * - `logShow`: opens the log file (`<data folder>/logs/fyrabend.log`) with the desktop's program.
 * - `diagnosticsCopy`: copies a short diagnostics text to the clipboard (versions, platform, idle
 *   source, notifier; no paths, no names, no sessions) and returns it, so the window shows what was copied.
 */
import * as z from 'zod';

export interface DiagnosticsText {
  readonly text: string;
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

export const DIAGNOSTICS_CONTRACT = {
  logShow: spec(z.undefined(), out<null>()),
  diagnosticsCopy: spec(z.undefined(), out<DiagnosticsText>()),
} as const;
