/**
 * Reading the representative's chosen files in the window: the size is checked BEFORE reading, so a
 * huge file is never loaded (it is sent by name and size only and listed as skipped). The limit is the
 * summary reader's (MAX_SUMMARY_BYTES in src/shared/formats/summary.ts; a test keeps them equal).
 */
import type { SummaryFileInput } from '../../shared/ipc/summary-contract';

export const MAX_FILE_BYTES = 256 * 1024;

export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export async function readChosenFiles(files: readonly ChosenFile[], max = MAX_FILE_BYTES): Promise<SummaryFileInput[]> {
  const out: SummaryFileInput[] = [];
  for (const f of files) {
    if (f.size > max) {
      out.push({ name: f.name, size: f.size });
      continue;
    }
    try {
      out.push({ name: f.name, size: f.size, text: await f.text() });
    } catch {
      out.push({ name: f.name, size: f.size });
    }
  }
  return out;
}

/** A chosen `File` as ChosenFile: `File.text()` where the engine has it, else a FileReader. */
export function chosenFile(file: File): ChosenFile {
  return {
    name: file.name,
    size: file.size,
    text: () =>
      typeof file.text === 'function'
        ? file.text()
        : new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result ?? ''));
            reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
            reader.readAsText(file);
          }),
  };
}

/** The last 12 months and the last 4 quarters up to the local date `today` (YYYY-MM-DD), newest first. */
export function periodChoices(today: string): { months: string[]; quarters: string[] } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const idx = y * 12 + (m - 1) - i;
    months.push(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`);
  }
  const quarters: string[] = [];
  const q0 = y * 4 + Math.floor((m - 1) / 3);
  for (let i = 0; i < 4; i++) quarters.push(`${Math.floor((q0 - i) / 4)}-Q${((q0 - i) % 4) + 1}`);
  return { months, quarters };
}
