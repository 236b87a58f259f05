/**
 * In the app, the kiosk page's line to its staff: Pause and Resume from the phone console come
 * through main (its PIN checked by main's relay), and the page obeys them itself, as the web
 * build's page obeys the relay (kiosk-controller.ts). The console's status is main's to answer
 * (its health report and a screenshot), so no request ever reaches the page here.
 */
import '../../shared/host-api';
import type { StaffLine } from '../sync/relay-show';

export function hostStaffLine(target: Window): StaffLine | null {
  const remote = target.deckHost?.remote;
  if (!remote) return null;
  return {
    onAction: (listener) => remote.onStaffAction(listener),
    onStatusRequest: () => () => {},
    sendStatus: () => {},
  };
}
