/**
 * Issue 14 item 8: the window's shortcuts for the start/stop control, Ctrl+Shift+letter (⌘ on a
 * Mac). Ctrl+Alt is avoided: it is AltGr on Norwegian keyboards (@, {, [ …).
 */
export type ShortcutAction = 'start' | 'pause' | 'stop';

export const SHORTCUTS: readonly { readonly action: ShortcutAction; readonly key: string; readonly code: string }[] = [
  { action: 'start', key: 'S', code: 'KeyS' },
  { action: 'pause', key: 'P', code: 'KeyP' },
  { action: 'stop', key: 'X', code: 'KeyX' },
];

/** The action a key press asks for, or null. */
export function shortcutOf(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code' | 'repeat'>): ShortcutAction | null {
  if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.repeat) return null;
  return SHORTCUTS.find((s) => s.code === e.code)?.action ?? null;
}
