import { describe, expect, it } from 'vitest';
import { staffStatusSchema } from '../../shared/remote-protocol';
import { StaffDesk } from './staff-desk';

describe('the kiosk page’s staff desk', () => {
  it('says what the page knows, in the status the console reads', () => {
    const desk = new StaffDesk();
    const at = new Date('2025-05-01T10:00:00Z');
    desk.note({ event: 'loop', loop: 1 }, at);
    desk.note({ event: 'loop', loop: 2 }, at);
    desk.note({ event: 'visitor' }, new Date('2025-05-01T10:05:00Z'));
    desk.note({ event: 'idle-return' }, new Date('2025-05-01T10:07:00Z'));
    desk.error('TypeError: x is undefined', at);
    desk.hours(false, new Date('2025-05-02T09:00:00Z'));
    desk.paused = true;
    const status = desk.status({ scene: 'the-scar', step: 1 }, new Date('2025-05-01T10:08:00Z'));
    expect(status).toEqual({
      source: 'page',
      open: false,
      nextChange: '2025-05-02T09:00:00.000Z',
      paused: true,
      loopsPlayed: 2,
      lastVisitorInput: '2025-05-01T10:05:00.000Z',
      recoveries: null,
      lastError: { time: '2025-05-01T10:00:00.000Z', event: 'page-error', reason: 'TypeError: x is undefined' },
      scene: 'the-scar',
      step: 1,
      updated: '2025-05-01T10:08:00.000Z',
      screenshot: null,
    });
    expect(staffStatusSchema.safeParse(status).success).toBe(true);
  });
});
