/**
 * Idle time from the operating system: seconds since the last keyboard or mouse input. Nothing
 * else is read (no window titles, no apps, no content). `null` when the OS cannot tell.
 */
export interface IdleReader {
  idleSeconds(): Promise<number | null>;
}
