/**
 * The names of every IPC method of the window API, and the Electron channel each travels on.
 * This file has no imports on purpose: the sandboxed preload bundles it and nothing else from
 * src/shared (the schemas in contract.ts stay in the main process).
 */

/** Request/response methods of `window.api`, in the order the contract declares them. */
export const API_METHODS = [
  'trackerStatus',
  'trackerStart',
  'trackerPause',
  'trackerResume',
  'trackerStop',
  'trackerResolveIdle',
  'trackerAnswerStillWorking',
  'trackerUndoAutoClose',
  'trackerUndoIdle',
  'trackerStartAt',
  'trackerStopAt',
  'trackerChangeStart',
  'sessionsList',
  'sessionsAdd',
  'sessionsEdit',
  'sessionsDelete',
  'sessionsHistory',
  'agreementList',
  'agreementInForce',
  'agreementSave',
  'settingsGet',
  'settingsSet',
  'reportPeriod',
  'planNow',
  'warningsPending',
  'warningsSnooze',
  'warningsDismiss',
  'overtimeRecordReason',
  'backupNow',
  'backupList',
  'backupRestore',
  // Issue 8: anonymised summaries (src/shared/ipc/summary-contract.ts).
  'summaryOptions',
  'summaryOptionsSave',
  'summaryMake',
  'summarySave',
  'repAggregate',
  'repExport',
  // Issue 17: the representative's invitation.
  'repInvite',
  // Issue 7: pay settings, preview and payroll export (src/shared/ipc/export-contract.ts).
  'paySettingsGet',
  'paySettingsSave',
  'exportPreview',
  'exportTimesheet',
  'exportStatus',
  'exportShowInFolder',
  // Issue 6: the data folder (src/shared/ipc/data-folder-contract.ts).
  'pickFolder',
  'dataFolderMove',
  // Issue 19: Settings → Log and diagnostics (src/shared/ipc/diagnostics-contract.ts).
  'logShow',
  'diagnosticsCopy',
  // Issue 15: absence and the flexitime balance (src/shared/ipc/absence-contract.ts).
  'absenceList',
  'absenceSave',
  'absenceDelete',
  'balancePeriod',
  'balanceCarriedOverSet',
  // Issue 14 item 4: the recorded overtime reasons of a period (src/shared/ipc/basis-contract.ts).
  'overtimeReasonsList',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** Events the main process pushes to the window (subscribe with `window.api.on…`). */
export const API_EVENTS = ['stateChanged', 'navigate'] as const;
export type ApiEvent = (typeof API_EVENTS)[number];

const PREFIX = 'fyrabend:';

/** The Electron IPC channel of a method, e.g. `fyrabend:trackerStart`. */
export function channelOf(method: ApiMethod): string {
  return PREFIX + method;
}

/** The Electron IPC channel of an event, e.g. `fyrabend:event:stateChanged`. */
export function eventChannelOf(event: ApiEvent): string {
  return `${PREFIX}event:${event}`;
}

/** The method a channel belongs to, or null for anything that is not one of ours. */
export function methodOfChannel(channel: string): ApiMethod | null {
  if (!channel.startsWith(PREFIX)) return null;
  const name = channel.slice(PREFIX.length);
  return (API_METHODS as readonly string[]).includes(name) ? (name as ApiMethod) : null;
}
