/** Where the data lives: location.json, the resolution order, and moving the data folder. */
export { DB_FILE_NAME, LOCATION_FILE_NAME, LOCATION_FORMAT, isAbsolutePath, parsePointer, pointerText } from './pointer';
export { describeLocationProblem, resolveDataLocation, type DataLocation, type LocationInput, type LocationProblem, type LocationSource, type PointerRead } from './resolve';
export { moveDataFolder, type MoveDeps, type MoveRefusal } from './move';
export { createDataLocationService, dataLocationOff, type DataLocationService } from './service';
export { LOCATION_TEXTS, type LocationTextKey } from './texts';
