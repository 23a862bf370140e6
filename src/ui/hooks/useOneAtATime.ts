/**
 * One call at a time per key (a dialog's answer, a warning's buttons): a click while that key's call
 * runs is ignored, and `busy(key)` says when to mark the buttons (aria-disabled, so focus stays put).
 * A ref guards against the second click of a double click, which comes before React re-renders.
 */
import { useRef, useState } from 'react';

export function useOneAtATime() {
  const running = useRef(new Set<string>());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  /** Runs `fn` unless `key` is busy; resolves to its result, or undefined when the click was ignored. */
  const run = async <T>(key: string, fn: () => T | Promise<T>): Promise<T | undefined> => {
    if (running.current.has(key)) return undefined;
    running.current.add(key);
    setBusy(new Set(running.current));
    try {
      return await fn();
    } finally {
      running.current.delete(key);
      setBusy(new Set(running.current));
    }
  };
  return { busy: (key: string) => busy.has(key), run };
}
