/**
 * Reading chosen files in the window: the size is checked BEFORE reading, so a huge file is never loaded
 * (it is sent by name and size only and listed as skipped), and what is read is bounded in size and time. The limit is the
 * summary reader's (MAX_SUMMARY_BYTES in src/shared/formats/summary.ts; a test keeps them equal).
 */
import type { SummaryFileInput } from '../../shared/ipc/summary-contract';

export const MAX_FILE_BYTES = 256 * 1024;

export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  /** The text of at most the first `maxBytes` bytes (a Blob slice: nothing beyond is read). */
  text(maxBytes: number): Promise<string>;
}

/** A read of a chosen file that takes longer than this is abandoned (issue 17). */
export const READ_TIMEOUT_MS = 5000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then((v) => (clearTimeout(timer), resolve(v)), (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))));
  });
}

/**
 * Reads the chosen files bounded: a file above `max` by its stated size is never read (sent by name and
 * size only and listed as skipped); of the others at most `max` + 1 bytes are read, so a file that grew
 * (or a device that says size 0) cannot flood the window, and a read still going after READ_TIMEOUT_MS is
 * abandoned (the file is sent without text and listed as unreadable).
 */
export async function readChosenFiles(files: readonly ChosenFile[], max = MAX_FILE_BYTES, timeoutMs = READ_TIMEOUT_MS): Promise<SummaryFileInput[]> {
  const out: SummaryFileInput[] = [];
  for (const f of files) {
    if (f.size > max) {
      out.push({ name: f.name, size: f.size });
      continue;
    }
    try {
      const text = await withTimeout(f.text(max + 1), timeoutMs);
      const bytes = new TextEncoder().encode(text).length;
      out.push(bytes > max ? { name: f.name, size: bytes } : { name: f.name, size: f.size, text });
    } catch {
      out.push({ name: f.name, size: f.size });
    }
  }
  return out;
}

/** A chosen `File` as ChosenFile: a slice of at most `maxBytes`, read with `Blob.text()` where the engine has it, else a FileReader. */
export function chosenFile(file: File): ChosenFile {
  return {
    name: file.name,
    size: file.size,
    text: (maxBytes) => {
      const part = file.slice(0, maxBytes);
      return typeof part.text === 'function'
        ? part.text()
        : new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result ?? ''));
            reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
            reader.readAsText(part);
          });
    },
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
