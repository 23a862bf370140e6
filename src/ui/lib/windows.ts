/**
 * Weekly windows as the user types them: `08:00-15:45`, several separated by commas
 * (`08:00-11:30, 12:00-16:00`), `24:00` allowed as an end. Empty text is a day off.
 */
import type { DayWindow, Weekday, WeeklyWindows } from '../../core/model';
import type { UiKey } from '../../shared/i18n/ui';

const pad = (n: number) => String(n).padStart(2, '0');

export function minutesToText(min: number): string {
  return `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;
}

function parseMinute(text: string, allow2400: boolean): number | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (allow2400 && h === 24 && mi === 0) return 1440;
  if (h > 23 || mi > 59) return null;
  return h * 60 + mi;
}

export type WindowsParse = { readonly ok: true; readonly windows: DayWindow[] } | { readonly ok: false; readonly error: UiKey };

export function parseWindows(text: string): WindowsParse {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const windows: DayWindow[] = [];
  for (const part of parts) {
    const m = /^(\S+)\s*[-–—]\s*(\S+)$/.exec(part);
    if (!m) return { ok: false, error: 'form.error.windowFormat' };
    const from = parseMinute(m[1] as string, false);
    const to = parseMinute(m[2] as string, true);
    if (from === null || to === null) return { ok: false, error: 'form.error.windowFormat' };
    if (to <= from) return { ok: false, error: 'form.error.windowOrder' };
    windows.push({ from, to });
  }
  windows.sort((a, b) => a.from - b.from);
  for (let i = 1; i < windows.length; i++) {
    if ((windows[i] as DayWindow).from < (windows[i - 1] as DayWindow).to) return { ok: false, error: 'form.error.windowOverlap' };
  }
  return { ok: true, windows };
}

export function formatWindows(windows: readonly DayWindow[]): string {
  return windows.map((w) => `${minutesToText(w.from)}-${minutesToText(w.to)}`).join(', ');
}

/** Total minutes of the windows of one week. */
export function weeklyMinutes(windows: WeeklyWindows): number {
  let total = 0;
  for (const day of Object.keys(windows) as Weekday[]) for (const w of windows[day]) total += w.to - w.from;
  return total;
}
