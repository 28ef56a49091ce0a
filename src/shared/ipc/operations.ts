/**
 * Operation name → channel. Pure constants so the sandboxed preload can bundle them without
 * pulling in the schema library. Channel names are `area:verb`.
 */
export const OPERATIONS = {
  getSnapshot: 'app:getSnapshot',
  openExternal: 'app:openExternal',
  addCompany: 'companies:add',
  renameCompany: 'companies:rename',
  setCompanyPaused: 'companies:setPaused',
  removeCompany: 'companies:remove',
  checkAllNow: 'companies:checkAll',
  setNotificationsPaused: 'prefs:setNotificationsPaused',
  dismissNotice: 'notices:dismiss',
  getIntuitSettings: 'intuit:getSettings',
  saveIntuitSettings: 'intuit:saveSettings',
  startConnect: 'oauth:startConnect',
  completeConnectFromUrl: 'oauth:completeFromUrl',
  disconnectCompany: 'oauth:disconnect',
} as const;

export type OperationName = keyof typeof OPERATIONS;
export type Channel = (typeof OPERATIONS)[OperationName];

/** Main → renderer pushes. */
export const EVENTS = {
  stateChanged: 'state:changed',
} as const;

export const ALL_CHANNELS: readonly string[] = Object.values(OPERATIONS);
