/**
 * The kiosk log: what an exhibition's staff read the morning after, appended to
 * <userData>/kiosk-log.jsonl as JSON lines and rotated (rotating-log.ts) so that weeks of
 * an exhibition never fill the disk. A log that cannot be written leaves the kiosk running.
 */
import { join } from 'node:path';
import { RotatingLog, type RotatingLogOptions } from '../rotating-log';

export { DEFAULT_LOG_KEEP, DEFAULT_LOG_MAX_BYTES } from '../rotating-log';

export const KIOSK_LOG_EVENTS = [
  'start',
  'settings-problem',
  'loop',
  'visitor',
  'idle-return',
  'crash',
  'hang',
  'gpu-lost',
  'recovered',
  'relaunch',
  'give-up',
  'hours',
  /** The phone console: remote on (never its code), a staff action. */
  'staff',
  'exit',
] as const;

export type KioskLogEvent = (typeof KIOSK_LOG_EVENTS)[number];

export const KIOSK_LOG_FILE = 'kiosk-log.jsonl';

export type KioskLogOptions = Omit<RotatingLogOptions, 'label' | 'onFailure'>;

export function kioskLogPath(userData: string): string {
  return join(userData, KIOSK_LOG_FILE);
}

export class KioskLog extends RotatingLog<KioskLogEvent> {
  constructor(file: string, options: KioskLogOptions = {}) {
    super(file, { ...options, label: 'kiosk log', onFailure: 'the kiosk goes on without it' });
  }
}
