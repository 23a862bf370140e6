/** The right-to-disconnect warnings (issue 4): the scheduler and its pure helpers. */
export { WarningScheduler, DEFAULT_HEARTBEAT_MS, type WarningSchedulerDeps, type WakeCause, type WakeReport } from './scheduler';
export { DEFAULT_WARNING_SETTINGS, sessionsForPlan, type OpenSession, type PlanFn, type WarningSettings, type WarningSnapshot, type WarningSources } from './sources';
export { MemoryDeliveredLog, deliveryKey, type DeliveredLog } from './delivered-log';
export { selectDue, type Due, type FollowUp } from './due';
export { composeDue, composeHeld, composeUnlogged } from './compose';
export { ClockWatch, type ClockObservation } from './clock-watch';
export { isInsideAgreedTime, outOfHoursStretchKey } from './working-time';
export { PendingList, type PendingWarning, type PendingCause } from './pending';
export { recordOvertimeReason, MemoryOvertimeReasonRepo, OVERTIME_REASON_MAX, type OvertimeReason, type OvertimeReasonRepo } from './overtime-reason';
