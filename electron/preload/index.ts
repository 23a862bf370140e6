/**
 * The sandboxed preload: exposes exactly the typed `Api` of src/shared/ipc as `window.api`.
 * It imports only `electron` and the channel names; every payload is validated in the main process.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, eventChannelOf, type ApiEvent, type ApiMethod } from '../../src/shared/ipc/channels';
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

const api = {
  trackerStatus: invoke('trackerStatus'),
  trackerStart: invoke('trackerStart'),
  trackerPause: invoke('trackerPause'),
  trackerResume: invoke('trackerResume'),
  trackerStop: invoke('trackerStop'),
  trackerResolveIdle: invoke('trackerResolveIdle'),
  sessionsList: invoke('sessionsList'),
  sessionsAdd: invoke('sessionsAdd'),
  sessionsEdit: invoke('sessionsEdit'),
  sessionsDelete: invoke('sessionsDelete'),
  sessionsHistory: invoke('sessionsHistory'),
  agreementList: invoke('agreementList'),
  agreementInForce: invoke('agreementInForce'),
  agreementSave: invoke('agreementSave'),
  settingsGet: invoke('settingsGet'),
  settingsSet: invoke('settingsSet'),
  reportPeriod: invoke('reportPeriod'),
  planNow: invoke('planNow'),
  warningsPending: invoke('warningsPending'),
  warningsSnooze: invoke('warningsSnooze'),
  warningsDismiss: invoke('warningsDismiss'),
  overtimeRecordReason: invoke('overtimeRecordReason'),
  backupNow: invoke('backupNow'),
  backupList: invoke('backupList'),
  backupRestore: invoke('backupRestore'),
  summaryOptions: invoke('summaryOptions'),
  summaryOptionsSave: invoke('summaryOptionsSave'),
  summaryMake: invoke('summaryMake'),
  summarySave: invoke('summarySave'),
  repAggregate: invoke('repAggregate'),
  repExport: invoke('repExport'),
  paySettingsGet: invoke('paySettingsGet'),
  paySettingsSave: invoke('paySettingsSave'),
  exportPreview: invoke('exportPreview'),
  exportTimesheet: invoke('exportTimesheet'),
  pickFolder: invoke('pickFolder'),
  dataFolderMove: invoke('dataFolderMove'),
  onStateChanged: subscribe('stateChanged'),
  onNavigate: subscribe('navigate'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
