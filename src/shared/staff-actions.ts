/**
 * What staff may do to a kiosk from the console: its own module, without the relay protocol's
 * schemas, because the preload's host API names them and every page loads that at start.
 */
export const STAFF_ACTIONS = ['restart-loop', 'pause', 'resume', 'exit'] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];
