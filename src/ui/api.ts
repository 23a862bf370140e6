/**
 * The only module that touches `window.api`, the typed bridge the preload exposes (contract in
 * src/shared/ipc/contract.ts). Every method resolves to a Result and never throws: a missing bridge
 * or a rejected call becomes an error result, so the window shows a message instead of going blank.
 */
import { API_METHODS, type ApiMethod } from '../shared/ipc/channels';
import type { Api, ApiEvents } from '../shared/ipc/contract';
import type { Result } from '../shared/result';

export type * from '../shared/ipc/dto';

type Bridge = Partial<Record<ApiMethod, (input?: unknown) => Promise<unknown>>> & Partial<ApiEvents>;

function bridge(): Bridge | null {
  return (globalThis as unknown as { api?: Bridge }).api ?? null;
}

const missing = (method: string): Result<never> => ({
  ok: false,
  error: { code: 'bridge-missing', message: `The window is not connected to Fyrabend (${method}). Restart the app.` },
});

function wrap(method: ApiMethod) {
  return async (input?: unknown): Promise<Result<unknown>> => {
    const fn = bridge()?.[method];
    if (typeof fn !== 'function') return missing(method);
    try {
      const r = (await fn(input)) as Result<unknown> | undefined;
      if (r && typeof r === 'object' && 'ok' in r) return r;
      return { ok: false, error: { code: 'bad-answer', message: 'Fyrabend gave an answer the window did not understand. Restart the app.' } };
    } catch {
      return { ok: false, error: { code: 'bridge-failed', message: 'Fyrabend did not answer. Try again, or restart the app.' } };
    }
  };
}

const events: ApiEvents = {
  onStateChanged: (listener) => bridge()?.onStateChanged?.(listener) ?? (() => undefined),
  onNavigate: (listener) => bridge()?.onNavigate?.(listener) ?? (() => undefined),
};

/** `window.api`, guarded. Import this instead of reading `window.api` anywhere else. */
export const api: Api = Object.assign(Object.fromEntries(API_METHODS.map((m) => [m, wrap(m)])), events) as unknown as Api;
