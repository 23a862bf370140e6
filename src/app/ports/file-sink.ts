/**
 * Writing an export file. The adapter (src/store/files/atomic-file-sink.ts) writes a temp file in
 * the target folder and renames it over the target, so a reader never sees half a file.
 */
export interface FileSink {
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
}
