/**
 * Registers one `ipcMain.handle` per contract method: check the sender, validate the payload with
 * the contract (inside `dispatch`), call the handler table, answer with a Result. An untrusted
 * sender is refused before anything is parsed; nothing reaches the services.
 */
import { CHANGES, dispatch, type Services } from '../app/api/index';
import { API_TEXTS } from '../app/api/texts';
import { translate } from '../shared/i18n/catalog';
import { API_METHODS, channelOf, type ApiMethod } from '../shared/ipc/channels';
import type { StateChange } from '../shared/ipc/dto';
import type { Result } from '../shared/result';
import type { IpcSenderLike } from './security';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcOptions {
  readonly services: () => Services;
  readonly isTrustedSender: (event: IpcSenderLike) => boolean;
  /** Called after a successful call that changed something the window shows. */
  readonly onChange: (change: StateChange) => void;
  readonly log: (message: string) => void;
}

/** Handles one call; exported for tests. */
export async function handleCall(options: IpcOptions, method: ApiMethod, event: IpcSenderLike, args: readonly unknown[]): Promise<Result<unknown>> {
  if (!options.isTrustedSender(event)) {
    options.log(`refused ${method} from an untrusted sender`);
    let lang: 'nb' | 'nn' | 'en' = 'nb';
    try {
      lang = options.services().settings.get().lang;
    } catch {
      // keep bokmål
    }
    return { ok: false, error: { code: 'untrusted-sender', message: translate(API_TEXTS, lang, 'untrusted') } };
  }
  const services = options.services();
  // One argument at most: extra arguments make the call malformed.
  const input = args.length > 1 ? { __tooManyArguments: args.length } : args[0];
  const result = await dispatch(services, method, input);
  const topic = CHANGES[method];
  if (result.ok && topic) options.onChange({ topic, at: services.now() });
  return result;
}

export function registerIpc(ipc: IpcMainLike, options: IpcOptions): () => void {
  for (const method of API_METHODS) {
    ipc.handle(channelOf(method), (event, ...args) => handleCall(options, method, event, args));
  }
  return () => {
    for (const method of API_METHODS) ipc.removeHandler(channelOf(method));
  };
}
