/** The tracker use cases: live tracking (Tracker) and changes to past sessions (SessionEditor). */
export { Tracker, UNDO_IDLE_MS, type IdleChoice, type StartOptions, type TrackerDeps, type TrackerNotices, type TrackerStatus } from './tracker';
export { createTrackerNotices } from './notices';
export { SessionEditor, type EditOptions } from './editor';
export { describeProblem, localTime, type TrackerProblem } from './problems';
export { DEFAULT_TRACKER_SETTINGS, loadTrackerSettings, TRACKER_SETTINGS_KEY, type TrackerSettings } from './settings';
export { agreedEndOfDay } from './agreed-end';
