/**
 * The operating system's do-not-disturb state. On Linux the notification server's `Inhibited`
 * property (org.freedesktop.Notifications, spec 1.3); 'unknown' where nothing can be read, which
 * the app treats as "not inhibited" so a warning is never silently lost.
 */
export type DndState = 'on' | 'off' | 'unknown';

export interface DndReader {
  read(): Promise<DndState>;
}
