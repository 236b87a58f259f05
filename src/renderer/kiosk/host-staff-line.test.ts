import { describe, expect, it } from 'vitest';
import type { StaffAction } from '../../shared/remote-protocol';
import { hostStaffLine } from './host-staff-line';

describe('the app kiosk page’s line to its staff', () => {
  it('hears the actions main passes on, and stops hearing them when asked', () => {
    const listeners = new Set<(action: StaffAction) => void>();
    const target = {
      deckHost: {
        remote: {
          onStaffAction: (listener: (action: StaffAction) => void) => {
            listeners.add(listener);
            return () => void listeners.delete(listener);
          },
        },
      },
    } as unknown as Window;
    const line = hostStaffLine(target)!;
    const heard: StaffAction[] = [];
    const stop = line.onAction((action) => heard.push(action));
    for (const listener of listeners) listener('pause');
    expect(heard).toEqual(['pause']);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('is none in a browser, where the relay is the staff’s line', () => {
    expect(hostStaffLine({} as Window)).toBeNull();
  });
});
