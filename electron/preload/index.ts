/**
 * The sandboxed preload: exposes exactly the typed `Api` of src/shared/ipc as `window.api`.
 * It imports only `electron` and the channel names; every payload is validated in the main process.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, channelOf, eventChannelOf, type ApiEvent, type ApiMethod } from '../../src/shared/ipc/channels';
import type { Api } from '../../src/shared/ipc/contract';

const invoke =
  <K extends ApiMethod>(method: K) =>
  ((input?: unknown) => (input === undefined ? ipcRenderer.invoke(channelOf(method)) : ipcRenderer.invoke(channelOf(method), input))) as Api[K];

function subscribe<T>(event: ApiEvent) {
  return (listener: (payload: T) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, payload: T) => listener(payload);
    ipcRenderer.on(eventChannelOf(event), handler);
    return () => {
      ipcRenderer.removeListener(eventChannelOf(event), handler);
    };
  };
}

/** One function per contract method (API_METHODS): a method added to the contract needs no change here. */
const methods = Object.fromEntries(API_METHODS.map((method) => [method, invoke(method)])) as { [K in ApiMethod]: Api[K] };

const api = {
  ...methods,
  onStateChanged: subscribe('stateChanged'),
  onNavigate: subscribe('navigate'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
