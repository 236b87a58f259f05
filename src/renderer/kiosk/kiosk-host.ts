/**
 * What the kiosk asks of its host. In Electron, main keeps the log, the watchdog and the
 * PIN; in a browser (the web build in a kiosk browser) there is no log or watchdog to
 * feed, the PIN comes from the page's own URL, and leaving the kiosk means reloading
 * the page without its kiosk settings.
 */
import '../../shared/host-api';
import type { KioskReport } from '../../shared/kiosk-report';
import { KIOSK_QUERY_KEYS } from '../../shared/page-query';

export interface KioskHost {
  heartbeat(): void;
  report(entry: KioskReport): void;
  /** Resolves true when the kiosk is being left, false when the PIN was refused. */
  exit(pin: string | null): Promise<boolean>;
  /** Staff left the kiosk from the console (the relay checked the PIN). In the app, main does this itself. */
  leave(): void;
}

/** Leaving the kiosk in a browser: the page again without the kiosk's keys, nor the mode the exhibition played in. */
export function urlWithoutKiosk(href: string): string {
  const url = new URL(href);
  for (const key of [...KIOSK_QUERY_KEYS, 'mode']) url.searchParams.delete(key);
  url.hash = '';
  return url.toString();
}

export function kioskHost(target: Window, browserPin: string | null): KioskHost {
  const electron = target.deckHost?.kiosk;
  if (electron) {
    return {
      heartbeat: () => electron.heartbeat(),
      report: (entry) => electron.report(entry),
      exit: (pin) => electron.exit(pin),
      leave: () => {},
    };
  }
  return {
    heartbeat: () => {},
    // No log file in a browser: the console is where an exhibitor's technician will look.
    report: (entry) => console.info(`kiosk: ${JSON.stringify(entry)}`),
    exit: async (pin) => {
      if (browserPin !== null && pin !== browserPin) return false;
      target.location.replace(urlWithoutKiosk(target.location.href));
      return true;
    },
    leave: () => target.location.replace(urlWithoutKiosk(target.location.href)),
  };
}
